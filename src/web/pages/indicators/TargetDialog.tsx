// "Nytt målvärde": a target (or a baseline) for a unit from a period on. The same unit, period
// and kind again changes the value; a band (target interval) also takes its upper value.
import { Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { targetInput } from '../../../core/indicators/schemas.js';
import { CheckboxField, SelectField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { Loading } from '../../components/Status.js';
import { isBlank, schemaErrors, useForm } from '../../forms/useForm.js';
import { type IndicatorDetail, indicatorApi } from '../../indicatorApi.js';
import { normalisePeriod, parseDecimal } from '../../parseInput.js';
import { useOrgUnits } from '../../queries.js';
import { currentYear } from '../../components/YearSelect.js';

type F = 'orgUnitId' | 'period' | 'value' | 'valueHigh';

interface Props {
  indicator: IndicatorDetail;
  onDone: (message: string) => void;
  onClose: () => void;
}

export function TargetDialog({ indicator: d, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const units = useOrgUnits(false);
  const band = d.direction === 'band';
  const [v, setV] = useState({
    orgUnitId: d.targets[0]?.orgUnitId ?? d.measurements[0]?.orgUnitId ?? '',
    period: String(currentYear()),
    value: '',
    valueHigh: '',
    isBaseline: false,
  });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    orgUnitId: { id: 'target-unit', label: t('targets.colUnit') },
    period: { id: 'target-period', label: t('targets.colPeriod') },
    value: { id: 'target-value', label: band ? t('targets.colLow') : t('targets.colValue') },
    valueHigh: { id: 'target-high', label: t('targets.colHigh') },
  });
  const save = useMutation({
    mutationFn: () =>
      indicatorApi.saveTarget(d.id, {
        orgUnitId: v.orgUnitId,
        period: normalisePeriod(v.period),
        value: parseDecimal(v.value) ?? 0,
        valueHigh: band ? parseDecimal(v.valueHigh) : null,
        isBaseline: v.isBaseline,
      }),
    onSuccess: (x) =>
      onDone(t(x.isBaseline ? 'targets.savedBaseline' : 'targets.saved', { unit: x.orgUnitName, period: x.period, value: v.value.trim() })),
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const value = parseDecimal(v.value);
    const high = parseDecimal(v.valueHigh);
    // The same schema the server checks with (core's targetInput), in this form's words.
    const input = {
      orgUnitId: v.orgUnitId,
      period: normalisePeriod(v.period),
      value,
      valueHigh: band ? high : null,
      isBaseline: v.isBaseline,
    };
    const ok = form.check({
      ...schemaErrors<F>(targetInput, input, {
        orgUnitId: t('targets.chooseUnit'),
        period: isBlank(v.period) ? t('form.requiredMessage') : t('periods.format'),
        value: value === null ? t('form.requiredMessage') : t('values.number'),
        valueHigh: t('values.number'),
      }),
      ...(band && high !== null && value !== null && !Number.isNaN(high) && high < value ? { valueHigh: t('targets.highBelowLow') } : {}),
    });
    if (ok) save.mutate();
  };
  const unitSuffix = d.unit ? ` (${d.unit})` : '';
  return (
    <FormDialog title={t('targets.new')} submitLabel={t('targets.submit')} form={form} onSubmit={submit} onClose={onClose}>
      {units.isPending ? (
        <Loading />
      ) : (
        <>
          <SelectField
            id={form.fields.orgUnitId.id}
            label={form.fields.orgUnitId.label}
            required
            value={v.orgUnitId}
            onChange={set('orgUnitId')}
            error={form.errors.orgUnitId}
            placeholder={t('targets.chooseUnit')}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
          <TextField
            id={form.fields.period.id}
            label={form.fields.period.label}
            required
            value={v.period}
            onChange={set('period')}
            error={form.errors.period}
            description={t('targets.periodHelp')}
          />
          <TextField
            id={form.fields.value.id}
            label={form.fields.value.label + unitSuffix}
            required
            inputMode="decimal"
            value={v.value}
            onChange={set('value')}
            error={form.errors.value}
            description={t(`targets.valueHelp.${d.direction}`)}
          />
          {band && (
            <TextField
              id={form.fields.valueHigh.id}
              label={form.fields.valueHigh.label + unitSuffix}
              required={false}
              inputMode="decimal"
              value={v.valueHigh}
              onChange={set('valueHigh')}
              error={form.errors.valueHigh}
              description={t('targets.highHelp')}
            />
          )}
          <CheckboxField
            id="target-baseline"
            label={t('targets.isBaseline')}
            checked={v.isBaseline}
            onChange={(b) => setV((s) => ({ ...s, isBaseline: b }))}
          />
          <Paragraph data-size="sm">{t('targets.baselineHelp')}</Paragraph>
        </>
      )}
    </FormDialog>
  );
}
