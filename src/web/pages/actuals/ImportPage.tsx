// /budget/utfall/import: read the ledger from an SIE 4 file (or CSV). The server checks the whole
// file first: a refusal names every wrong line and its reason, and nothing is stored. Then the
// import runs as a job, followed by JobProgress until it says what changed.
import { Button, ErrorSummary, Field, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { isApiError } from '../../api.js';
import { usePageTitle, useErrorTitle } from '../../app/title.js';
import { FieldLabel } from '../../components/fields.js';
import { PageHeading } from '../../components/PageHeading.js';
import { JobProgress } from '../indicators/JobProgress.js';
import { actualsApi, actualsKeys, fileToBase64 } from './actualsApi.js';

interface Refusal {
  attempt: number;
  message: string;
  fields: { field: string; message: string }[];
}

export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('actuals.import.title'));
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  useErrorTitle(Boolean(refusal || fileError));
  const start = useMutation({
    mutationFn: async (f: File) => actualsApi.startImport({ name: f.name, contentBase64: await fileToBase64(f) }),
    onMutate: () => {
      setRefusal(null);
      setJobId(null);
    },
    onSuccess: (r) => setJobId(r.jobId),
    onError: (err) =>
      setRefusal((r) => ({
        attempt: (r?.attempt ?? 0) + 1,
        message: isApiError(err) ? err.message : t('errors.unexpected'),
        fields: isApiError(err) ? err.fields : [],
      })),
  });
  const onFinished = useCallback(() => void queryClient.invalidateQueries({ queryKey: actualsKeys.all }), [queryClient]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (start.isPending) return;
    if (!file) {
      setFileError(t('actuals.import.choose'));
      document.getElementById('ledger-file')?.focus();
      return;
    }
    setFileError(null);
    start.mutate(file);
  };

  return (
    <>
      <PageHeading>{t('actuals.import.title')}</PageHeading>
      <Paragraph>{t('actuals.import.intro')}</Paragraph>
      <Paragraph data-size="sm">{t('actuals.import.csvHelp')}</Paragraph>
      <form onSubmit={submit} noValidate>
        <Field className="form-field">
          <Label htmlFor="ledger-file">
            <FieldLabel label={t('actuals.import.file')} required />
          </Label>
          <input
            id="ledger-file"
            type="file"
            accept=".se,.si,.sie,.csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            onChange={(e: ChangeEvent<HTMLInputElement>) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
          {fileError && <ValidationMessage>{fileError}</ValidationMessage>}
        </Field>
        <div className="button-row">
          <Button type="submit" disabled={start.isPending}>
            {t('actuals.import.submit')}
          </Button>
        </div>
      </form>
      {refusal && (
        <ErrorSummary key={refusal.attempt} className="form-error-summary">
          <ErrorSummary.Heading level={2} data-size="xs">
            {t('actuals.import.refused')}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            <ErrorSummary.Item>{refusal.message}</ErrorSummary.Item>
            {refusal.fields.map((f) => (
              <ErrorSummary.Item key={`${f.field}-${f.message}`}>{`${f.field}: ${f.message}`}</ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {jobId && <JobProgress key={jobId} jobId={jobId} onFinished={onFinished} />}
      <Paragraph data-size="sm" className="button-row">
        <RouterLink to="/budget/utfall">{t('actuals.toOutcome')}</RouterLink>
        <RouterLink to="/budget/utfall/ansvar">{t('actuals.toMapping')}</RouterLink>
      </Paragraph>
    </>
  );
}
