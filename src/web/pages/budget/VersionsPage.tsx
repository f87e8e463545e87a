// /budget/versioner: the difference between any two budget versions (of this budget year or
// the one before) per nämnd, kind and year: from, to and the change, with the sums.
import { Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { frameKinds } from '../../../core/budget/kinds.js';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError } from '../../components/Status.js';
import { YearSelect } from '../../components/YearSelect.js';
import { type Diff, exportUrl, useDiff, useVersions } from './budgetApi.js';
import { BudgetLinks, ExcelLink, kr, Num, useBudgetYear } from './common.js';

function DiffTables({ diff }: { diff: Diff }) {
  const { t } = useTranslation();
  return (
    <>
      {frameKinds
        .filter((k) => diff.rows.some((r) => r.kind === k))
        .map((kind) => (
          <div className="table-wrap" key={kind}>
            <Table zebra className="data-table" data-size="sm">
              <caption>
                {t('budgetDiff.caption', { kind: t(`budgetCommon.kind.${kind}`), from: diff.from.title, to: diff.to.title })}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('budgetFrames.body')}</Table.HeaderCell>
                  {diff.years.flatMap((y) => [
                    <Table.HeaderCell scope="col" key={`${y}f`} className="number">
                      {t('budgetDiff.from', { year: y })}
                    </Table.HeaderCell>,
                    <Table.HeaderCell scope="col" key={`${y}t`} className="number">
                      {t('budgetDiff.to', { year: y })}
                    </Table.HeaderCell>,
                    <Table.HeaderCell scope="col" key={`${y}c`} className="number">
                      {t('budgetDiff.change', { year: y })}
                    </Table.HeaderCell>,
                  ])}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {[...diff.rows.filter((r) => r.kind === kind), ...diff.totals.filter((r) => r.kind === kind)].map((r, i) => (
                  <Table.Row key={r.orgUnitId || `sum${i}`}>
                    <Table.HeaderCell scope="row">{r.orgUnitId ? r.orgUnitName : t('budgetCommon.sum')}</Table.HeaderCell>
                    {r.cells.flatMap((c) => [
                      <Num key={`${c.year}f`}>{kr(c.fromKr)}</Num>,
                      <Num key={`${c.year}t`}>{kr(c.toKr)}</Num>,
                      <Num key={`${c.year}c`}>{c.changeKr > 0 ? `+${kr(c.changeKr)}` : kr(c.changeKr)}</Num>,
                    ])}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        ))}
    </>
  );
}

export function VersionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('budgetDiff.title'));
  const [year, setYear] = useBudgetYear();
  const [params, setParams] = useSearchParams();
  const thisYear = useVersions(year);
  const lastYear = useVersions(year - 1);
  const options = [...(lastYear.data?.versions ?? []), ...(thisYear.data?.versions ?? [])];
  const versions = thisYear.data?.versions ?? [];
  const from = params.get('fran') ?? versions[0]?.id ?? '';
  const to = params.get('till') ?? thisYear.data?.referenceId ?? '';
  const diff = useDiff(from, to);
  const choose = (k: 'fran' | 'till') => (id: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set(k, id);
        return next;
      },
      { replace: true },
    );
  const picker = (id: string, label: string, value: string, k: 'fran' | 'till') => (
    <Field className="year-select">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(e) => choose(k)(e.target.value)}>
        {options.map((v) => (
          <Select.Option key={v.id} value={v.id}>
            {`${v.title} (${v.budgetYear})`}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
  return (
    <>
      <PageHeading>{t('budgetDiff.title')}</PageHeading>
      <Paragraph>{t('budgetDiff.intro')}</Paragraph>
      <YearSelect id="diff-year" year={year} onChange={setYear} />
      <BudgetLinks year={year} />
      {thisYear.isPending ? (
        <Loading />
      ) : thisYear.isError ? (
        <QueryError error={thisYear.error} />
      ) : options.length === 0 ? (
        <Paragraph>{t('budgetPage.noVersions', { year })}</Paragraph>
      ) : (
        <>
          <div className="toolbar">
            {picker('diff-from', t('budgetDiff.fromLabel'), from, 'fran')}
            {picker('diff-to', t('budgetDiff.toLabel'), to, 'till')}
          </div>
          <Heading level={2} data-size="sm">
            {t('budgetDiff.heading')}
          </Heading>
          {diff.data && (
            <Paragraph>
              <ExcelLink href={exportUrl('diff', { from, to })}>{t('budgetDiff.download')}</ExcelLink>
            </Paragraph>
          )}
          {diff.isPending ? <Loading /> : diff.isError ? <QueryError error={diff.error} /> : <DiffTables diff={diff.data} />}
        </>
      )}
    </>
  );
}
