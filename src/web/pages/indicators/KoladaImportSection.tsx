// "Hämta värden från Kolada" (from Kolada's API, for this KPI, the chosen areas and the last ten
// years) and "Importera fil" (a Kolada JSON answer or CSV export). Both run as a background job
// followed by JobProgress. A refused file is named line by line and field by field: the server
// checks it whole before anything is stored.
import { Button, ErrorSummary, Field, Heading, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type MouseEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.js';
import { useErrorTitle } from '../../app/title.js';
import { FieldLabel } from '../../components/fields.js';
import { currentYear } from '../../components/YearSelect.js';
import { indicatorApi, type KoladaImport } from '../../indicatorApi.js';
import { refreshKolada } from '../../indicatorQueries.js';
import { JobProgress } from './JobProgress.js';

interface Props {
  kpi: string;
  /** The municipality, the nation and the areas chosen for the comparison. */
  codes: string[];
}

const YEARS_BACK = 10;

interface Refusal {
  attempt: number;
  message: string;
  fields: { field: string; message: string }[];
}

export function KoladaImportSection({ kpi, codes }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  useErrorTitle(Boolean(refusal || fileError));
  const last = currentYear() - 1;
  const years = `${last - YEARS_BACK + 1}-${last}`;

  const start = useMutation({
    mutationFn: (input: KoladaImport) => indicatorApi.startImport(input),
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
  const onFinished = useCallback(() => void refreshKolada(queryClient), [queryClient]);

  const fetchFromApi = () => {
    if (!start.isPending) start.mutate({ source: 'api', kpis: [kpi], municipalities: codes, years });
  };
  // Remounts the summary on every failed try, so it takes focus again.
  const [attempt, setAttempt] = useState(0);
  const refuseFile = (message: string) => {
    setRefusal(null);
    setFileError(message);
    setAttempt((a) => a + 1);
  };
  const toFile = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    document.getElementById('kolada-file')?.focus();
  };
  const importFile = async () => {
    if (start.isPending) return;
    const format = file && /\.json$/i.test(file.name) ? 'json' : file && /\.csv$/i.test(file.name) ? 'csv' : null;
    if (!file) return refuseFile(t('kolada.file.choose'));
    if (!format) return refuseFile(t('kolada.file.format'));
    setFileError(null);
    start.mutate({ source: 'file', format, content: await file.text(), name: file.name });
  };

  return (
    <div className="kolada-import">
      <Heading level={3} data-size="2xs">
        {t('kolada.fetchHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('kolada.fetchIntro', { kpi, areas: codes.join(', '), years: years.replace('-', '–') })}</Paragraph>
      <div className="button-row">
        <Button variant="secondary" onClick={fetchFromApi}>
          {t('kolada.fetch')}
        </Button>
      </div>

      <Heading level={3} data-size="2xs">
        {t('kolada.file.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('kolada.file.intro')}</Paragraph>
      <Field className="form-field">
        <Label htmlFor="kolada-file">
          <FieldLabel label={t('kolada.file.label')} required />
        </Label>
        <input
          id="kolada-file"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          aria-invalid={fileError ? true : undefined}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            setFile(e.target.files?.[0] ?? null);
            setFileError(null);
          }}
        />
        {fileError && <ValidationMessage>{fileError}</ValidationMessage>}
      </Field>
      <div className="button-row">
        <Button variant="secondary" onClick={() => void importFile()}>
          {t('kolada.file.submit')}
        </Button>
      </div>

      {(refusal || fileError) && (
        <ErrorSummary key={`${refusal?.attempt ?? 0}-${attempt}`} className="form-error-summary">
          <ErrorSummary.Heading level={4} data-size="xs">
            {t('kolada.refused')}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {fileError && (
              <ErrorSummary.Item>
                <ErrorSummary.Link href="#kolada-file" onClick={toFile}>
                  {`${t('kolada.file.label')}: ${fileError}`}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            )}
            {refusal && <ErrorSummary.Item>{refusal.message}</ErrorSummary.Item>}
            {refusal?.fields.map((f) => (
              <ErrorSummary.Item key={`${f.field}-${f.message}`}>{`${f.field}: ${f.message}`}</ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {jobId && <JobProgress key={jobId} jobId={jobId} onFinished={onFinished} />}
    </div>
  );
}
