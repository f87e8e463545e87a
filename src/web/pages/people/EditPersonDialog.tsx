// An administrator changes a person: name, e-mail, whether they may sign in, a new password.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Person, api } from '../../api.js';
import { CheckboxField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isBlank, isEmail, useForm } from '../../forms/useForm.js';

type F = 'name' | 'email' | 'active' | 'password';

export function EditPersonDialog({
  person,
  onDone,
  onClose,
  onReload,
}: {
  person: Person;
  onDone: (msg: string) => void;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(person.name);
  const [email, setEmail] = useState(person.email);
  const [active, setActive] = useState(person.active);
  const [password, setPassword] = useState('');
  const form = useForm<F>({
    name: { id: 'edit-person-name', label: t('people.name') },
    email: { id: 'edit-person-email', label: t('people.email') },
    active: { id: 'edit-person-active', label: t('people.activeLabel') },
    password: { id: 'edit-person-password', label: t('people.newPassword') },
  });
  const save = useMutation({
    mutationFn: () =>
      api.updatePerson(person.id, {
        name: name.trim(),
        email: email.trim(),
        active,
        password: password || undefined,
        version: person.version,
      }),
    onSuccess: () => onDone(t('people.saved')),
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const ok = form.check({
      name: isBlank(name) ? t('form.requiredMessage') : undefined,
      email: isBlank(email) ? t('form.requiredMessage') : isEmail(email) ? undefined : t('form.emailFormat'),
      password: password && password.length < 12 ? t('form.passwordLength') : undefined,
    });
    if (ok) save.mutate();
  };
  return (
    <FormDialog
      title={t('people.editTitle', { name: person.name })}
      submitLabel={t('save')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField
        id={form.fields.name.id}
        label={form.fields.name.label}
        required
        value={name}
        onChange={setName}
        error={form.errors.name}
        autoComplete="off"
      />
      <TextField
        id={form.fields.email.id}
        label={form.fields.email.label}
        required
        type="email"
        value={email}
        onChange={setEmail}
        error={form.errors.email}
        autoComplete="off"
      />
      <CheckboxField id={form.fields.active.id} label={form.fields.active.label} checked={active} onChange={setActive} />
      <TextField
        id={form.fields.password.id}
        label={form.fields.password.label}
        required={false}
        type="password"
        value={password}
        onChange={setPassword}
        error={form.errors.password}
        autoComplete="new-password"
        description={t('people.newPasswordHelp')}
      />
    </FormDialog>
  );
}
