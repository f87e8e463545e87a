// Rent changes, general grants and political priorities: each row a nämnd, an amount (+/−) and
// its reason or motivation, which the bridge shows as the step's reason.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/fields.js';
import { type AmountDraft, type AmountList, type Draft, type Errors, fieldId, textKey } from './draft.js';
import { PathField, RowFieldset } from './RowFieldset.js';

interface Props {
  list: AmountList;
  draft: Draft;
  set: (fn: (d: Draft) => Draft) => void;
  errors: Errors;
}

export function AmountListFields({ list, draft, set, errors }: Props) {
  const { t } = useTranslation();
  const rows = draft[list];
  const put = (i: number, patch: Partial<AmountDraft>) =>
    set((d) => ({ ...d, [list]: d[list].map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const headingId = `edit-${list}-heading`;
  return (
    <section aria-labelledby={headingId} className="form">
      <Heading level={2} data-size="sm" id={headingId}>
        {t(`allocationEdit.${list}.heading`)}
      </Heading>
      <Paragraph data-size="sm">{t(`allocationEdit.${list}.intro`)}</Paragraph>
      {rows.map((r, i) => {
        const p = `config.${list}.${i}`;
        return (
          <RowFieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the list.
            key={i}
            legend={t(`allocationEdit.${list}.row`, { n: i + 1 })}
            onRemove={() => set((d) => ({ ...d, [list]: d[list].filter((_, j) => j !== i) }))}
          >
            <SelectField
              id={fieldId(`${p}.namnd`)}
              label={t('allocationEdit.namnd')}
              required={list !== 'generalGrants'}
              value={r.namnd}
              onChange={(v) => put(i, { namnd: v })}
              error={errors[`${p}.namnd`]}
              placeholder={list === 'generalGrants' ? t('allocationEdit.allNamnder') : t('allocationEdit.chooseNamnd')}
              options={draft.namnder.map((n) => ({ value: n.key, label: n.name }))}
            />
            <PathField
              path={`${p}.amountKr`}
              label={t('allocationEdit.amountKr')}
              decimal
              value={r.amountKr}
              onChange={(v) => put(i, { amountKr: v })}
              errors={errors}
            />
            <PathField
              path={`${p}.${textKey[list]}`}
              label={t(`allocationEdit.${list}.text`)}
              value={r.text}
              onChange={(v) => put(i, { text: v })}
              errors={errors}
            />
          </RowFieldset>
        );
      })}
      {rows.length === 0 && <Paragraph data-size="sm">{t(`allocationEdit.${list}.none`)}</Paragraph>}
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => set((d) => ({ ...d, [list]: [...d[list], { namnd: '', amountKr: '', text: '' }] }))}
        >
          {t(`allocationEdit.${list}.add`)}
        </Button>
      </div>
    </section>
  );
}
