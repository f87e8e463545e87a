// "Fastställ": a plan is adopted by a decision, so the decision's date, body and diarienummer
// are asked for. Adopting supersedes the version adopted before; it stays readable.
import { Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isBlank, isIsoDate, useForm } from '../../forms/useForm.js';
import { type Plan, planApi } from '../../planApi.js';

type F = 'decidedOn' | 'decidedBy' | 'diarienummer';

/** Who usually decides each kind of plan, offered as a starting point. */
const usualBody = (plan: Plan) =>
  plan.kind === 'vision' || plan.kind === 'program' || plan.kind === 'strategisk_plan'
    ? 'Kommunfullmäktige'
    : plan.kind === 'namndplan' || plan.kind === 'bolag_verksamhetsplan'
      ? plan.orgUnitName
      : '';

export function AdoptDialog({
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
  const [v, setV] = useState({ decidedOn: '', decidedBy: usualBody(plan), diarienummer: plan.diarienummer ?? '' });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    decidedOn: { id: 'adopt-on', label: t('plan.decidedOn') },
    decidedBy: { id: 'adopt-by', label: t('plan.decidedBy') },
    diarienummer: { id: 'adopt-dnr', label: t('plan.diarienummer') },
  });
  const adopt = useMutation({
    mutationFn: () =>
      planApi.changeStatus(plan.id, {
        status: 'adopted',
        decidedOn: v.decidedOn,
        decidedBy: v.decidedBy.trim(),
        diarienummer: v.diarienummer.trim(),
        version: plan.version,
      }),
    onSuccess: () => onDone(t('plan.adopted')),
    onError: form.fail,
  });
  const submit = () => {
    if (adopt.isPending) return;
    const ok = form.check({
      decidedOn: isBlank(v.decidedOn) ? t('form.requiredMessage') : isIsoDate(v.decidedOn) ? undefined : t('form.dateFormat'),
      decidedBy: isBlank(v.decidedBy)
        ? t('form.requiredMessage')
        : v.decidedBy.trim().length > 200
          ? t('form.maxLength', { max: 200 })
          : undefined,
      diarienummer: isBlank(v.diarienummer)
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
      <TextField
        id={form.fields.decidedBy.id}
        label={form.fields.decidedBy.label}
        required
        value={v.decidedBy}
        onChange={set('decidedBy')}
        error={form.errors.decidedBy}
        description={t('plan.decidedByHelp')}
      />
      <TextField
        id={form.fields.diarienummer.id}
        label={form.fields.diarienummer.label}
        required
        value={v.diarienummer}
        onChange={set('diarienummer')}
        error={form.errors.diarienummer}
        description={t('plan.diarienummerHelp')}
      />
    </FormDialog>
  );
}
