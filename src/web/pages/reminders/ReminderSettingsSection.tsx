// "När påminnelser skickas": the municipality's reminder days, for administrators on /utkorg.
// Days are typed as lists ("14, 3"); the server checks them again and names a wrong field.
import { Button, Heading } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields.js';
import { FormErrorSummary } from '../../components/FormErrorSummary.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { useForm } from '../../forms/useForm.js';
import { reminderKeys, remindersApi } from './remindersApi.js';

type F = 'daysBefore' | 'daysLate' | 'catchUpDays';
const toList = (xs: number[]) => xs.join(', ');
/** "14, 3" → [14, 3]; null when a part is not a whole number. */
const parseList = (text: string): number[] | null => {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  return parts.every((p) => /^\d{1,3}$/.test(p)) ? parts.map(Number) : null;
};

export function ReminderSettingsSection() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: reminderKeys.settings, queryFn: remindersApi.settings });
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Record<F, string>>({ daysBefore: '', daysLate: '', catchUpDays: '' });
  const [saved, setSaved] = useState(false);
  const form = useForm<F>({
    daysBefore: { id: 'reminder-days-before', label: t('remindersSettings.daysBefore') },
    daysLate: { id: 'reminder-days-late', label: t('remindersSettings.daysLate') },
    catchUpDays: { id: 'reminder-catch-up', label: t('remindersSettings.catchUpDays') },
  });
  const data = settings.data;
  useEffect(() => {
    if (data) {
      setDraft({
        daysBefore: toList(data.settings.daysBefore),
        daysLate: toList(data.settings.daysLate),
        catchUpDays: String(data.settings.catchUpDays),
      });
    }
  }, [data]);
  const save = useMutation({
    mutationFn: remindersApi.saveSettings,
    onSuccess: (next) => {
      queryClient.setQueryData(reminderKeys.settings, next);
      setSaved(true);
    },
    onError: (err) => form.fail(err),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const before = parseList(draft.daysBefore);
    const late = parseList(draft.daysLate);
    const catchUp = /^\d{1,2}$/.test(draft.catchUpDays.trim()) ? Number(draft.catchUpDays) : null;
    const ok = form.check({
      daysBefore: before ? undefined : t('remindersSettings.listError'),
      daysLate: late ? undefined : t('remindersSettings.listError'),
      catchUpDays: catchUp === null ? t('remindersSettings.numberError') : undefined,
    });
    if (!ok || !before || !late || catchUp === null || !data) return;
    save.mutate({ settings: { daysBefore: before, daysLate: late, catchUpDays: catchUp }, version: data.version });
  };
  const set = (k: F) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));

  return (
    <section aria-labelledby="reminder-settings-heading">
      <Heading level={2} data-size="sm" id="reminder-settings-heading">
        {t('remindersSettings.title')}
      </Heading>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <form onSubmit={submit} noValidate className="form">
          {saved && <SuccessAlert message={t('remindersSettings.saved')} onDismiss={() => setSaved(false)} />}
          <FormErrorSummary form={form} onReload={() => void settings.refetch()} />
          {(['daysBefore', 'daysLate', 'catchUpDays'] as const).map((k) => (
            <TextField
              key={k}
              id={form.fields[k].id}
              label={form.fields[k].label}
              description={t(`remindersSettings.${k}Help`)}
              required
              inputMode="numeric"
              value={draft[k]}
              onChange={set(k)}
              error={form.errors[k]}
            />
          ))}
          <div className="form-actions">
            <Button type="submit" disabled={save.isPending}>
              {t('save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
