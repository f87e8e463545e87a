// The model's general settings: the population rule and forecast, pris- och lönekompensation
// (with the choice to hold the wage part centrally in KS) and the nämnd that holds central funds.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField } from '../../../components/fields.js';
import type { Draft, Errors } from './draft.js';
import { fieldId } from './draft.js';
import { PathField } from './RowFieldset.js';

interface Props {
  draft: Draft;
  set: (fn: (d: Draft) => Draft) => void;
  errors: Errors;
  year: number;
}

export function GeneralFields({ draft, set, errors, year }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="edit-general-heading" className="form">
      <Heading level={2} data-size="sm" id="edit-general-heading">
        {t('allocationEdit.general')}
      </Heading>
      <SelectField
        id={fieldId('config.populationRule')}
        label={t('allocationEdit.populationRule')}
        required
        value={draft.populationRule}
        onChange={(v) => set((d) => ({ ...d, populationRule: v as Draft['populationRule'] }))}
        error={errors['config.populationRule']}
        options={(['mean_of_year_ends', 'year_end_before'] as const).map((r) => ({
          value: r,
          label: t(`allocationEdit.rule.${r}`, { before: year - 1, year }),
        }))}
      />
      <PathField
        path="config.forecastSeries"
        label={t('allocationEdit.forecastSeries')}
        description={t('allocationEdit.forecastSeriesHelp')}
        required={false}
        value={draft.forecastSeries}
        onChange={(v) => set((d) => ({ ...d, forecastSeries: v }))}
        errors={errors}
      />
      <PathField
        path="config.ageBands"
        label={t('allocationEdit.ageBands')}
        description={t('allocationEdit.ageBandsHelp')}
        value={draft.ageBands}
        onChange={(v) => set((d) => ({ ...d, ageBands: v }))}
        errors={errors}
      />
      <Heading level={3} data-size="xs">
        {t('allocationEdit.plk')}
      </Heading>
      <Paragraph data-size="sm">{t('allocationEdit.plkIntro')}</Paragraph>
      <PathField
        path="config.indices.pricePct"
        label={t('allocationEdit.pricePct')}
        decimal
        value={draft.pricePct}
        onChange={(v) => set((d) => ({ ...d, pricePct: v }))}
        errors={errors}
      />
      <PathField
        path="config.indices.wagePct"
        label={t('allocationEdit.wagePct')}
        decimal
        value={draft.wagePct}
        onChange={(v) => set((d) => ({ ...d, wagePct: v }))}
        errors={errors}
      />
      <CheckboxField
        id="alloc-indices-wageHeldCentrally"
        label={t('allocationEdit.wageHeldCentrally')}
        checked={draft.wageHeldCentrally}
        onChange={(v) => set((d) => ({ ...d, wageHeldCentrally: v }))}
      />
      <SelectField
        id={fieldId('config.centralNamnd')}
        label={t('allocationEdit.centralNamnd')}
        description={t('allocationEdit.centralNamndHelp')}
        required={false}
        value={draft.centralNamnd}
        onChange={(v) => set((d) => ({ ...d, centralNamnd: v }))}
        error={errors['config.centralNamnd']}
        placeholder={t('allocationEdit.none')}
        options={draft.namnder.map((n) => ({ value: n.key, label: n.name }))}
      />
    </section>
  );
}
