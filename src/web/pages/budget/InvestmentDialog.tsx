// Adding or changing an investment project: the nämnd, name, reference to the property
// company's plan, priority and an amount per year (budget year and plan years).
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wholeKronor } from '../../../core/budget/sheet.js';
import { SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isBlank, useForm } from '../../forms/useForm.js';
import { type Body, budgetApi, type Investment } from './budgetApi.js';
import { kr } from './common.js';

type F = 'orgUnitId' | 'name' | 'propertyPlanRef' | 'priority' | 'description' | `y${number}`;

export function InvestmentDialog({
  year,
  years,
  bodies,
  item,
  onDone,
  onClose,
}: {
  year: number;
  years: number[];
  bodies: Body[];
  item: Investment | null;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState<Record<string, string>>({
    orgUnitId: item?.orgUnitId ?? bodies[0]?.id ?? '',
    name: item?.name ?? '',
    propertyPlanRef: item?.propertyPlanRef ?? '',
    priority: String(item?.priority ?? ''),
    description: item?.description ?? '',
    ...Object.fromEntries(years.map((y) => [`y${y}`, kr(item?.amounts.find((a) => a.year === y)?.amountKr)])),
  });
  const set = (k: string) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    orgUnitId: { id: 'inv-body', label: t('budgetInvestments.body') },
    name: { id: 'inv-name', label: t('budgetInvestments.name') },
    propertyPlanRef: { id: 'inv-ref', label: t('budgetInvestments.ref') },
    priority: { id: 'inv-prio', label: t('budgetInvestments.priority') },
    description: { id: 'inv-desc', label: t('budgetInvestments.description') },
    ...Object.fromEntries(years.map((y) => [`y${y}`, { id: `inv-y${y}`, label: t('budgetInvestments.amountYear', { year: y }) }])),
  } as Record<F, { id: string; label: string }>);
  const input = () => ({
    budgetYear: year,
    orgUnitId: v.orgUnitId as string,
    name: (v.name as string).trim(),
    description: (v.description as string).trim(),
    propertyPlanRef: (v.propertyPlanRef as string).trim(),
    priority: Number(v.priority),
    amounts: years.flatMap((y) => {
      const text = (v[`y${y}`] ?? '').trim();
      return text ? [{ year: y, amountKr: wholeKronor(text) as number }] : [];
    }),
  });
  const save = useMutation({
    mutationFn: () =>
      item ? budgetApi.updateInvestment(item.id, { ...input(), version: item.version }) : budgetApi.createInvestment(input()),
    onSuccess: onDone,
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const errors: Partial<Record<F, string>> = {
      name: isBlank(v.name ?? '') ? t('form.requiredMessage') : undefined,
      priority: /^\d{1,3}$/.test((v.priority ?? '').trim()) && Number(v.priority) >= 1 ? undefined : t('budgetInvestments.priorityHelp'),
    };
    for (const y of years) {
      const text = (v[`y${y}`] ?? '').trim();
      const n = text ? wholeKronor(text) : 0;
      if (n === null || n < 0) errors[`y${y}`] = t('budgetCommon.notWhole');
    }
    if (form.check(errors)) save.mutate();
  };
  return (
    <FormDialog
      title={item ? t('budgetInvestments.editTitle', { name: item.name }) : t('budgetInvestments.newTitle', { year })}
      submitLabel={t('budgetInvestments.save')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <SelectField
        id={form.fields.orgUnitId.id}
        label={form.fields.orgUnitId.label}
        required
        value={v.orgUnitId ?? ''}
        onChange={set('orgUnitId')}
        error={form.errors.orgUnitId}
        options={bodies.map((b) => ({ value: b.id, label: b.name }))}
      />
      <TextField
        id={form.fields.name.id}
        label={form.fields.name.label}
        required
        value={v.name ?? ''}
        onChange={set('name')}
        error={form.errors.name}
      />
      <TextField
        id={form.fields.priority.id}
        label={form.fields.priority.label}
        required
        inputMode="numeric"
        value={v.priority ?? ''}
        onChange={set('priority')}
        error={form.errors.priority}
        description={t('budgetInvestments.priorityHelp')}
      />
      <TextField
        id={form.fields.propertyPlanRef.id}
        label={form.fields.propertyPlanRef.label}
        required={false}
        value={v.propertyPlanRef ?? ''}
        onChange={set('propertyPlanRef')}
        error={form.errors.propertyPlanRef}
        description={t('budgetInvestments.refHelp')}
      />
      {years.map((y) => (
        <TextField
          key={y}
          id={`inv-y${y}`}
          label={t('budgetInvestments.amountYear', { year: y })}
          required={false}
          inputMode="numeric"
          value={v[`y${y}`] ?? ''}
          onChange={set(`y${y}`)}
          error={form.errors[`y${y}`]}
        />
      ))}
      <TextAreaField
        id={form.fields.description.id}
        label={form.fields.description.label}
        required={false}
        value={v.description ?? ''}
        onChange={set('description')}
        error={form.errors.description}
      />
    </FormDialog>
  );
}
