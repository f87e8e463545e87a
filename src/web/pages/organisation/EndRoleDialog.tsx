// "Avsluta" a role assignment: it gets an end date, the first day it no longer applies (today
// ends it at once, decision 0003), and stays in the history.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RoleAssignment, api } from '../../api.js';
import { TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isIsoDate, today, useForm } from '../../forms/useForm.js';

type F = 'validTo';

export function EndRoleDialog({
  assignment,
  onDone,
  onClose,
  onReload,
}: {
  assignment: RoleAssignment;
  onDone: (msg: string) => void;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [validTo, setValidTo] = useState(() => [today(), assignment.validFrom].sort().at(-1) ?? today());
  const form = useForm<F>({ validTo: { id: 'end-role-date', label: t('endRole.validTo') } });
  const end = useMutation({
    mutationFn: () => api.endRoleAssignment(assignment.id, { validTo, version: assignment.version }),
    onSuccess: () => onDone(t('endRole.done', { person: assignment.personName, role: t(`roles.${assignment.role}`) })),
    onError: form.fail,
  });
  const submit = () => {
    if (end.isPending) return;
    const ok = form.check({
      validTo: !validTo
        ? t('form.requiredMessage')
        : !isIsoDate(validTo)
          ? t('form.dateFormat')
          : validTo < assignment.validFrom
            ? t('endRole.beforeStart', { date: assignment.validFrom })
            : undefined,
    });
    if (ok) end.mutate();
  };
  const who = `${assignment.personName}, ${t(`roles.${assignment.role}`)}${assignment.title ? ` (${assignment.title})` : ''}`;
  return (
    <FormDialog
      title={t('endRole.heading', { who })}
      submitLabel={t('endRole.submit')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField
        id={form.fields.validTo.id}
        label={form.fields.validTo.label}
        required
        type="date"
        value={validTo}
        onChange={setValidTo}
        error={form.errors.validTo}
        description={t('endRole.validToHelp')}
      />
    </FormDialog>
  );
}
