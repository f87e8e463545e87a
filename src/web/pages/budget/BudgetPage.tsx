// /budget: a budget year's versions (June underlag, August proposal, KF's budget, amendments)
// and one version's frames per nämnd for the budget year and three plan years, with editing of
// a draft, deciding it, Excel out and in, and links to the rest of the budget.
import { Button, Heading, Link, List, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { YearSelect } from '../../components/YearSelect.js';
import { type BudgetVersion, exportUrl, refreshBudget, uploadSheet, useVersion, useVersions } from './budgetApi.js';
import { BudgetLinks, ExcelLink, ExcelUpload, useBudgetYear } from './common.js';
import { FramesEditor } from './FramesEditor.js';
import { FramesTable } from './FramesTable.js';
import { FromScenarioDialog } from './FromScenarioDialog.js';
import { DecideDialog, NewVersionDialog } from './VersionDialogs.js';

function VersionsTable({ versions, selected, year }: { versions: BudgetVersion[]; selected: string | null; year: number }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra className="data-table" data-size="sm">
        <caption>{t('budgetPage.versionsCaption', { year })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('budgetPage.colVersion')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('budgetPage.colKind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('budgetPage.colStatus')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('budgetPage.colDecision')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {versions.map((v) => (
            <Table.Row key={v.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/budget?ar=${year}&version=${v.id}`} aria-current={v.id === selected ? 'true' : undefined}>
                    {v.title}
                  </RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{t(`budgetCommon.versionKind.${v.kind}`)}</Table.Cell>
              <Table.Cell>
                <Tag data-size="sm" data-color={v.status === 'draft' ? 'warning' : 'neutral'}>
                  {t(`budgetCommon.status.${v.status}`)}
                </Tag>{' '}
                {v.inForce && (
                  <Tag data-size="sm" data-color="success">
                    {t('budgetPage.inForce')}
                  </Tag>
                )}
              </Table.Cell>
              <Table.Cell>{v.decidedOn ? [v.decidedOn, v.decidedBy, v.diarienummer].filter(Boolean).join(', ') : ''}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function BudgetPage() {
  const { t } = useTranslation();
  usePageTitle(t('budgetPage.title'));
  const queryClient = useQueryClient();
  const [year, setYear] = useBudgetYear();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const list = useVersions(year);
  const chosen = params.get('version');
  const selectedId = list.data?.versions.some((v) => v.id === chosen) ? chosen : (list.data?.referenceId ?? null);
  const detail = useVersion(selectedId);
  const [dialog, setDialog] = useState<'new' | 'fromScenario' | 'decide' | 'edit' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = async (message: string) => {
    setDialog(null);
    setNotice(message);
    await refreshBudget(queryClient);
  };
  const d = detail.data;

  return (
    <>
      <PageHeading>{t('budgetPage.title')}</PageHeading>
      <Paragraph>{t('budgetPage.intro')}</Paragraph>
      <YearSelect id="budget-year" year={year} onChange={setYear} />
      <BudgetLinks year={year} />
      <Paragraph data-size="sm">{t('budgetPage.moreIntro')}</Paragraph>
      <List.Unordered>
        <List.Item>
          <Link asChild>
            <RouterLink to="/budget/fordelningsmodell">{t('budgetPage.linkAllocation')}</RouterLink>
          </Link>
        </List.Item>
        <List.Item>
          <Link asChild>
            <RouterLink to="/budget/scenarier">{t('budgetPage.linkScenarios')}</RouterLink>
          </Link>
        </List.Item>
        <List.Item>
          <Link asChild>
            <RouterLink to="/budget/utfall">{t('budgetPage.linkActuals')}</RouterLink>
          </Link>
        </List.Item>
      </List.Unordered>
      {notice && <SuccessAlert message={notice} onDismiss={() => setNotice(null)} />}

      <Heading level={2} data-size="sm">
        {t('budgetPage.versionsHeading', { year })}
      </Heading>
      {list.data?.canEdit && (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setDialog('new')}>
            {t('budgetPage.newVersion')}
          </Button>
          <Button variant="secondary" onClick={() => setDialog('fromScenario')}>
            {t('budgetFromScenario.open')}
          </Button>
        </div>
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.versions.length === 0 ? (
        <Paragraph>{t('budgetPage.noVersions', { year })}</Paragraph>
      ) : (
        <VersionsTable versions={list.data.versions} selected={selectedId} year={year} />
      )}

      {d && (
        <section aria-labelledby="frames-heading">
          <Heading level={2} data-size="sm" id="frames-heading">
            {t('budgetPage.framesHeading', { title: d.version.title })}
          </Heading>
          <Paragraph data-size="sm">{t('budgetPage.framesExplain')}</Paragraph>
          <div className="button-row">
            {d.canEdit && dialog !== 'edit' && <Button onClick={() => setDialog('edit')}>{t('budgetPage.editFrames')}</Button>}
            {d.canEdit && (
              <Button variant="secondary" onClick={() => setDialog('decide')}>
                {t('budgetPage.decide')}
              </Button>
            )}
          </div>
          <Paragraph>
            <ExcelLink href={exportUrl('frames', { versionId: d.version.id })}>{t('budgetPage.downloadFrames')}</ExcelLink>
          </Paragraph>
          {dialog === 'edit' ? (
            <FramesEditor detail={d} onDone={() => void done(t('budgetPage.framesSaved'))} onCancel={() => setDialog(null)} />
          ) : (
            <FramesTable detail={d} />
          )}
          {d.canEdit && (
            <ExcelUpload
              label={t('budgetPage.uploadFrames')}
              help={t('budgetPage.uploadFramesHelp')}
              send={(file) => uploadSheet(`/budget/versions/${d.version.id}/frames/import`, file, { version: d.version.version })}
              onDone={() => void done(t('budgetPage.framesSaved'))}
            />
          )}
        </section>
      )}
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {dialog === 'new' && (
        <NewVersionDialog
          year={year}
          onClose={() => setDialog(null)}
          onDone={(v) => {
            void navigate(`/budget?ar=${year}&version=${v.id}`);
            void done(t('budgetPage.created', { title: v.title }));
          }}
        />
      )}
      {dialog === 'fromScenario' && list.data && (
        <FromScenarioDialog
          year={year}
          versions={list.data.versions}
          onClose={() => setDialog(null)}
          onDone={(v) => {
            void navigate(`/budget?ar=${year}&version=${v.id}`);
            void done(t('budgetPage.created', { title: v.title }));
          }}
        />
      )}
      {dialog === 'decide' && d && (
        <DecideDialog
          version={d.version}
          onClose={() => setDialog(null)}
          onReload={() => void refreshBudget(queryClient)}
          onDone={() => void done(t('budgetPage.decided'))}
        />
      )}
    </>
  );
}
