// Import of a sammanträdesplan: a CSV or iCalendar file (or pasted text). The server checks the
// whole file first; when it refuses, every line's error is listed here and nothing is stored.
import { Alert, Button, Field, Heading, Label, ListItem, Paragraph, ListUnordered } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.js';
import { calendarApi } from '../../calendarApi.js';
import { SelectField, TextAreaField } from '../../components/fields.js';

export function MeetingImport({ year, onDone }: { year: number; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<'csv' | 'ical'>('csv');
  const [content, setContent] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setContent(await file.text());
    if (/\.ics$/i.test(file.name)) setFormat('ical');
    if (/\.(csv|txt)$/i.test(file.name)) setFormat('csv');
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await calendarApi.importMeetings({ year, format, content });
      setContent('');
      const moved = r.tasksMoved ? ` ${t('calendarMeetings.tasksMoved', { count: r.tasksMoved })}` : '';
      onDone(t('calendarMeetings.imported', { read: r.read, added: r.added, updated: r.updated, unchanged: r.unchanged }) + moved);
    } catch (err) {
      setError(err);
    }
  };
  const fields = isApiError(error) ? error.fields : [];
  return (
    <section aria-labelledby="import-meetings">
      <Heading level={2} data-size="sm" id="import-meetings">
        {t('calendarMeetings.import')}
      </Heading>
      <Paragraph data-size="sm">{t('calendarMeetings.importHelp', { year })}</Paragraph>
      <form onSubmit={(e) => void submit(e)} noValidate className="stack">
        {error !== null && (
          <Alert data-color="danger" ref={errorRef} tabIndex={-1}>
            <Paragraph>{isApiError(error) ? error.message : t('errors.unexpected')}</Paragraph>
            {fields.length > 1 && (
              <ListUnordered>
                {fields.map((f) => (
                  <ListItem key={`${f.field}${f.message}`}>{`${f.field}: ${f.message}`}</ListItem>
                ))}
              </ListUnordered>
            )}
          </Alert>
        )}
        <SelectField
          id="import-format"
          label={t('calendarMeetings.format')}
          required
          value={format}
          onChange={(v) => setFormat(v === 'ical' ? 'ical' : 'csv')}
          options={[
            { value: 'csv', label: t('calendarMeetings.formatCsv') },
            { value: 'ical', label: t('calendarMeetings.formatIcal') },
          ]}
        />
        <Field>
          <Label htmlFor="import-file">{t('calendarMeetings.file')}</Label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.txt,.ics,text/csv,text/calendar"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </Field>
        <TextAreaField
          id="import-content"
          label={t('calendarMeetings.content')}
          required
          value={content}
          onChange={setContent}
          rows={6}
          description={t('calendarMeetings.contentHelp')}
        />
        <div className="button-row">
          <Button type="submit">{t('calendarMeetings.importButton')}</Button>
        </div>
      </form>
    </section>
  );
}
