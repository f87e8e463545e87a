// "Fastställ": a plan is adopted by a decision, so the decision's date and deciding body are
// asked for, and its diarienummer where the decision is an ärende. The bodies are the ones the
// server's rule allows (core/plans/adoption.ts): KF, the nämnd or the bolag's styrelse, or, for a
// verksamhetsplan or utvecklingsplan, the manager who fastställer it. Adopting supersedes the
// version adopted before; it stays readable.
import { Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isBlank, isIsoDate, useForm } from '../../forms/useForm.js';
import { type AdoptionOptions, type Plan, planApi } from '../../planApi.js';

type F = 'decidedOn' | 'decidedByOrgUnitId' | 'decidedByPersonId' | 'diarienummer';

export function AdoptDialog({
  plan,
  options,
  onDone,
  onClose,
  onReload,
}: {
  plan: Plan;
  options: AdoptionOptions;
  onDone: (msg: string) => void;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const byPerson = options.decider === 'manager';
  const bodyField: F = byPerson ? 'decidedByPersonId' : 'decidedByOrgUnitId';
  const only = options.bodies.length === 1 ? (options.bodies[0]?.id ?? '') : '';
  const [v, setV] = useState({ decidedOn: '', body: only, diarienummer: plan.diarienummer ?? '' });
  const set = (k: keyof typeof v) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    decidedOn: { id: 'adopt-on', label: t('plan.decidedOn') },
    decidedByOrgUnitId: { id: 'adopt-by', label: t('plan.decidedBy') },
    decidedByPersonId: { id: 'adopt-by', label: t('plan.decidedByManager') },
    diarienummer: { id: 'adopt-dnr', label: t('plan.diarienummer') },
  });
  const adopt = useMutation({
    mutationFn: () =>
      planApi.changeStatus(plan.id, {
        status: 'adopted',
        decidedOn: v.decidedOn,
        [bodyField]: v.body,
        diarienummer: options.diarienummer ? v.diarienummer.trim() : null,
        version: plan.version,
      }),
    onSuccess: () => onDone(t('plan.adopted')),
    onError: form.fail,
  });
  const submit = () => {
    if (adopt.isPending) return;
    const ok = form.check({
      decidedOn: isBlank(v.decidedOn) ? t('form.requiredMessage') : isIsoDate(v.decidedOn) ? undefined : t('form.dateFormat'),
      [bodyField]: isBlank(v.body) ? t('form.requiredMessage') : undefined,
      diarienummer: !options.diarienummer
        ? undefined
        : isBlank(v.diarienummer)
          ? t('form.requiredMessage')
          : v.diarienummer.trim().length > 100
            ? t('form.maxLength', { max: 100 })
            : undefined,
    });
    if (ok) adopt.mutate();
  };
  return (
    <FormDialog
      title={t('plan.adoptTitle', { title: plan.title })}
      submitLabel={t('plan.adopt')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Paragraph data-size="sm">{t('plan.adoptExplain')}</Paragraph>
      <TextField
        id={form.fields.decidedOn.id}
        label={form.fields.decidedOn.label}
        required
        type="date"
        value={v.decidedOn}
        onChange={set('decidedOn')}
        error={form.errors.decidedOn}
      />
      <SelectField
        id={form.fields[bodyField].id}
        label={form.fields[bodyField].label}
        required
        value={v.body}
        onChange={set('body')}
        error={form.errors[bodyField]}
        options={options.bodies.map((b) => ({ value: b.id, label: b.name }))}
        placeholder={only ? undefined : t('plan.chooseBody')}
        description={t(`plan.adoptWho.${options.decider}`)}
      />
      {options.diarienummer && (
        <TextField
          id={form.fields.diarienummer.id}
          label={form.fields.diarienummer.label}
          required
          value={v.diarienummer}
          onChange={set('diarienummer')}
          error={form.errors.diarienummer}
          description={t('plan.diarienummerHelp')}
        />
      )}
    </FormDialog>
  );
}
