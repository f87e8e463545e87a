// /budget/fordelningsmodell: the resource allocation model of a budget year and scenario — the
// population it counts with, the price tags (editable by the budget's controller), the frames per
// nämnd and, for each, the bridge from last year's frame as a chart and a table. A link ending in
// #brygga-<org unit id> (from the budget's frame table) lands on that nämnd's bridge.
import { Alert, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { ExcelLink } from '../budget/common.js';
import { allocationExportUrl, useScenario, useScenarios } from './allocationApi.js';
import { BridgeSection } from './BridgeSection.js';
import { useLandOnHash } from './landOnHash.js';
import { formatKr } from './format.js';
import { PopulationSection } from './PopulationSection.js';
import { NewScenario } from './NewScenario.js';
import { PriceTagsSection } from './PriceTagsSection.js';
import { ScenarioActions } from './ScenarioActions.js';
import { ScenarioField, YearField, useAllocationParams } from './ScenarioPicker.js';

export function AllocationPage() {
  const { t } = useTranslation();
  usePageTitle(t('allocationPage.title'));
  const [year, params, set] = useAllocationParams(['scenario']);
  const list = useScenarios(year);
  const items = list.data?.items ?? [];
  const chosen = items.find((s) => s.id === params.scenario) ?? items.find((s) => s.isBase) ?? items[0];
  const scenario = useScenario(chosen?.id ?? null);
  const [success, setSuccess] = useState<ReactNode>(null);
  const navigate = useNavigate();
  const d = scenario.data;
  useLandOnHash(useLocation().hash, !!d?.result);

  return (
    <>
      <PageHeading>{t('allocationPage.title')}</PageHeading>
      <Paragraph>{t('allocationPage.intro')}</Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('allocationPage.illustrative')}{' '}
        <Link asChild>
          <RouterLink to={`/budget/scenarier?ar=${year}`}>{t('allocationPage.toCompare')}</RouterLink>
        </Link>{' '}
        <Link asChild>
          <RouterLink to={`/budget/fordelningsmodell/befolkning?ar=${year}`}>{t('allocationPage.toPopulation')}</RouterLink>
        </Link>
      </Paragraph>
      <div className="toolbar">
        <YearField id="allocation-year" year={year} onChange={(y) => set('ar', String(y))} />
        {items.length > 0 && chosen && (
          <ScenarioField
            id="allocation-scenario"
            label={t('allocationPage.scenario')}
            items={items}
            value={chosen.id}
            onChange={(id) => set('scenario', id)}
          />
        )}
      </div>
      {success && <SuccessAlert message={success} onDismiss={() => setSuccess(null)} />}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paragraph>{t('allocationPage.none', { year })}</Paragraph>
      ) : scenario.isPending ? (
        <Loading />
      ) : scenario.isError || !d ? (
        <QueryError error={scenario.error} onRetry={() => void scenario.refetch()} />
      ) : (
        <>
          {d.problems.length > 0 && (
            <Alert data-color="warning">
              <Heading level={2} data-size="xs">
                {t('allocationPage.problems')}
              </Heading>
              <ul>
                {d.problems.map((p) => (
                  <li key={`${p.field}${p.message}`}>{p.message}</li>
                ))}
              </ul>
            </Alert>
          )}
          {d.canEdit && (
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/budget/fordelningsmodell/andra?ar=${d.budgetYear}&scenario=${d.id}`}>
                  {t('allocationPage.toEdit', { name: d.name })}
                </RouterLink>
              </Link>
            </Paragraph>
          )}
          <PopulationSection scenario={d} />
          <PriceTagsSection key={d.id} scenario={d} onSaved={(m) => setSuccess(m)} />
          {d.result && (
            <section aria-labelledby="frames-heading">
              <Heading level={2} data-size="sm" id="frames-heading">
                {t('allocationPage.frames')}
              </Heading>
              <Paragraph>
                <ExcelLink href={allocationExportUrl('scenario', { id: d.id })}>{t('allocationPage.download')}</ExcelLink>
              </Paragraph>
              <div className="table-wrap">
                <Table zebra className="data-table" data-size="sm">
                  <caption>{t('allocationPage.framesCaption', { year: d.budgetYear, scenario: d.name })}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('allocationPage.colNamnd')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="number">
                        {t('allocationPage.colPrevious', { year: d.budgetYear - 1 })}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="number">
                        {t('allocationPage.colNew', { year: d.budgetYear })}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="number">
                        {t('allocationPage.colChange')}
                      </Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {d.result.namnder.map((n) => (
                      <Table.Row key={n.key}>
                        <Table.HeaderCell scope="row">{n.name}</Table.HeaderCell>
                        <Table.Cell className="number">{formatKr(n.previousKr)}</Table.Cell>
                        <Table.Cell className="number">{formatKr(n.newKr)}</Table.Cell>
                        <Table.Cell className="number">{formatKr(n.newKr - n.previousKr, true)}</Table.Cell>
                      </Table.Row>
                    ))}
                    <Table.Row>
                      <Table.HeaderCell scope="row">{t('allocationPage.total')}</Table.HeaderCell>
                      <Table.Cell className="number">{formatKr(d.result.previousKr)}</Table.Cell>
                      <Table.Cell className="number">{formatKr(d.result.newKr)}</Table.Cell>
                      <Table.Cell className="number">{formatKr(d.result.newKr - d.result.previousKr, true)}</Table.Cell>
                    </Table.Row>
                  </Table.Body>
                </Table>
              </div>
              <Heading level={2} data-size="sm">
                {t('allocationPage.bridges')}
              </Heading>
              <Paragraph>{t('allocationPage.bridgesIntro')}</Paragraph>
              {d.result.namnder.map((n) => (
                <BridgeSection key={n.key} bridge={n} year={d.budgetYear} scenarioId={d.id} />
              ))}
            </section>
          )}
          {d.canEdit && (
            <ScenarioActions
              key={`${d.id}:${d.version}`}
              scenario={d}
              onDone={(m) => setSuccess(m)}
              onDeleted={(m) => {
                set('scenario', '');
                setSuccess(m);
              }}
            />
          )}
        </>
      )}
      {list.data?.canEdit && (
        <NewScenario
          key={`${year}:${chosen?.id ?? ''}`}
          year={year}
          items={items}
          current={chosen?.id ?? null}
          onCreated={(s) => {
            // One navigation: two search-param updates in a row would not both land.
            navigate(`/budget/fordelningsmodell?ar=${s.budgetYear}&scenario=${s.id}`, { replace: true });
            setSuccess(t('allocationPage.copied', { name: s.name }));
          }}
        />
      )}
    </>
  );
}
