// "Registrera värde" / "Ändra värde": a value for a unit, period and (when split) gender, with a
// comment. When a value exists for the same unit, period and gender it is changed: the version
// read goes along, so someone else's change meanwhile is not overwritten, and the old value
// stays in the history.
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { Loading } from '../../components/Status.js';
import { isBlank, useForm } from '../../forms/useForm.js';
import { type Gender, type IndicatorDetail, indicatorApi, type Measurement } from '../../indicatorApi.js';
import { formatValue, periodText } from '../../indicatorText.js';
import { isPeriod, normalisePeriod, parseDecimal } from '../../parseInput.js';
import { useOrgUnits } from '../../queries.js';

type F = 'orgUnitId' | 'period' | 'gender' | 'value' | 'comment';

interface Props {
  indicator: IndicatorDetail;
  /** The value to change; absent for a new one. */
  value?: Measurement;
  onDone: (message: string) => void;
  onClose: () => void;
  onReload: () => void;
}

export function MeasurementDialog({ indicator: d, value, onDone, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const units = useOrgUnits(false);
  const [v, setV] = useState({
    orgUnitId: value?.orgUnitId ?? d.measurements[0]?.orgUnitId ?? d.targets[0]?.orgUnitId ?? '',
    period: value?.period ?? '',
    gender: (value?.gender ?? 'T') as Gender,
    value: value?.value === null || value === undefined ? '' : String(value.value).replace('.', ','),
    comment: value?.comment ?? '',
  });
  const set = (k: F) => (x: string) => setV((s) => ({ ...s, [k]: x }));
  const form = useForm<F>({
    orgUnitId: { id: 'value-unit', label: t('measurements.colUnit') },
    period: { id: 'value-period', label: t('measurements.colPeriod') },
    gender: { id: 'value-gender', label: t('measurements.colGender') },
    value: { id: 'value-value', label: t('measurements.colValue') },
    comment: { id: 'value-comment', label: t('measurements.colComment') },
  });
  const period = normalisePeriod(v.period);
  // The value that this one replaces, if any: the one being changed, or one found for the key.
  const existing = d.measurements.find((m) => m.orgUnitId === v.orgUnitId && m.period === period && m.gender === v.gender);
  const save = useMutation({
    mutationFn: () =>
      indicatorApi.saveMeasurement(d.id, {
        orgUnitId: v.orgUnitId,
        period,
        gender: v.gender,
        value: parseDecimal(v.value),
        comment: v.comment.trim(),
        version: existing?.version,
      }),
    onSuccess: (m) => onDone(t('measurements.saved', { unit: m.orgUnitName, period: periodText(m.period), value: formatValue(m.value) })),
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const n = parseDecimal(v.value);
    const ok = form.check({
      orgUnitId: v.orgUnitId ? undefined : t('targets.chooseUnit'),
      period: isBlank(v.period) ? t('form.requiredMessage') : isPeriod(v.period) ? undefined : t('periods.format'),
      value: n === null ? t('form.requiredMessage') : Number.isNaN(n) ? t('values.number') : undefined,
      comment: v.comment.trim().length > 2000 ? t('form.maxLength', { max: 2000 }) : undefined,
    });
    if (ok) save.mutate();
  };
  return (
    <FormDialog
      title={value ? t('measurements.editTitle', { period: periodText(value.period), unit: value.orgUnitName }) : t('measurements.new')}
      submitLabel={t('measurements.submit')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
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
            description={t(`measurements.periodHelp.${d.frequency}`)}
          />
          {d.genderSplit && (
            <SelectField
              id={form.fields.gender.id}
              label={form.fields.gender.label}
              required
              value={v.gender}
              onChange={set('gender')}
              error={form.errors.gender}
              options={(['T', 'K', 'M'] as const).map((g) => ({ value: g, label: t(`gender.${g}`) }))}
            />
          )}
          <TextField
            id={form.fields.value.id}
            label={form.fields.value.label + (d.unit ? ` (${d.unit})` : '')}
            required
            inputMode="decimal"
            value={v.value}
            onChange={set('value')}
            error={form.errors.value}
            description={t('values.help')}
          />
          <TextAreaField
            id={form.fields.comment.id}
            label={form.fields.comment.label}
            required={false}
            rows={2}
            value={v.comment}
            onChange={set('comment')}
            error={form.errors.comment}
          />
          {existing && (
            <Alert data-color="info" data-size="sm">
              <Paragraph data-size="sm">
                {t('measurements.replaces', { value: existing.value === null ? t('measurements.empty') : formatValue(existing.value) })}
              </Paragraph>
            </Alert>
          )}
        </>
      )}
    </FormDialog>
  );
}
