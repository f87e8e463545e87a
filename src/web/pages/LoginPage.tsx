// /logga-in: municipality, e-mail and password. The municipality is preselected when the
// installation holds only one.
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api.js';
import { returnPath } from '../app/returnPath.js';
import { usePageTitle } from '../app/title.js';
import { SelectField, TextField } from '../components/fields.js';
import { FormErrorSummary } from '../components/FormErrorSummary.js';
import { PageHeading } from '../components/PageHeading.js';
import { Loading, QueryError } from '../components/Status.js';
import { isBlank, useForm } from '../forms/useForm.js';
import { keys } from '../queries.js';

type F = 'municipality' | 'email' | 'password';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const municipalities = useQuery({ queryKey: keys.municipalities, queryFn: api.municipalities });
  const setup = useQuery({ queryKey: keys.setup, queryFn: api.setupStatus });
  const [municipality, setMunicipality] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useForm<F>({
    municipality: { id: 'login-municipality', label: t('login.municipality') },
    email: { id: 'login-email', label: t('login.email') },
    password: { id: 'login-password', label: t('login.password') },
  });

  const only = municipalities.data?.items.length === 1 ? municipalities.data.items[0] : undefined;
  useEffect(() => {
    if (only && !municipality) setMunicipality(only.code);
  }, [only, municipality]);

  const login = useMutation({
    mutationFn: api.login,
    onSuccess: async () => {
      await queryClient.resetQueries({ queryKey: keys.me });
      await navigate(returnPath(params), { replace: true });
    },
    onError: form.fail,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (login.isPending) return;
    const ok = form.check({
      municipality: municipality ? undefined : t('login.chooseMunicipality'),
      email: isBlank(email) ? t('form.requiredMessage') : undefined,
      password: password === '' ? t('form.requiredMessage') : undefined,
    });
    if (ok) login.mutate({ municipality, email: email.trim(), password });
  };

  return (
    <div className="narrow">
      <PageHeading>{t('login.title')}</PageHeading>
      {setup.data?.needed && (
        <Alert data-color="info">
          <Paragraph>{t('login.setupNeeded')}</Paragraph>
        </Alert>
      )}
      {municipalities.isPending ? (
        <Loading />
      ) : municipalities.isError ? (
        <QueryError error={municipalities.error} onRetry={() => void municipalities.refetch()} />
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <FormErrorSummary form={form} />
          <SelectField
            id={form.fields.municipality.id}
            label={form.fields.municipality.label}
            required
            value={municipality}
            onChange={setMunicipality}
            error={form.errors.municipality}
            placeholder={only ? undefined : t('login.chooseMunicipality')}
            options={municipalities.data.items.map((m) => ({ value: m.code, label: m.name }))}
          />
          <TextField
            id={form.fields.email.id}
            label={form.fields.email.label}
            required
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={form.errors.email}
          />
          <TextField
            id={form.fields.password.id}
            label={form.fields.password.label}
            required
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={form.errors.password}
          />
          <div className="form-actions">
            <Button type="submit">{t('login.submit')}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
