// /konto/losenord: a person changes their own password. The server checks the current one and
// the policy (decision 0003) and ends the person's other sessions; this one stays signed in.
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api.js';
import { usePageTitle } from '../../app/title.js';
import { TextField } from '../../components/fields.js';
import { FormErrorSummary } from '../../components/FormErrorSummary.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useForm } from '../../forms/useForm.js';

type F = 'currentPassword' | 'newPassword' | 'repeatPassword';
const empty = { currentPassword: '', newPassword: '', repeatPassword: '' };

export function PasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const [v, setV] = useState(empty);
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    currentPassword: { id: 'account-current', label: t('account.current') },
    newPassword: { id: 'account-new', label: t('account.new') },
    repeatPassword: { id: 'account-repeat', label: t('account.repeat') },
  });
  const change = useMutation({
    mutationFn: () => request<void>('POST', '/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => setV(empty),
    onError: form.fail,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (change.isPending) return;
    const ok = form.check({
      currentPassword: v.currentPassword ? undefined : t('form.requiredMessage'),
      newPassword: v.newPassword.length >= 12 ? undefined : t('form.passwordLength'),
      repeatPassword: v.repeatPassword === v.newPassword ? undefined : t('account.mismatch'),
    });
    if (ok) change.mutate();
    else change.reset();
  };

  return (
    <div className="narrow">
      <PageHeading>{t('account.title')}</PageHeading>
      <form onSubmit={submit} noValidate className="form">
        <Paragraph>{t('account.intro')}</Paragraph>
        {change.isSuccess && (
          <Alert data-color="success" role="status">
            <Paragraph>{t('account.done')}</Paragraph>
          </Alert>
        )}
        <FormErrorSummary form={form} />
        <TextField
          id={form.fields.currentPassword.id}
          label={form.fields.currentPassword.label}
          required
          type="password"
          value={v.currentPassword}
          onChange={set('currentPassword')}
          error={form.errors.currentPassword}
          autoComplete="current-password"
        />
        <TextField
          id={form.fields.newPassword.id}
          label={form.fields.newPassword.label}
          required
          type="password"
          value={v.newPassword}
          onChange={set('newPassword')}
          error={form.errors.newPassword}
          autoComplete="new-password"
          description={t('form.passwordHelp')}
        />
        <TextField
          id={form.fields.repeatPassword.id}
          label={form.fields.repeatPassword.label}
          required
          type="password"
          value={v.repeatPassword}
          onChange={set('repeatPassword')}
          error={form.errors.repeatPassword}
          autoComplete="new-password"
        />
        <div className="form-actions">
          <Button type="submit">{t('account.submit')}</Button>
        </div>
      </form>
    </div>
  );
}
