// /budget/balanskrav: the municipality's result per year (from the best source: årsredovisning,
// prognos, budget) and every negative result's obligation to be restored within three years,
// shown until an årsredovisning shows it restored.
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resultSources } from '../../../core/budget/kinds.js';
import { wholeKronor } from '../../../core/budget/sheet.js';
import { usePageTitle } from '../../app/title.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { useForm } from '../../forms/useForm.js';
import { type Balance, budgetApi, exportUrl, refreshBudget, type ResultSource, useBalance } from './budgetApi.js';
import { BudgetLinks, ExcelLink, kr, Num, useBudgetYear } from './common.js';

const statusColor = { met: 'success', planned: 'info', open: 'warning', overdue: 'danger' } as const;

function ResultDialog({ balance, onDone, onClose }: { balance: Balance; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({ year: String(new Date().getFullYear()), source: 'annual_report' as ResultSource, resultKr: '', note: '' });
  const form = useForm<'year' | 'source' | 'resultKr' | 'note'>({
    year: { id: 'res-year', label: t('budgetBalance.year') },
    source: { id: 'res-source', label: t('budgetBalance.source') },
    resultKr: { id: 'res-kr', label: t('budgetBalance.result') },
    note: { id: 'res-note', label: t('budgetBalance.note') },
  });
  const existing = balance.results.find((r) => r.year === Number(v.year) && r.source === v.source);
  const save = useMutation({
    mutationFn: () =>
      budgetApi.saveResult(Number(v.year), v.source, {
        resultKr: wholeKronor(v.resultKr) as number,
        note: v.note.trim(),
        version: existing?.version,
      }),
    onSuccess: onDone,
    onError: form.fail,
  });
  const submit = () => {
    const ok = form.check({
      year: /^\d{4}$/.test(v.year) ? undefined : t('budgetBalance.yearHelp'),
      resultKr: wholeKronor(v.resultKr) === null ? t('budgetCommon.notWhole') : undefined,
    });
    if (ok && !save.isPending) save.mutate();
  };
  return (
    <FormDialog title={t('budgetBalance.addTitle')} submitLabel={t('budgetBalance.save')} form={form} onSubmit={submit} onClose={onClose}>
      <Paragraph data-size="sm">
        {existing ? t('budgetBalance.replaces', { kr: kr(existing.resultKr) }) : t('budgetBalance.addExplain')}
      </Paragraph>
      <TextField
        id={form.fields.year.id}
        label={form.fields.year.label}
        required
        inputMode="numeric"
        value={v.year}
        onChange={(year) => setV((s) => ({ ...s, year }))}
        error={form.errors.year}
      />
      <SelectField
        id={form.fields.source.id}
        label={form.fields.source.label}
        required
        value={v.source}
        onChange={(source) => setV((s) => ({ ...s, source: source as ResultSource }))}
        options={resultSources.map((s) => ({ value: s, label: t(`budgetBalance.sources.${s}`) }))}
      />
      <TextField
        id={form.fields.resultKr.id}
        label={form.fields.resultKr.label}
        required
        inputMode="numeric"
        value={v.resultKr}
        onChange={(resultKr) => setV((s) => ({ ...s, resultKr }))}
        error={form.errors.resultKr}
        description={t('budgetBalance.resultHelp')}
      />
      <TextField
        id={form.fields.note.id}
        label={form.fields.note.label}
        required={false}
        value={v.note}
        onChange={(note) => setV((s) => ({ ...s, note }))}
        error={form.errors.note}
      />
    </FormDialog>
  );
}

export function BalancePage() {
  const { t } = useTranslation();
  usePageTitle(t('budgetBalance.title'));
  const [year] = useBudgetYear();
  const q = useBalance();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const d = q.data;
  return (
    <>
      <PageHeading>{t('budgetBalance.title')}</PageHeading>
      <Paragraph>{t('budgetBalance.intro')}</Paragraph>
      <BudgetLinks year={year} />
      {notice && <SuccessAlert message={notice} onDismiss={() => setNotice(null)} />}
      {q.isPending ? (
        <Loading />
      ) : q.isError || !d ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Heading level={2} data-size="sm">
            {t('budgetBalance.obligationsHeading')}
          </Heading>
          {d.obligations.length === 0 ? (
            <Paragraph>{t('budgetBalance.noObligations')}</Paragraph>
          ) : (
            <div className="table-wrap">
              <Table className="data-table" data-size="sm">
                <caption>{t('budgetBalance.obligationsCaption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('budgetBalance.deficitYear')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="number">
                      {t('budgetBalance.deficit')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="number">
                      {t('budgetBalance.restored')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="number">
                      {t('budgetBalance.remaining')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetBalance.deadline')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetBalance.status')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {d.obligations.map((o) => (
                    <Table.Row key={o.year}>
                      <Table.HeaderCell scope="row">{o.year}</Table.HeaderCell>
                      <Num>{kr(o.deficitKr)}</Num>
                      <Num>{kr(o.restoredKr)}</Num>
                      <Num>{kr(o.remainingKr)}</Num>
                      <Table.Cell>{o.deadlineYear}</Table.Cell>
                      <Table.Cell>
                        <Tag data-size="sm" data-color={statusColor[o.status]}>
                          {t(`budgetBalance.statuses.${o.status}`, { year: o.metInYear ?? '' })}
                        </Tag>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
          <Heading level={2} data-size="sm">
            {t('budgetBalance.resultsHeading')}
          </Heading>
          <Paragraph>
            <ExcelLink href={exportUrl('balance')}>{t('budgetBalance.download')}</ExcelLink>
          </Paragraph>
          {d.canEdit && (
            <div className="button-row">
              <Button variant="secondary" onClick={() => setOpen(true)}>
                {t('budgetBalance.add')}
              </Button>
            </div>
          )}
          <div className="table-wrap">
            <Table zebra className="data-table" data-size="sm">
              <caption>{t('budgetBalance.resultsCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('budgetBalance.year')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('budgetBalance.source')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="number">
                    {t('budgetBalance.result')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('budgetBalance.counts')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('budgetBalance.note')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {d.results.map((r) => (
                  <Table.Row key={`${r.year}${r.source}`}>
                    <Table.HeaderCell scope="row">{r.year}</Table.HeaderCell>
                    <Table.Cell>{t(`budgetBalance.sources.${r.source}`)}</Table.Cell>
                    <Num>{kr(r.resultKr)}</Num>
                    <Table.Cell>
                      {d.series.some((s) => s.year === r.year && s.source === r.source) ? t('budgetBalance.countsYes') : ''}
                    </Table.Cell>
                    <Table.Cell>{r.note}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {open && (
            <ResultDialog
              balance={d}
              onClose={() => setOpen(false)}
              onDone={() => {
                setOpen(false);
                setNotice(t('budgetBalance.saved'));
                void refreshBudget(queryClient);
              }}
            />
          )}
        </>
      )}
    </>
  );
}
