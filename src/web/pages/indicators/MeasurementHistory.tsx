// "Historik" for one value: every change, newest first, with the value and comment before and
// after, the source and who changed it when. Fetched the first time it is opened.
import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../components/Status.js';
import { formatDateTime } from '../../format.js';
import type { Measurement } from '../../indicatorApi.js';
import { useHistory } from '../../indicatorQueries.js';
import { formatValue } from '../../indicatorText.js';

export function MeasurementHistory({ measurement, label }: { measurement: Measurement; label: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Details onToggle={(e) => (e.target as HTMLDetailsElement).open && setOpened(true)} className="value-history">
      <Details.Summary>
        {t('measurements.history')}
        <span className="visually-hidden"> {label}</span>
      </Details.Summary>
      <Details.Content>{opened && <HistoryList id={measurement.id} />}</Details.Content>
    </Details>
  );
}

function HistoryList({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useHistory(id);
  if (history.isPending) return <Loading />;
  if (history.isError) return <QueryError error={history.error} />;
  if (history.data.items.length === 0) return <Paragraph data-size="sm">{t('measurements.noHistory')}</Paragraph>;
  const shown = (v: number | null) => (v === null ? t('measurements.empty') : formatValue(v));
  return (
    <ol className="plain-list value-history__list">
      {history.data.items.map((h) => (
        <li key={h.id}>
          {t('measurements.changeLine', {
            when: formatDateTime(h.changedAt),
            who: h.changedBy ?? t('measurements.system'),
            before: shown(h.valueBefore),
            after: shown(h.valueAfter),
          })}
          {h.commentBefore !== h.commentAfter && (
            <span className="muted">
              {' '}
              {t('measurements.commentChange', {
                before: h.commentBefore || t('measurements.empty'),
                after: h.commentAfter || t('measurements.empty'),
              })}
            </span>
          )}
          <span className="muted"> ({t(`source.${h.source}`, { defaultValue: h.source })})</span>
        </li>
      ))}
    </ol>
  );
}
