// "Jämför med": the areas in the comparison, each removable, and a search for more among Kolada's
// municipalities, regions and groups ("Liknande kommuner … Flen"). Results are buttons in a
// list; a live region says how many were found.
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.js';
import type { KoladaArea } from '../../indicatorApi.js';
import { useKoladaAreas } from '../../indicatorQueries.js';

interface Props {
  areas: KoladaArea[];
  onChange: (areas: KoladaArea[]) => void;
}

const MAX_AREAS = 5;

export function AreaPicker({ areas, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const found = useKoladaAreas(q);
  const chosen = new Set(areas.map((a) => a.code));
  const hits = (found.data?.items ?? []).filter((a) => !chosen.has(a.code)).slice(0, 10);
  const kind = (a: KoladaArea) => (a.kind ? t(`kolada.areaKind.${a.kind}`) : '');
  // The button pressed goes away with the change, so focus moves to the search (or the heading).
  const searchRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [moved, setMoved] = useState(0);
  useEffect(() => {
    if (moved) (searchRef.current ?? headingRef.current)?.focus();
  }, [moved]);
  const change = (next: KoladaArea[]) => {
    onChange(next);
    setMoved((m) => m + 1);
  };

  return (
    <div className="area-picker">
      <Heading level={3} data-size="2xs" ref={headingRef} tabIndex={-1}>
        {t('kolada.areasHeading')}
      </Heading>
      <ul className="plain-list area-picker__chosen">
        {areas.map((a) => (
          <li key={a.code}>
            {a.title} <span className="muted">({[a.code, kind(a)].filter(Boolean).join(', ')})</span>{' '}
            {areas.length > 1 && (
              <Button variant="tertiary" data-size="sm" onClick={() => change(areas.filter((x) => x.code !== a.code))}>
                {t('kolada.remove')}
                <span className="visually-hidden"> {a.title}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      {areas.length >= MAX_AREAS ? (
        <Paragraph data-size="sm">{t('kolada.maxAreas', { max: MAX_AREAS })}</Paragraph>
      ) : (
        <>
          <Textfield
            label={t('kolada.areaSearch')}
            description={t('kolada.areaSearchHelp')}
            type="search"
            ref={searchRef}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-size="sm"
          />
          <Paragraph role="status" data-size="sm" className="muted">
            {q.length >= 2 && found.data ? t('kolada.areaMatches', { count: hits.length, n: formatNumber(hits.length) }) : ''}
          </Paragraph>
          {hits.length > 0 && (
            <ul className="plain-list area-picker__hits">
              {hits.map((a) => (
                <li key={a.code}>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => {
                      change([...areas, a]);
                      setSearch('');
                    }}
                  >
                    {t('kolada.add', { title: a.title })}
                  </Button>{' '}
                  <span className="muted">({[a.code, kind(a)].filter(Boolean).join(', ')})</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
