// Reading a population file in the browser: SCB's PxWeb answer (JSON-stat2) or a CSV, as actual
// figures or a named forecast. "Förhandsgranska" checks the file and says what would be stored
// and replaced; "Läs in" stores it. Every refusal — a field, or a line of the file — is listed in
// the error summary, the lines linking to the file field.
import { Alert, Button, ErrorSummary, Field, Heading, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.js';
import { useErrorTitle } from '../../app/title.js';
import { FieldLabel, SelectField, TextField } from '../../components/fields.js';
import { allocationApi, allocationKeys, type PopulationImportInput, type PopulationImportResult } from './allocationApi.js';

const FIELDS = ['format', 'kind', 'series', 'region'] as const;
type Known = (typeof FIELDS)[number];
const idOf = (field: string) => (FIELDS.includes(field as Known) ? `population-${field}` : 'population-file');

export function PopulationImport({ onImported }: { onImported: (seriesKey: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<'pxweb' | 'csv'>('csv');
  const [kind, setKind] = useState<'' | 'actual' | 'forecast'>('');
  const [series, setSeries] = useState('');
  const [region, setRegion] = useState('');
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<PopulationImportResult | null>(null);
  useErrorTitle(problems.length > 0);
  const refuse = (list: { field: string; message: string }[]) => {
    setResult(null);
    setProblems(list);
    setAttempt((a) => a + 1);
  };
  const at = (field: Known | 'file') => problems.find((p) => idOf(p.field) === `population-${field}`)?.message;

  const run = useMutation({
    mutationFn: (input: PopulationImportInput) => allocationApi.importPopulation(input),
    onSuccess: async (r) => {
      setProblems([]);
      setResult(r);
      if (!r.preview) {
        await queryClient.invalidateQueries({ queryKey: allocationKeys.all });
        onImported(`${r.kind}:${r.series}`);
      }
    },
    onError: (e) =>
      refuse(
        isApiError(e) && e.fields.length ? e.fields : [{ field: 'file', message: isApiError(e) ? e.message : t('errors.unexpected') }],
      ),
  });
  const send = async (preview: boolean) => {
    if (run.isPending) return;
    const local = [
      ...(file ? [] : [{ field: 'file', message: t('allocationPopulation.chooseFile') }]),
      ...(kind === 'forecast' && !series.trim() ? [{ field: 'series', message: t('allocationPopulation.seriesMissing') }] : []),
    ];
    if (local.length || !file) return refuse(local);
    run.mutate({
      format,
      content: await file.text(),
      name: file.name,
      preview,
      ...(kind ? { kind } : {}),
      ...(series.trim() ? { series: series.trim() } : {}),
      ...(region.trim() ? { region: region.trim() } : {}),
    });
  };
  const goTo = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    document.getElementById(id)?.focus();
  };

  return (
    <section aria-labelledby="population-import-heading" className="form">
      <Heading level={2} data-size="sm" id="population-import-heading">
        {t('allocationPopulation.importHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('allocationPopulation.importIntro')}</Paragraph>
      {problems.length > 0 && (
        <ErrorSummary key={attempt} className="form-error-summary">
          <ErrorSummary.Heading level={3} data-size="xs">
            {t('allocationPopulation.refused')}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {problems.map((p) => (
              <ErrorSummary.Item key={`${p.field}${p.message}`}>
                <ErrorSummary.Link href={`#${idOf(p.field)}`} onClick={goTo(idOf(p.field))}>
                  {p.message}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <Field className="form-field">
        <Label htmlFor="population-file">
          <FieldLabel label={t('allocationPopulation.file')} required />
        </Label>
        <input
          id="population-file"
          type="file"
          accept=".json,.csv,.txt,application/json,text/csv"
          aria-invalid={at('file') ? true : undefined}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            const f = e.target.files?.[0] ?? null;
            setFile(f);
            setResult(null);
            if (f) setFormat(/\.json$/i.test(f.name) ? 'pxweb' : 'csv');
          }}
        />
        {at('file') && (
          <ValidationMessage>
            {problems.filter((p) => idOf(p.field) === 'population-file').length > 1 ? t('allocationPopulation.fileErrors') : at('file')}
          </ValidationMessage>
        )}
      </Field>
      <SelectField
        id="population-format"
        label={t('allocationPopulation.format')}
        required
        value={format}
        onChange={(v) => setFormat(v as 'pxweb' | 'csv')}
        error={at('format')}
        options={[
          { value: 'pxweb', label: t('allocationPopulation.pxweb') },
          { value: 'csv', label: 'CSV' },
        ]}
      />
      <SelectField
        id="population-kind"
        label={t('allocationPopulation.kind')}
        required={false}
        value={kind}
        onChange={(v) => setKind(v as '' | 'actual' | 'forecast')}
        error={at('kind')}
        placeholder={t('allocationPopulation.kindFromFile')}
        options={[
          { value: 'actual', label: t('allocationPopulation.actual') },
          { value: 'forecast', label: t('allocationPopulation.forecast') },
        ]}
      />
      <TextField
        id="population-series"
        label={t('allocationPopulation.seriesName')}
        description={t('allocationPopulation.seriesHelp')}
        required={kind === 'forecast'}
        value={series}
        onChange={setSeries}
        error={at('series')}
        maxLength={100}
      />
      <TextField
        id="population-region"
        label={t('allocationPopulation.region')}
        description={t('allocationPopulation.regionHelp')}
        required={false}
        value={region}
        onChange={setRegion}
        error={at('region')}
        maxLength={100}
      />
      <div className="button-row">
        <Button variant="secondary" onClick={() => void send(true)}>
          {t('allocationPopulation.preview')}
        </Button>
        <Button onClick={() => void send(false)}>{t('allocationPopulation.import')}</Button>
      </div>
      {result && (
        <Alert data-color={result.preview ? 'info' : 'success'} role="status">
          <Paragraph>
            {t(result.preview ? 'allocationPopulation.previewResult' : 'allocationPopulation.importResult', {
              stored: result.stored,
              replaced: result.replaced,
              dates: result.dates.join(', '),
              what:
                result.kind === 'actual'
                  ? t('allocationPopulation.actual')
                  : t('allocationPopulation.forecastNamed', { series: result.series }),
            })}
          </Paragraph>
        </Alert>
      )}
    </section>
  );
}
