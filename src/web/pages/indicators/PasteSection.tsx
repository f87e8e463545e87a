// "Klistra in från Excel": rows copied from a spreadsheet are read here, shown in a table for a
// check, and saved all together or not at all. A problem is named on its row, whether found
// here (unknown unit, not a period, not a number) or by the server ("rows.3.period").
import { Button, ErrorSummary, Heading, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.js';
import { useErrorTitle } from '../../app/title.js';
import { TextAreaField } from '../../components/fields.js';
import { type IndicatorDetail, indicatorApi } from '../../indicatorApi.js';
import { formatValue, periodText } from '../../indicatorText.js';
import { useOrgUnits } from '../../queries.js';
import { NoValue } from '../../components/chart/TrendChart.js';
import { type PastedRow, parsePaste, rowErrorIndex, toBulkRows } from './paste.js';

interface Props {
  indicator: IndicatorDetail;
  onDone: (message: string) => void;
}

interface RowError {
  line: number;
  message: string;
}

export function PasteSection({ indicator: d, onDone }: Props) {
  const { t } = useTranslation();
  const units = useOrgUnits(false);
  const [text, setText] = useState('');
  const [rows, setRows] = useState<PastedRow[] | null>(null);
  const [errors, setErrors] = useState<{ attempt: number; general: string | null; rows: RowError[] } | null>(null);
  useErrorTitle(Boolean(errors));
  const problemText = (r: PastedRow) => r.problems.map((p) => t(`paste.problem.${p}`)).join(' ');
  const show = (general: string | null, list: RowError[]) => setErrors((e) => ({ attempt: (e?.attempt ?? 0) + 1, general, rows: list }));

  const save = useMutation({
    mutationFn: (list: PastedRow[]) => indicatorApi.saveMeasurements(d.id, toBulkRows(list)),
    onSuccess: (r) => {
      setText('');
      setRows(null);
      setErrors(null);
      onDone(t('paste.saved', { count: r.rows, changed: r.changed }));
    },
    onError: (err, list) => {
      if (!isApiError(err)) return show(t('errors.unexpected'), []);
      const byRow = err.fields.flatMap((f) => {
        const at = rowErrorIndex(f.field);
        const row = at ? list[at.index] : undefined;
        return row ? [{ line: row.line, message: `${t(`paste.field.${at?.field}`, { defaultValue: at?.field })}: ${f.message}` }] : [];
      });
      show(err.message, byRow);
    },
  });

  const preview = () => {
    const parsed = parsePaste(text, units.data?.items ?? []);
    setRows(parsed);
    const bad = parsed.filter((r) => r.problems.length > 0);
    if (parsed.length === 0) show(t('paste.empty'), []);
    else if (bad.length > 0)
      show(
        null,
        bad.map((r) => ({ line: r.line, message: problemText(r) })),
      );
    else setErrors(null);
  };
  const submit = () => {
    if (!rows || save.isPending) return;
    if (rows.some((r) => r.problems.length > 0) || rows.length === 0) return preview();
    save.mutate(rows);
  };
  const serverError = (line: number) =>
    errors?.rows
      .filter((e) => e.line === line)
      .map((e) => e.message)
      .join(' ');

  return (
    <section aria-labelledby="indicator-paste">
      <Heading level={2} data-size="sm" id="indicator-paste">
        {t('paste.heading')}
      </Heading>
      <Paragraph data-size="sm">{t(d.genderSplit ? 'paste.introGender' : 'paste.intro')}</Paragraph>
      {errors && (
        <ErrorSummary key={errors.attempt} className="form-error-summary">
          <ErrorSummary.Heading level={3} data-size="xs">
            {t('paste.errorHeading')}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {errors.general && <ErrorSummary.Item>{errors.general}</ErrorSummary.Item>}
            {errors.rows.map((e) => (
              <ErrorSummary.Item key={`${e.line}-${e.message}`}>
                {t('paste.lineError', { line: e.line, message: e.message })}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <TextAreaField
        id="paste-text"
        label={t('paste.label')}
        required
        rows={5}
        value={text}
        onChange={(x) => {
          setText(x);
          setRows(null);
        }}
        description={t('paste.help')}
      />
      <div className="button-row">
        <Button variant="secondary" onClick={preview}>
          {t('paste.preview')}
        </Button>
        {rows && rows.length > 0 && <Button onClick={submit}>{t('paste.submit', { count: rows.length })}</Button>}
      </div>
      {rows && rows.length > 0 && (
        <div className="table-wrap">
          <Table zebra className="data-table" data-size="sm">
            <caption>{t('paste.caption', { count: rows.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col" className="number">
                  {t('paste.colLine')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('measurements.colUnit')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('measurements.colPeriod')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('measurements.colGender')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="number">
                  {t('measurements.colValue') + (d.unit ? ` (${d.unit})` : '')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('measurements.colComment')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('paste.colCheck')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((r) => {
                // Rows are sent only without problems of their own, so a row has one kind or the other.
                const problem = r.problems.length > 0 ? problemText(r) : serverError(r.line);
                return (
                  <Table.Row key={r.line}>
                    <Table.Cell className="number">{r.line}</Table.Cell>
                    <Table.HeaderCell scope="row">{r.orgUnitName ?? r.unitText}</Table.HeaderCell>
                    <Table.Cell>{periodText(r.period)}</Table.Cell>
                    <Table.Cell>{t(`gender.${r.gender}`)}</Table.Cell>
                    <Table.Cell className="number">{r.value === null ? <NoValue /> : formatValue(r.value)}</Table.Cell>
                    <Table.Cell>{r.comment}</Table.Cell>
                    <Table.Cell>{problem ? <ValidationMessage data-size="sm">{problem}</ValidationMessage> : t('paste.ok')}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
