// /arshjul/installningar: the municipality's settings of the annual cycle, each with the
// specification's default. Saved with the version read; the server refuses an impossible
// combination with a message at the setting it concerns. Each setting is named in the reader's
// language from calendarSettings.labels (keyed by setting); the server's Swedish label is the
// fallback for a setting the web does not know yet.
import { Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { type CycleSettingsView, calendarApi, refreshCalendar, useCycleSettings } from '../../calendarApi.js';
import { FormErrorSummary } from '../../components/FormErrorSummary.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { TextField } from '../../components/fields.js';
import { useForm } from '../../forms/useForm.js';

/** A setting's name in the reader's language. */
const labelOf = (t: TFunction, data: CycleSettingsView, key: string) =>
  t(`calendarSettings.labels.${key}`, { defaultValue: data.labels[key] ?? key });

/** A setting as text in a field: lists joined with ", ". */
const asText = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));

/** Back from text, shaped like the default: a number, a list of numbers or a list of MM-DD dates. */
function fromText(text: string, like: unknown): { value?: unknown; error?: 'number' | 'list' } {
  const n = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);
  if (typeof like === 'number') return Number.isNaN(n(text)) ? { error: 'number' } : { value: n(text) };
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (Array.isArray(like) && typeof like[0] === 'string') return { value: parts };
  const nums = parts.map(n);
  return nums.some(Number.isNaN) ? { error: 'list' } : { value: nums };
}

export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('calendarSettings.title'));
  const settings = useCycleSettings();
  // Kept here: a saved version remounts the form, which must not take the confirmation with it.
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/arshjul">{t('calendarSettings.back')}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading>{t('calendarSettings.title')}</PageHeading>
      <Paragraph>{t('calendarSettings.intro')}</Paragraph>
      {notice && <SuccessAlert message={notice} onDismiss={() => setNotice(null)} />}
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : settings.data.canEdit ? (
        <SettingsForm key={settings.data.version} data={settings.data} onReload={() => void settings.refetch()} onSaved={setNotice} />
      ) : (
        <SettingsTable data={settings.data} />
      )}
    </>
  );
}

function SettingsTable({ data }: { data: CycleSettingsView }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph data-size="sm">{t('calendarSettings.readOnly')}</Paragraph>
      <div className="table-wrap">
        <Table zebra data-size="sm" className="data-table">
          <caption>{t('calendarSettings.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('calendarSettings.setting')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('calendarSettings.value')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('calendarSettings.default')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {Object.keys(data.labels).map((k) => (
              <Table.Row key={k}>
                <Table.HeaderCell scope="row">{labelOf(t, data, k)}</Table.HeaderCell>
                <Table.Cell>{asText(data.settings[k])}</Table.Cell>
                <Table.Cell>{asText(data.defaults[k])}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </>
  );
}

function SettingsForm({ data, onReload, onSaved }: { data: CycleSettingsView; onReload: () => void; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const keys = Object.keys(data.labels);
  const [v, setV] = useState<Record<string, string>>(() => Object.fromEntries(keys.map((k) => [k, asText(data.settings[k])])));
  const form = useForm<string>(Object.fromEntries(keys.map((k) => [k, { id: `setting-${k}`, label: labelOf(t, data, k) }])));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = Object.fromEntries(keys.map((k) => [k, fromText(v[k] ?? '', data.defaults[k])]));
    const ok = form.check(
      Object.fromEntries(keys.map((k) => [k, parsed[k]?.error ? t(`calendarSettings.error.${parsed[k]?.error}`) : undefined])),
    );
    if (!ok) return;
    try {
      await calendarApi.saveSettings(Object.fromEntries(keys.map((k) => [k, parsed[k]?.value])), data.version);
      onSaved(t('calendarSettings.saved'));
      await refreshCalendar(qc);
    } catch (err) {
      form.fail(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="stack">
      <FormErrorSummary form={form} onReload={onReload} />
      {keys.map((k) => (
        <TextField
          key={k}
          id={`setting-${k}`}
          label={labelOf(t, data, k)}
          required
          value={v[k] ?? ''}
          onChange={(x) => setV((s) => ({ ...s, [k]: x }))}
          error={form.errors[k]}
          description={t('calendarSettings.defaultIs', { value: asText(data.defaults[k]) })}
        />
      ))}
      <div className="button-row">
        <Button type="submit">{t('calendarSettings.save')}</Button>
        <Button type="button" variant="secondary" onClick={() => setV(Object.fromEntries(keys.map((k) => [k, asText(data.defaults[k])])))}>
          {t('calendarSettings.useDefaults')}
        </Button>
      </div>
    </form>
  );
}
