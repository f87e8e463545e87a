// "Ändra planens text": title, summary, area (programs) and years of a version still being worked on.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isBlank, useForm } from '../../forms/useForm.js';
import { type Plan, planApi } from '../../planApi.js';
import { checkYear } from './yearCheck.js';

type F = 'title' | 'summary' | 'area' | 'yearFrom' | 'yearTo';

export function EditPlanDialog({
  plan,
  onDone,
  onClose,
  onReload,
}: {
  plan: Plan;
  onDone: (msg: string) => void;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    title: plan.title,
    summary: plan.summary,
    area: plan.area ?? '',
    yearFrom: String(plan.yearFrom),
    yearTo: String(plan.yearTo),
  });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    title: { id: 'edit-plan-title', label: t('plan.titleField') },
    summary: { id: 'edit-plan-summary', label: t('plan.summary') },
    area: { id: 'edit-plan-area', label: t('plan.area') },
    yearFrom: { id: 'edit-plan-from', label: t('plan.yearFrom') },
    yearTo: { id: 'edit-plan-to', label: t('plan.yearTo') },
  });
  const save = useMutation({
    mutationFn: () =>
      planApi.updatePlan(plan.id, {
        title: v.title.trim(),
        summary: v.summary.trim(),
        area: plan.kind === 'program' ? v.area.trim() || null : plan.area,
        yearFrom: Number(v.yearFrom),
        yearTo: Number(v.yearTo),
        version: plan.version,
      }),
    onSuccess: () => onDone(t('plan.edited')),
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const fromError = checkYear(t, v.yearFrom);
    const ok = form.check({
      title: isBlank(v.title) ? t('form.requiredMessage') : v.title.trim().length > 200 ? t('form.maxLength', { max: 200 }) : undefined,
      area: v.area.trim().length > 200 ? t('form.maxLength', { max: 200 }) : undefined,
      yearFrom: fromError,
      yearTo: checkYear(t, v.yearTo) ?? (!fromError && Number(v.yearTo) < Number(v.yearFrom) ? t('plan.yearToBefore') : undefined),
    });
    if (ok) save.mutate();
  };
  return (
    <FormDialog title={t('plan.editTitle')} submitLabel={t('save')} form={form} onSubmit={submit} onClose={onClose} onReload={onReload}>
      <TextField
        id={form.fields.title.id}
        label={form.fields.title.label}
        required
        value={v.title}
        onChange={set('title')}
        error={form.errors.title}
      />
      {plan.kind === 'program' && (
        <TextField
          id={form.fields.area.id}
          label={form.fields.area.label}
          required={false}
          value={v.area}
          onChange={set('area')}
          error={form.errors.area}
        />
      )}
      <div className="field-pair">
        <TextField
          id={form.fields.yearFrom.id}
          label={form.fields.yearFrom.label}
          required
          inputMode="numeric"
          value={v.yearFrom}
          onChange={set('yearFrom')}
          error={form.errors.yearFrom}
        />
        <TextField
          id={form.fields.yearTo.id}
          label={form.fields.yearTo.label}
          required
          inputMode="numeric"
          value={v.yearTo}
          onChange={set('yearTo')}
          error={form.errors.yearTo}
        />
      </div>
      <TextAreaField
        id={form.fields.summary.id}
        label={form.fields.summary.label}
        required={false}
        rows={8}
        value={v.summary}
        onChange={set('summary')}
        error={form.errors.summary}
      />
    </FormDialog>
  );
}
