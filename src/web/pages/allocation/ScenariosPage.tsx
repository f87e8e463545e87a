// /budget/scenarier: two scenarios of a budget year side by side — each nämnd's new frame in both
// and the difference, then per nämnd what each step kind contributes in each (B − A).
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError } from '../../components/Status.js';
import { ExcelLink } from '../budget/common.js';
import { allocationExportUrl, type Comparison, useComparison, useScenarios } from './allocationApi.js';
import { formatKr } from './format.js';
import { ScenarioField, YearField, useAllocationParams } from './ScenarioPicker.js';

function FramesTable({ c }: { c: Comparison }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra className="data-table" data-size="sm">
        <caption>{t('allocationCompare.caption', { a: c.a.name, b: c.b.name, year: c.a.budgetYear })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('allocationPage.colNamnd')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">{`A: ${c.a.name}`}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">{`B: ${c.b.name}`}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {t('allocationCompare.diff')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {c.comparison.namnder.map((n) => (
            <Table.Row key={n.key}>
              <Table.HeaderCell scope="row">{n.name}</Table.HeaderCell>
              <Table.Cell className="number">{n.aKr === null ? '' : formatKr(n.aKr)}</Table.Cell>
              <Table.Cell className="number">{n.bKr === null ? '' : formatKr(n.bKr)}</Table.Cell>
              <Table.Cell className="number">{formatKr(n.diffKr, true)}</Table.Cell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="row">{t('allocationPage.total')}</Table.HeaderCell>
            <Table.Cell className="number">{formatKr(c.comparison.aKr)}</Table.Cell>
            <Table.Cell className="number">{formatKr(c.comparison.bKr)}</Table.Cell>
            <Table.Cell className="number">{formatKr(c.comparison.diffKr, true)}</Table.Cell>
          </Table.Row>
        </Table.Body>
      </Table>
    </div>
  );
}

function StepsTable({ n, c }: { n: Comparison['comparison']['namnder'][number]; c: Comparison }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra className="data-table" data-size="sm">
        <caption>{t('allocationCompare.stepsCaption', { name: n.name })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('allocationBridge.colStep')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">{`A: ${c.a.name}`}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">{`B: ${c.b.name}`}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {t('allocationCompare.diff')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {n.steps.map((s) => (
            <Table.Row key={s.kind}>
              <Table.HeaderCell scope="row">{t(`allocationBridge.kind.${s.kind}`)}</Table.HeaderCell>
              <Table.Cell className="number">{formatKr(s.aKr, true)}</Table.Cell>
              <Table.Cell className="number">{formatKr(s.bKr, true)}</Table.Cell>
              <Table.Cell className="number">{formatKr(s.diffKr, true)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function ScenariosPage() {
  const { t } = useTranslation();
  usePageTitle(t('allocationCompare.title'));
  const [year, params, set] = useAllocationParams(['a', 'b']);
  const list = useScenarios(year);
  const items = list.data?.items ?? [];
  const a = items.find((s) => s.id === params.a) ?? items.find((s) => s.isBase) ?? items[0];
  const b = items.find((s) => s.id === params.b) ?? items.find((s) => s.id !== a?.id);
  const cmp = useComparison(a?.id ?? null, b?.id ?? null);
  const c = cmp.data;
  const differing = c?.comparison.namnder.filter((n) => n.steps.some((s) => s.diffKr !== 0)) ?? [];

  return (
    <>
      <PageHeading>{t('allocationCompare.title')}</PageHeading>
      <Paragraph>
        {t('allocationCompare.intro')}{' '}
        <Link asChild>
          <RouterLink to={`/budget/fordelningsmodell?ar=${year}`}>{t('allocationCompare.toModel')}</RouterLink>
        </Link>
      </Paragraph>
      <div className="toolbar">
        <YearField id="compare-year" year={year} onChange={(y) => set('ar', String(y))} />
        {a && <ScenarioField id="compare-a" label={t('allocationCompare.a')} items={items} value={a.id} onChange={(id) => set('a', id)} />}
        {b && <ScenarioField id="compare-b" label={t('allocationCompare.b')} items={items} value={b.id} onChange={(id) => set('b', id)} />}
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length < 2 || !a || !b ? (
        <Paragraph>{t('allocationCompare.tooFew', { year })}</Paragraph>
      ) : a.id === b.id ? (
        <Paragraph>{t('allocationCompare.same')}</Paragraph>
      ) : cmp.isPending ? (
        <Loading />
      ) : cmp.isError || !c ? (
        <QueryError error={cmp.error} onRetry={() => void cmp.refetch()} />
      ) : (
        <>
          <Heading level={2} data-size="sm">
            {t('allocationCompare.frames')}
          </Heading>
          <Paragraph>
            {t('allocationCompare.takeaway', {
              a: c.a.name,
              b: c.b.name,
              diff: formatKr(c.comparison.diffKr, true),
              count: differing.length,
            })}
          </Paragraph>
          <FramesTable c={c} />
          <Paragraph>
            <ExcelLink href={allocationExportUrl('compare', { a: c.a.id, b: c.b.id })}>{t('allocationCompare.download')}</ExcelLink>
          </Paragraph>
          <Heading level={2} data-size="sm">
            {t('allocationCompare.steps')}
          </Heading>
          {c.comparison.namnder.map((n) => (
            <section key={n.key} aria-label={n.name}>
              <Heading level={3} data-size="xs">
                {n.name}
              </Heading>
              <StepsTable n={n} c={c} />
            </section>
          ))}
        </>
      )}
    </>
  );
}
