// The price tags as rows of the model: verksamhet, age band and kronor per inhabitant. Adding a
// verksamhet here makes its frame Σ price × population; it must belong to a nämnd below.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/fields.js';
import { type Draft, type Errors, fieldId, type PriceTagDraft } from './draft.js';
import { PathField, RowFieldset } from './RowFieldset.js';

interface Props {
  draft: Draft;
  set: (fn: (d: Draft) => Draft) => void;
  errors: Errors;
}

export function PriceTagFields({ draft, set, errors }: Props) {
  const { t } = useTranslation();
  const bands = draft.ageBands
    .split(/[,;]/)
    .map((b) => b.trim())
    .filter(Boolean);
  const put = (i: number, patch: Partial<PriceTagDraft>) =>
    set((d) => ({ ...d, priceTags: d.priceTags.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  return (
    <section aria-labelledby="edit-price-tags-heading" className="form">
      <Heading level={2} data-size="sm" id="edit-price-tags-heading">
        {t('allocationPage.priceTags')}
      </Heading>
      <Paragraph data-size="sm">{t('allocationEdit.priceTagsIntro')}</Paragraph>
      {draft.priceTags.map((p, i) => {
        const at = `config.priceTags.${i}`;
        return (
          <RowFieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the list.
            key={i}
            legend={t('allocationEdit.priceTagNo', { n: i + 1 })}
            onRemove={() => set((d) => ({ ...d, priceTags: d.priceTags.filter((_, j) => j !== i) }))}
          >
            <PathField
              path={`${at}.verksamhet`}
              label={t('allocationEdit.verksamhet')}
              value={p.verksamhet}
              onChange={(v) => put(i, { verksamhet: v })}
              errors={errors}
            />
            <SelectField
              id={fieldId(`${at}.ageBand`)}
              label={t('allocationEdit.ageBand')}
              required
              value={p.ageBand}
              onChange={(v) => put(i, { ageBand: v })}
              error={errors[`${at}.ageBand`]}
              placeholder={t('allocationEdit.chooseBand')}
              options={[...new Set([...bands, ...(p.ageBand ? [p.ageBand] : [])])].map((b) => ({ value: b, label: b }))}
            />
            <PathField
              path={`${at}.krPerInhabitant`}
              label={t('allocationEdit.krPerInhabitant')}
              decimal
              value={p.krPerInhabitant}
              onChange={(v) => put(i, { krPerInhabitant: v })}
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
          onClick={() => set((d) => ({ ...d, priceTags: [...d.priceTags, { verksamhet: '', ageBand: '', krPerInhabitant: '' }] }))}
        >
          {t('allocationEdit.addPriceTag')}
        </Button>
      </div>
    </section>
  );
}
