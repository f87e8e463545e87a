// "Ny plan": only units of the kinds that own the chosen kind of plan are offered (planOwnerKinds);
// an utvecklingsplan also names its employee. Only the kinds and units the server says the reader
// may create are offered (`creatable`); its refusal of anything else is shown as it words it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanKind, planKinds, planOwnerKinds } from '../../../core/plans/kinds.js';
import { SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { Loading, QueryError } from '../../components/Status.js';
import { isBlank, useForm } from '../../forms/useForm.js';
import { type Creatable, type Plan, planApi } from '../../planApi.js';
import { refreshPlans } from '../../planQueries.js';
import { useMe, useOrgUnits, usePeople } from '../../queries.js';
import { checkYear } from './yearCheck.js';

type F = 'kind' | 'orgUnitId' | 'personId' | 'title' | 'yearFrom' | 'yearTo' | 'summary';

/** How many years a new plan of each kind spans by default (the strategisk plan: year 1 + 3 plan years). */
const defaultSpan: Partial<Record<PlanKind, number>> = { strategisk_plan: 3, program: 3 };

export function NewPlanDialog({
  year,
  creatable,
  onDone,
  onClose,
}: {
  year: number;
  creatable: Creatable[];
  onDone: (p: Plan) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useMe();
  const units = useOrgUnits(false);
  const people = usePeople('');
  const [v, setV] = useState({
    kind: '',
    orgUnitId: '',
    personId: '',
    title: '',
    yearFrom: String(year),
    yearTo: String(year),
    summary: '',
  });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    kind: { id: 'new-plan-kind', label: t('plan.kind') },
    orgUnitId: { id: 'new-plan-unit', label: t('plan.unit') },
    personId: { id: 'new-plan-person', label: t('plan.person') },
    title: { id: 'new-plan-title', label: t('plan.titleField') },
    yearFrom: { id: 'new-plan-from', label: t('plan.yearFrom') },
    yearTo: { id: 'new-plan-to', label: t('plan.yearTo') },
    summary: { id: 'new-plan-summary', label: t('plan.summary') },
  });
  const kind = v.kind as PlanKind | '';
  const owners = kind ? planOwnerKinds[kind] : [];
  const allowedUnits = new Set(creatable.find((c) => c.kind === kind)?.orgUnitIds);
  const unitOptions = (units.data?.items ?? [])
    .filter((u) => owners.includes(u.kind) && allowedUnits.has(u.id))
    .map((u) => ({ value: u.id, label: `${u.name} (${t(`kinds.${u.kind}`)})` }));

  const chooseKind = (k: string) => {
    const allowed = new Set(creatable.find((c) => c.kind === k)?.orgUnitIds);
    setV((s) => {
      // A new employee plan starts at the reader's own unit and with the reader as its employee.
      const own = k === 'utvecklingsplan' ? me.data?.roles.find((r) => allowed.has(r.orgUnitId)) : undefined;
      const from = Number(s.yearFrom);
      return {
        ...s,
        kind: k,
        orgUnitId: allowed.has(s.orgUnitId) ? s.orgUnitId : (own?.orgUnitId ?? ''),
        personId: k === 'utvecklingsplan' ? s.personId || (me.data?.id ?? '') : '',
        yearTo: Number.isInteger(from) ? String(from + (defaultSpan[k as PlanKind] ?? 0)) : s.yearTo,
      };
    });
  };

  const create = useMutation({
    mutationFn: () =>
      planApi.createPlan({
        kind: kind as PlanKind,
        orgUnitId: v.orgUnitId,
        personId: kind === 'utvecklingsplan' ? v.personId : null,
        title: v.title.trim(),
        summary: v.summary.trim() || undefined,
        yearFrom: Number(v.yearFrom),
        yearTo: Number(v.yearTo),
      }),
    onSuccess: async (plan) => {
      await refreshPlans(queryClient);
      onDone(plan);
    },
    onError: form.fail,
  });
  const submit = () => {
    if (create.isPending) return;
    const fromError = checkYear(t, v.yearFrom);
    const ok = form.check({
      kind: kind ? undefined : t('plan.chooseKind'),
      orgUnitId: kind && !v.orgUnitId ? t('plan.chooseUnit') : undefined,
      personId: kind === 'utvecklingsplan' && !v.personId ? t('plan.choosePerson') : undefined,
      title: isBlank(v.title) ? t('form.requiredMessage') : v.title.trim().length > 200 ? t('form.maxLength', { max: 200 }) : undefined,
      yearFrom: fromError,
      yearTo: checkYear(t, v.yearTo) ?? (!fromError && Number(v.yearTo) < Number(v.yearFrom) ? t('plan.yearToBefore') : undefined),
    });
    if (ok) create.mutate();
  };

  return (
    <FormDialog title={t('plans.new')} submitLabel={t('plans.create')} form={form} onSubmit={submit} onClose={onClose}>
      {units.isPending || people.isPending ? (
        <Loading />
      ) : units.isError || people.isError ? (
        <QueryError error={units.error ?? people.error} />
      ) : (
        <>
          <SelectField
            id={form.fields.kind.id}
            label={form.fields.kind.label}
            required
            value={v.kind}
            onChange={chooseKind}
            error={form.errors.kind}
            placeholder={t('plan.chooseKind')}
            options={planKinds.filter((k) => creatable.some((c) => c.kind === k)).map((k) => ({ value: k, label: t(`planKinds.${k}`) }))}
          />
          {kind && (
            <SelectField
              id={form.fields.orgUnitId.id}
              label={form.fields.orgUnitId.label}
              required
              value={v.orgUnitId}
              onChange={set('orgUnitId')}
              error={form.errors.orgUnitId}
              placeholder={t('plan.chooseUnit')}
              description={t('plan.unitKinds', { kinds: owners.map((k) => t(`kinds.${k}`)).join(', ') })}
              options={unitOptions}
            />
          )}
          {kind === 'utvecklingsplan' && (
            <SelectField
              id={form.fields.personId.id}
              label={form.fields.personId.label}
              required
              value={v.personId}
              onChange={set('personId')}
              error={form.errors.personId}
              placeholder={t('plan.choosePerson')}
              options={people.data.items.filter((p) => p.active).map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
            />
          )}
          <TextField
            id={form.fields.title.id}
            label={form.fields.title.label}
            required
            value={v.title}
            onChange={set('title')}
            error={form.errors.title}
            description={t('plan.titleHelp')}
          />
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
            value={v.summary}
            onChange={set('summary')}
            error={form.errors.summary}
          />
        </>
      )}
    </FormDialog>
  );
}
