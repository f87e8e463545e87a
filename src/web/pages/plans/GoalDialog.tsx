// "Nytt mål" / "Ändra mål": kind, text, target year, owner, how it is measured (indicators or a
// reason why not), what it serves, and for KF's goals the nämnder and bolag it is given to. The
// link rules (level, cycle) are the server's; its refusal names the rule and lands at "Kopplas till".
import { Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GoalKind, goalKindsOf } from '../../../core/plans/kinds.js';
import { mustBeMeasured } from '../../../core/plans/links.js';
import { CheckboxGroupField, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { Loading, QueryError } from '../../components/Status.js';
import { isBlank, useForm } from '../../forms/useForm.js';
import { type Goal, type Plan, planApi } from '../../planApi.js';
import { useIndicators, useLinkTargets } from '../../planQueries.js';
import { useOrgUnits, usePeople } from '../../queries.js';
import { IndicatorPicker } from './IndicatorPicker.js';
import { ParentPicker } from './ParentPicker.js';
import { checkYear } from './yearCheck.js';

type F =
  | 'kind'
  | 'title'
  | 'description'
  | 'targetYear'
  | 'ownerOrgUnitId'
  | 'ownerPersonId'
  | 'indicatorIds'
  | 'qualitativeReason'
  | 'parentLineageIds'
  | 'assigneeUnitIds';

/** The bodies KF gives goals to. */
const assigneeKinds = ['kommunstyrelse', 'namnd', 'bolag'];

interface Props {
  plan: Plan;
  goal?: Goal;
  /** Lineages of KF's goals given to the plan's owner (nämndplan, bolag). */
  given?: ReadonlySet<string>;
  onDone: (msg: string) => void;
  onClose: () => void;
  onReload: () => void;
}

export function GoalDialog({ plan, goal, given, onDone, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const kinds = goalKindsOf[plan.kind];
  const targets = useLinkTargets(plan.id);
  const indicators = useIndicators();
  const units = useOrgUnits(false);
  const people = usePeople('');
  const [v, setV] = useState({
    kind: goal?.kind ?? (kinds.length === 1 ? (kinds[0] as string) : ''),
    title: goal?.title ?? '',
    description: goal?.description ?? '',
    targetYear: goal?.targetYear ? String(goal.targetYear) : '',
    ownerOrgUnitId: goal ? (goal.ownerOrgUnitId ?? '') : plan.kind === 'utvecklingsplan' ? '' : plan.orgUnitId,
    ownerPersonId: goal?.ownerPersonId ?? '',
    qualitativeReason: goal?.qualitativeReason ?? '',
  });
  const [indicatorIds, setIndicatorIds] = useState(goal?.indicators.map((i) => i.id) ?? []);
  const [parentIds, setParentIds] = useState(goal?.parents.map((p) => p.lineageId) ?? []);
  const [assigneeIds, setAssigneeIds] = useState(goal?.assignees.map((a) => a.id) ?? []);
  const set = (k: keyof typeof v) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    kind: { id: 'goal-kind', label: t('goal.kind') },
    title: { id: 'goal-title', label: t('goal.title') },
    description: { id: 'goal-description', label: t('goal.description') },
    targetYear: { id: 'goal-target-year', label: t('goal.targetYear') },
    ownerOrgUnitId: { id: 'goal-owner-unit', label: t('goal.ownerUnit') },
    ownerPersonId: { id: 'goal-owner-person', label: t('goal.ownerPerson') },
    indicatorIds: { id: 'goal-indicators', label: t('goal.indicators') },
    qualitativeReason: { id: 'goal-qualitative', label: t('goal.qualitativeReason') },
    parentLineageIds: { id: 'goal-parents', label: t('goal.parents') },
    assigneeUnitIds: { id: 'goal-assignees', label: t('goal.assignees') },
  });
  const kind = v.kind as GoalKind | '';
  const measured = kind !== '' && mustBeMeasured(kind);
  const linked = kind !== 'development';

  const save = useMutation({
    mutationFn: () => {
      const input = {
        kind: kind as GoalKind,
        title: v.title.trim(),
        description: v.description.trim(),
        qualitativeReason: measured ? v.qualitativeReason.trim() || null : null,
        targetYear: v.targetYear.trim() ? Number(v.targetYear) : null,
        ownerOrgUnitId: v.ownerOrgUnitId || null,
        ownerPersonId: v.ownerPersonId || null,
        parentLineageIds: linked ? parentIds : [],
        indicatorIds,
        assigneeUnitIds: plan.kind === 'strategisk_plan' ? assigneeIds : [],
      };
      return goal ? planApi.updateGoal(goal.id, { ...input, version: goal.version }) : planApi.createGoal(plan.id, input);
    },
    onSuccess: (g) => onDone(t(goal ? 'goal.saved' : 'goal.created', { title: g.title })),
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const ok = form.check({
      kind: kind ? undefined : t('goal.chooseKind'),
      title: isBlank(v.title) ? t('form.requiredMessage') : v.title.trim().length > 500 ? t('form.maxLength', { max: 500 }) : undefined,
      description: v.description.trim().length > 10_000 ? t('form.maxLength', { max: 10_000 }) : undefined,
      targetYear: checkYear(t, v.targetYear, false),
      qualitativeReason: v.qualitativeReason.trim().length > 2000 ? t('form.maxLength', { max: 2000 }) : undefined,
    });
    if (ok) save.mutate();
  };

  const loading = targets.isPending || indicators.isPending || units.isPending || people.isPending;
  const failed = targets.error ?? indicators.error ?? units.error ?? people.error;
  const openUnits = units.data?.items ?? [];
  return (
    <FormDialog
      title={goal ? t('goal.editTitle', { title: goal.title }) : t('goal.newTitle')}
      submitLabel={goal ? t('save') : t('goal.create')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      {loading ? (
        <Loading />
      ) : failed ? (
        <QueryError error={failed} />
      ) : (
        <>
          <SelectField
            id={form.fields.kind.id}
            label={form.fields.kind.label}
            required
            value={v.kind}
            onChange={set('kind')}
            error={form.errors.kind}
            placeholder={kinds.length === 1 ? undefined : t('goal.chooseKind')}
            options={kinds.map((k) => ({ value: k, label: t(`goalKinds.${k}`) }))}
          />
          <TextField
            id={form.fields.title.id}
            label={form.fields.title.label}
            required
            value={v.title}
            onChange={set('title')}
            error={form.errors.title}
          />
          <TextAreaField
            id={form.fields.description.id}
            label={form.fields.description.label}
            required={false}
            value={v.description}
            onChange={set('description')}
            error={form.errors.description}
          />
          <TextField
            id={form.fields.targetYear.id}
            label={form.fields.targetYear.label}
            required={false}
            inputMode="numeric"
            value={v.targetYear}
            onChange={set('targetYear')}
            error={form.errors.targetYear}
            description={t('goal.targetYearHelp')}
          />
          <SelectField
            id={form.fields.ownerOrgUnitId.id}
            label={form.fields.ownerOrgUnitId.label}
            required={false}
            value={v.ownerOrgUnitId}
            onChange={set('ownerOrgUnitId')}
            error={form.errors.ownerOrgUnitId}
            placeholder={t('goal.noOwnerChoice')}
            description={measured ? t('goal.ownerHelp') : undefined}
            options={openUnits.map((u) => ({ value: u.id, label: u.name }))}
          />
          <SelectField
            id={form.fields.ownerPersonId.id}
            label={form.fields.ownerPersonId.label}
            required={false}
            value={v.ownerPersonId}
            onChange={set('ownerPersonId')}
            error={form.errors.ownerPersonId}
            placeholder={t('goal.noOwnerChoice')}
            options={(people.data?.items ?? [])
              .filter((p) => p.active || p.id === v.ownerPersonId)
              .map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
          />
          <IndicatorPicker
            id={form.fields.indicatorIds.id}
            label={form.fields.indicatorIds.label}
            indicators={indicators.data?.items ?? []}
            selected={indicatorIds}
            onChange={setIndicatorIds}
            error={form.errors.indicatorIds}
          />
          {measured && (
            <TextAreaField
              id={form.fields.qualitativeReason.id}
              label={form.fields.qualitativeReason.label}
              required={false}
              rows={2}
              value={v.qualitativeReason}
              onChange={set('qualitativeReason')}
              error={form.errors.qualitativeReason}
              description={t('goal.qualitativeHelp')}
            />
          )}
          {linked ? (
            <ParentPicker
              id={form.fields.parentLineageIds.id}
              label={form.fields.parentLineageIds.label}
              plan={plan}
              goalKind={kind}
              ownLineageId={goal?.lineageId}
              targets={targets.data?.items ?? []}
              current={goal?.parents ?? []}
              selected={parentIds}
              onChange={setParentIds}
              error={form.errors.parentLineageIds}
              given={given}
            />
          ) : (
            <Paragraph data-size="sm">{t('goal.developmentUnlinked')}</Paragraph>
          )}
          {plan.kind === 'strategisk_plan' && (
            <CheckboxGroupField
              id={form.fields.assigneeUnitIds.id}
              legend={form.fields.assigneeUnitIds.label}
              required={false}
              description={t('goal.assigneesHelp')}
              options={openUnits.filter((u) => assigneeKinds.includes(u.kind)).map((u) => ({ value: u.id, label: u.name }))}
              selected={assigneeIds}
              onChange={setAssigneeIds}
              error={form.errors.assigneeUnitIds}
            />
          )}
        </>
      )}
    </FormDialog>
  );
}
