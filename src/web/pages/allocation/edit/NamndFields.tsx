// One nämnd in the model: its wage share and efficiency requirement, its verksamheter with last
// year's frame (and, without price tags, the age bands whose population drives them), and its
// volume adjustments.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatKr } from '../format.js';
import type { Errors, NamndDraft } from './draft.js';
import { PathField, RowFieldset } from './RowFieldset.js';

interface Props {
  namnd: NamndDraft;
  index: number;
  update: (fn: (n: NamndDraft) => NamndDraft) => void;
  errors: Errors;
  /** Verksamheter with price tags: their frame comes from the tags, not from demography. */
  tagged: ReadonlySet<string>;
  bands: string[];
  previousKr: number | undefined;
  onRemove: () => void;
}

const replace = <T,>(xs: T[], i: number, x: T) => xs.map((y, j) => (j === i ? x : y));

export function NamndFields({ namnd, index, update, errors, tagged, bands, previousKr, onRemove }: Props) {
  const { t } = useTranslation();
  const at = `config.namnder.${index}`;
  const headingId = `edit-namnd-${index}`;
  return (
    <section aria-labelledby={headingId} className="form">
      <Heading level={3} data-size="xs" id={headingId}>
        {namnd.name}
      </Heading>
      {previousKr !== undefined && <Paragraph data-size="sm">{t('allocationEdit.namndPrevious', { kr: formatKr(previousKr) })}</Paragraph>}
      <div className="toolbar">
        <PathField
          path={`${at}.wageSharePct`}
          label={t('allocationEdit.wageSharePct')}
          decimal
          value={namnd.wageSharePct}
          onChange={(v) => update((n) => ({ ...n, wageSharePct: v }))}
          errors={errors}
        />
        <PathField
          path={`${at}.efficiencyPct`}
          label={t('allocationEdit.efficiencyPct')}
          decimal
          value={namnd.efficiencyPct}
          onChange={(v) => update((n) => ({ ...n, efficiencyPct: v }))}
          errors={errors}
        />
      </div>
      {namnd.verksamheter.map((v, j) => {
        const p = `${at}.verksamheter.${j}`;
        const set = (patch: Partial<typeof v>) => update((n) => ({ ...n, verksamheter: replace(n.verksamheter, j, { ...v, ...patch }) }));
        return (
          <RowFieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the list; names may be edited or repeated.
            key={j}
            legend={`${namnd.name}, ${t('allocationEdit.verksamhetNo', { n: j + 1 })}`}
            onRemove={() => update((n) => ({ ...n, verksamheter: n.verksamheter.filter((_, k) => k !== j) }))}
          >
            <PathField
              path={`${p}.verksamhet`}
              label={t('allocationEdit.verksamhet')}
              value={v.verksamhet}
              onChange={(x) => set({ verksamhet: x })}
              errors={errors}
            />
            <PathField
              path={`${p}.previousKr`}
              label={t('allocationEdit.previousKr')}
              decimal
              value={v.previousKr}
              onChange={(x) => set({ previousKr: x })}
              errors={errors}
            />
            {!tagged.has(v.verksamhet.trim()) && (
              <PathField
                path={`${p}.demographyBands`}
                label={t('allocationEdit.demographyBands')}
                description={t('allocationEdit.demographyBandsHelp', { bands: bands.join(', ') })}
                required={false}
                value={v.demographyBands}
                onChange={(x) => set({ demographyBands: x })}
                errors={errors}
              />
            )}
          </RowFieldset>
        );
      })}
      {namnd.volumeAdjustments.map((a, j) => {
        const p = `${at}.volumeAdjustments.${j}`;
        const set = (patch: Partial<typeof a>) =>
          update((n) => ({ ...n, volumeAdjustments: replace(n.volumeAdjustments, j, { ...a, ...patch }) }));
        return (
          <RowFieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the list.
            key={j}
            legend={`${namnd.name}, ${t('allocationEdit.volumeNo', { n: j + 1 })}`}
            onRemove={() => update((n) => ({ ...n, volumeAdjustments: n.volumeAdjustments.filter((_, k) => k !== j) }))}
          >
            <PathField
              path={`${p}.amountKr`}
              label={t('allocationEdit.amountKr')}
              decimal
              value={a.amountKr}
              onChange={(x) => set({ amountKr: x })}
              errors={errors}
            />
            <PathField
              path={`${p}.reason`}
              label={t('allocationEdit.reason')}
              value={a.reason}
              onChange={(x) => set({ reason: x })}
              errors={errors}
            />
          </RowFieldset>
        );
      })}
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() =>
            update((n) => ({ ...n, verksamheter: [...n.verksamheter, { verksamhet: '', previousKr: '0', demographyBands: '' }] }))
          }
        >
          {t('allocationEdit.addVerksamhet', { name: namnd.name })}
        </Button>
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => update((n) => ({ ...n, volumeAdjustments: [...n.volumeAdjustments, { amountKr: '', reason: '' }] }))}
        >
          {t('allocationEdit.addVolume', { name: namnd.name })}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onRemove}>
          {t('allocationEdit.removeNamnd', { name: namnd.name })}
        </Button>
      </div>
    </section>
  );
}
