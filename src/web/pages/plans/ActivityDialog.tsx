// "Ny aktivitet" / "Ändra aktivitet": what is done, by whom, when, and for which of the plan's goals.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isBlank, isIsoDate, useForm } from '../../forms/useForm.js';
import { type Activity, type Goal, type Plan, planApi } from '../../planApi.js';

type F = 'what' | 'who' | 'startsOn' | 'dueOn' | 'goalId';

interface Props {
  plan: Plan;
  goals: Goal[];
  activity?: Activity;
  onDone: (msg: string) => void;
  onClose: () => void;
  onReload: () => void;
}

export function ActivityDialog({ plan, goals, activity, onDone, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    what: activity?.what ?? '',
    who: activity?.who ?? '',
    startsOn: activity?.startsOn ?? '',
    dueOn: activity?.dueOn ?? '',
    goalId: activity?.goalId ?? '',
  });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    what: { id: 'activity-what', label: t('activity.what') },
    who: { id: 'activity-who', label: t('activity.who') },
    startsOn: { id: 'activity-start', label: t('activity.startsOn') },
    dueOn: { id: 'activity-due', label: t('activity.dueOn') },
    goalId: { id: 'activity-goal', label: t('activity.goal') },
  });
  const save = useMutation({
    mutationFn: () => {
      const input = {
        what: v.what.trim(),
        who: v.who.trim(),
        startsOn: v.startsOn || null,
        dueOn: v.dueOn || null,
        goalId: v.goalId || null,
        sortOrder: activity?.sortOrder,
      };
      return activity
        ? planApi.updateActivity(activity.id, { ...input, version: activity.version })
        : planApi.createActivity(plan.id, input);
    },
    onSuccess: (a) => onDone(t(activity ? 'activity.saved' : 'activity.created', { what: a.what })),
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const dates = isIsoDate(v.startsOn) && isIsoDate(v.dueOn);
    const ok = form.check({
      what: isBlank(v.what) ? t('form.requiredMessage') : v.what.trim().length > 1000 ? t('form.maxLength', { max: 1000 }) : undefined,
      who: v.who.trim().length > 300 ? t('form.maxLength', { max: 300 }) : undefined,
      startsOn: v.startsOn && !isIsoDate(v.startsOn) ? t('form.dateFormat') : undefined,
      dueOn:
        v.dueOn && !isIsoDate(v.dueOn) ? t('form.dateFormat') : dates && v.dueOn < v.startsOn ? t('activity.dueBeforeStart') : undefined,
    });
    if (ok) save.mutate();
  };
  return (
    <FormDialog
      title={activity ? t('activity.editTitle') : t('activity.newTitle')}
      submitLabel={activity ? t('save') : t('activity.create')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField
        id={form.fields.what.id}
        label={form.fields.what.label}
        required
        value={v.what}
        onChange={set('what')}
        error={form.errors.what}
      />
      <TextField
        id={form.fields.who.id}
        label={form.fields.who.label}
        required={false}
        value={v.who}
        onChange={set('who')}
        error={form.errors.who}
        description={t('activity.whoHelp')}
      />
      <div className="field-pair">
        <TextField
          id={form.fields.startsOn.id}
          label={form.fields.startsOn.label}
          required={false}
          type="date"
          value={v.startsOn}
          onChange={set('startsOn')}
          error={form.errors.startsOn}
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
      </div>
      <SelectField
        id={form.fields.goalId.id}
        label={form.fields.goalId.label}
        required={false}
        value={v.goalId}
        onChange={set('goalId')}
        error={form.errors.goalId}
        placeholder={t('activity.noGoal')}
        options={goals.map((g) => ({ value: g.id, label: g.title }))}
      />
    </FormDialog>
  );
}
