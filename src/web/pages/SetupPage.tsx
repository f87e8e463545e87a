// /setup#NYCKEL: the first administrator creates the municipality. The key comes in the URL
// fragment (never sent to the server with the page request); without it, it can be typed in.
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { api, isApiError } from '../api.js';
import { usePageTitle } from '../app/title.js';
import { TextField } from '../components/fields.js';
import { FormErrorSummary } from '../components/FormErrorSummary.js';
import { PageHeading } from '../components/PageHeading.js';
import { Loading } from '../components/Status.js';
import { isBlank, isEmail, useForm } from '../forms/useForm.js';
import { keys } from '../queries.js';

type F = 'token' | 'municipalityCode' | 'municipalityName' | 'name' | 'email' | 'password';

export function SetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: keys.setup, queryFn: api.setupStatus });
  const [fromLink] = useState(() => decodeURIComponent(window.location.hash.replace(/^#/, '')));
  const [v, setV] = useState({ token: fromLink, municipalityCode: '', municipalityName: '', name: '', email: '', password: '' });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    token: { id: 'setup-token', label: t('setup.token') },
    municipalityCode: { id: 'setup-code', label: t('setup.municipalityCode') },
    municipalityName: { id: 'setup-municipality', label: t('setup.municipalityName') },
    name: { id: 'setup-name', label: t('setup.name') },
    email: { id: 'setup-email', label: t('setup.email') },
    password: { id: 'setup-password', label: t('setup.password') },
  });

  const setup = useMutation({
    mutationFn: api.setup,
    onSuccess: async () => {
      await queryClient.resetQueries();
      await navigate('/', { replace: true });
    },
    onError: form.fail,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (setup.isPending) return;
    const req = t('form.requiredMessage');
    const ok = form.check({
      token: isBlank(v.token) ? t('setup.tokenMissing') : undefined,
      municipalityCode: /^\d{4}$/.test(v.municipalityCode.trim()) ? undefined : t('setup.codeFormat'),
      municipalityName: isBlank(v.municipalityName) ? req : undefined,
      name: isBlank(v.name) ? req : undefined,
      email: isEmail(v.email) ? undefined : t('form.emailFormat'),
      password: v.password.length >= 12 ? undefined : t('form.passwordLength'),
    });
    if (ok) setup.mutate({ ...v, token: v.token.trim(), municipalityCode: v.municipalityCode.trim(), email: v.email.trim() });
  };

  return (
    <div className="narrow">
      <PageHeading>{t('setup.title')}</PageHeading>
      {status.isPending ? (
        <Loading />
      ) : status.data && !status.data.needed ? (
        <Alert data-color="info">
          <Paragraph>{t('setup.done')}</Paragraph>
          <Paragraph>
            <RouterLink to="/logga-in">{t('setup.toLogin')}</RouterLink>
          </Paragraph>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <Paragraph>{t('setup.intro')}</Paragraph>
          <FormErrorSummary form={form} />
          {/* A key from the link is used as is; if it is missing or refused, it can be typed in. */}
          {(!fromLink || form.errors.token || isApiError(setup.error)) && (
            <TextField
              id={form.fields.token.id}
              label={form.fields.token.label}
              required
              value={v.token}
              onChange={set('token')}
              error={form.errors.token}
              description={t('setup.tokenHelp')}
            />
          )}
          <TextField
            id={form.fields.municipalityCode.id}
            label={form.fields.municipalityCode.label}
            required
            value={v.municipalityCode}
            onChange={set('municipalityCode')}
            error={form.errors.municipalityCode}
            description={t('setup.codeHelp')}
            maxLength={4}
          />
          <TextField
            id={form.fields.municipalityName.id}
            label={form.fields.municipalityName.label}
            required
            value={v.municipalityName}
            onChange={set('municipalityName')}
            error={form.errors.municipalityName}
            autoComplete="organization"
          />
          <TextField
            id={form.fields.name.id}
            label={form.fields.name.label}
            required
            value={v.name}
            onChange={set('name')}
            error={form.errors.name}
            autoComplete="name"
          />
          <TextField
            id={form.fields.email.id}
            label={form.fields.email.label}
            required
            type="email"
            value={v.email}
            onChange={set('email')}
            error={form.errors.email}
            autoComplete="email"
          />
          <TextField
            id={form.fields.password.id}
            label={form.fields.password.label}
            required
            type="password"
            value={v.password}
            onChange={set('password')}
            error={form.errors.password}
            autoComplete="new-password"
            description={t('form.passwordHelp')}
          />
          <div className="form-actions">
            <Button type="submit">{t('setup.submit')}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
