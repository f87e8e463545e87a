// "Nytt uppdrag" / "Ändra uppdrag". KF gives uppdrag to nämnder, KS and bolag; a nämnd passes
// them on to the units below it, and may say which of KF's uppdrag it carries on.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api.js';
import { CheckboxGroupField, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { Loading, QueryError } from '../../components/Status.js';
import { isBlank, isIsoDate, useForm } from '../../forms/useForm.js';
import { type Assignment, type PlanDetail, planApi } from '../../planApi.js';
import { useOrgUnits } from '../../queries.js';

type F = 'title' | 'description' | 'dueOn' | 'parentLineageId' | 'assigneeUnitIds';

/** The units below one unit, at any depth. */
function below(units: OrgUnit[], rootId: string): OrgUnit[] {
  const out: OrgUnit[] = [];
  const walk = (id: string) => {
    for (const u of units.filter((x) => x.parentId === id)) {
      out.push(u);
      walk(u.id);
    }
  };
  walk(rootId);
  return out;
}

interface Props {
  detail: PlanDetail;
  assignment?: Assignment;
  onDone: (msg: string) => void;
  onClose: () => void;
  onReload: () => void;
}

export function AssignmentDialog({ detail, assignment, onDone, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { plan } = detail;
  const units = useOrgUnits(false);
  const [v, setV] = useState({
    title: assignment?.title ?? '',
    description: assignment?.description ?? '',
    dueOn: assignment?.dueOn ?? '',
    parentLineageId: assignment?.parentLineageId ?? '',
  });
  const [assignees, setAssignees] = useState(assignment?.assignees.map((a) => a.id) ?? []);
  const set = (k: keyof typeof v) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    title: { id: 'assignment-title', label: t('assignment.title') },
    description: { id: 'assignment-description', label: t('assignment.description') },
    dueOn: { id: 'assignment-due', label: t('assignment.dueOn') },
    parentLineageId: { id: 'assignment-parent', label: t('assignment.parent') },
    assigneeUnitIds: { id: 'assignment-assignees', label: t('assignment.assignees') },
  });
  const fromKf = detail.fromKf.assignments;
  const all = units.data?.items ?? [];
  const candidates =
    plan.kind === 'strategisk_plan' ? all.filter((u) => ['kommunstyrelse', 'namnd', 'bolag'].includes(u.kind)) : below(all, plan.orgUnitId);

  const save = useMutation({
    mutationFn: () => {
      const input = {
        title: v.title.trim(),
        description: v.description.trim(),
        dueOn: v.dueOn || null,
        parentLineageId: v.parentLineageId || null,
        assigneeUnitIds: assignees,
        sortOrder: assignment?.sortOrder,
      };
      return assignment
        ? planApi.updateAssignment(assignment.id, { ...input, version: assignment.version })
        : planApi.createAssignment(plan.id, input);
    },
    onSuccess: (a) => onDone(t(assignment ? 'assignment.saved' : 'assignment.created', { title: a.title })),
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const ok = form.check({
      title: isBlank(v.title) ? t('form.requiredMessage') : v.title.trim().length > 500 ? t('form.maxLength', { max: 500 }) : undefined,
      description: v.description.trim().length > 10_000 ? t('form.maxLength', { max: 10_000 }) : undefined,
      dueOn: v.dueOn && !isIsoDate(v.dueOn) ? t('form.dateFormat') : undefined,
      assigneeUnitIds: assignees.length === 0 ? t('assignment.chooseAssignee') : undefined,
    });
    if (ok) save.mutate();
  };
  return (
    <FormDialog
      title={assignment ? t('assignment.editTitle', { title: assignment.title }) : t('assignment.newTitle')}
      submitLabel={assignment ? t('save') : t('assignment.create')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <QueryError error={units.error} />
      ) : (
        <>
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
            id={form.fields.dueOn.id}
            label={form.fields.dueOn.label}
            required={false}
            type="date"
            value={v.dueOn}
            onChange={set('dueOn')}
            error={form.errors.dueOn}
          />
          {fromKf.length > 0 && (
            <SelectField
              id={form.fields.parentLineageId.id}
              label={form.fields.parentLineageId.label}
              required={false}
              value={v.parentLineageId}
              onChange={set('parentLineageId')}
              error={form.errors.parentLineageId}
              placeholder={t('assignment.noParent')}
              description={t('assignment.parentHelp')}
              options={fromKf.map((a) => ({ value: a.lineageId, label: a.title }))}
            />
          )}
          <CheckboxGroupField
            id={form.fields.assigneeUnitIds.id}
            legend={form.fields.assigneeUnitIds.label}
            required
            description={candidates.length === 0 ? t('assignment.noCandidates', { unit: plan.orgUnitName }) : undefined}
            options={candidates.map((u) => ({ value: u.id, label: `${u.name} (${t(`kinds.${u.kind}`)})` }))}
            selected={assignees}
            onChange={setAssignees}
            error={form.errors.assigneeUnitIds}
          />
        </>
      )}
    </FormDialog>
  );
}
