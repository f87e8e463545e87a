// Registering a targeted state grant: sought (amount and period) or not sought (the reason,
// which the nämnd reports to KS).
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wholeKronor } from '../../../core/budget/sheet.js';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isBlank, isIsoDate, useForm } from '../../forms/useForm.js';
import { type Body, budgetApi, type Grant } from './budgetApi.js';
import { kr } from './common.js';

type F = 'orgUnitId' | 'name' | 'authority' | 'amountKr' | 'periodFrom' | 'periodTo' | 'reasonNotApplied';

export function GrantDialog({
  year,
  bodies,
  item,
  onDone,
  onClose,
}: {
  year: number;
  bodies: Body[];
  item: Grant | null;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [applied, setApplied] = useState(item?.applied ?? true);
  const [v, setV] = useState<Record<F, string>>({
    orgUnitId: item?.orgUnitId ?? bodies[0]?.id ?? '',
    name: item?.name ?? '',
    authority: item?.authority ?? '',
    amountKr: kr(item?.amountKr),
    periodFrom: item?.periodFrom ?? `${year}-01-01`,
    periodTo: item?.periodTo ?? `${year}-12-31`,
    reasonNotApplied: item?.reasonNotApplied ?? '',
  });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    orgUnitId: { id: 'gr-body', label: t('budgetGrants.body') },
    name: { id: 'gr-name', label: t('budgetGrants.name') },
    authority: { id: 'gr-auth', label: t('budgetGrants.authority') },
    amountKr: { id: 'gr-amount', label: t('budgetGrants.amount') },
    periodFrom: { id: 'gr-from', label: t('budgetGrants.periodFrom') },
    periodTo: { id: 'gr-to', label: t('budgetGrants.periodTo') },
    reasonNotApplied: { id: 'gr-reason', label: t('budgetGrants.reason') },
  });
  const input = () => ({
    budgetYear: year,
    orgUnitId: v.orgUnitId,
    name: v.name.trim(),
    authority: v.authority.trim(),
    applied,
    amountKr: applied ? wholeKronor(v.amountKr) : null,
    periodFrom: applied ? v.periodFrom : null,
    periodTo: applied ? v.periodTo : null,
    reasonNotApplied: applied ? null : v.reasonNotApplied.trim(),
  });
  const save = useMutation({
    mutationFn: () => (item ? budgetApi.updateGrant(item.id, { ...input(), version: item.version }) : budgetApi.createGrant(input())),
    onSuccess: onDone,
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const amount = wholeKronor(v.amountKr);
    const ok = form.check({
      name: isBlank(v.name) ? t('form.requiredMessage') : undefined,
      amountKr: applied && (amount === null || amount < 0) ? t('budgetCommon.notWhole') : undefined,
      periodFrom: applied && !isIsoDate(v.periodFrom) ? t('form.dateFormat') : undefined,
      periodTo:
        applied && !isIsoDate(v.periodTo)
          ? t('form.dateFormat')
          : applied && v.periodTo < v.periodFrom
            ? t('budgetGrants.periodOrder')
            : undefined,
      reasonNotApplied: !applied && isBlank(v.reasonNotApplied) ? t('budgetGrants.reasonNeeded') : undefined,
    });
    if (ok) save.mutate();
  };
  return (
    <FormDialog
      title={item ? t('budgetGrants.editTitle', { name: item.name }) : t('budgetGrants.newTitle', { year })}
      submitLabel={t('budgetGrants.save')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <SelectField
        id={form.fields.orgUnitId.id}
        label={form.fields.orgUnitId.label}
        required
        value={v.orgUnitId}
        onChange={set('orgUnitId')}
        error={form.errors.orgUnitId}
        options={bodies.map((b) => ({ value: b.id, label: b.name }))}
      />
      <TextField
        id={form.fields.name.id}
        label={form.fields.name.label}
        required
        value={v.name}
        onChange={set('name')}
        error={form.errors.name}
      />
      <TextField
        id={form.fields.authority.id}
        label={form.fields.authority.label}
        required={false}
        value={v.authority}
        onChange={set('authority')}
        error={form.errors.authority}
      />
      <CheckboxField id="gr-applied" label={t('budgetGrants.appliedLabel')} checked={applied} onChange={setApplied} />
      {applied ? (
        <>
          <TextField
            id={form.fields.amountKr.id}
            label={form.fields.amountKr.label}
            required
            inputMode="numeric"
            value={v.amountKr}
            onChange={set('amountKr')}
            error={form.errors.amountKr}
          />
          <TextField
            id={form.fields.periodFrom.id}
            label={form.fields.periodFrom.label}
            required
            type="date"
            value={v.periodFrom}
            onChange={set('periodFrom')}
            error={form.errors.periodFrom}
          />
          <TextField
            id={form.fields.periodTo.id}
            label={form.fields.periodTo.label}
            required
            type="date"
            value={v.periodTo}
            onChange={set('periodTo')}
            error={form.errors.periodTo}
          />
        </>
      ) : (
        <TextAreaField
          id={form.fields.reasonNotApplied.id}
          label={form.fields.reasonNotApplied.label}
          required
          value={v.reasonNotApplied}
          onChange={set('reasonNotApplied')}
          error={form.errors.reasonNotApplied}
        />
      )}
    </FormDialog>
  );
}
