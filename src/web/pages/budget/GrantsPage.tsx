// /budget/statsbidrag: each nämnd's register of targeted state grants, sought and not sought
// with the reason, and the overview KS reads for all nämnder.
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ErrorAlert, Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { YearSelect } from '../../components/YearSelect.js';
import { budgetApi, exportUrl, type Grant, refreshBudget, useGrants } from './budgetApi.js';
import { BudgetLinks, ExcelLink, kr, Num, useBudgetYear } from './common.js';
import { GrantDialog } from './GrantDialog.js';

export function GrantsPage() {
  const { t } = useTranslation();
  usePageTitle(t('budgetGrants.title'));
  const [year, setYear] = useBudgetYear();
  const q = useGrants(year);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Grant | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (g: Grant) => budgetApi.deleteGrant(g.id, g.version),
    onSuccess: async () => {
      setNotice(t('budgetGrants.removed'));
      await refreshBudget(queryClient);
    },
  });
  const d = q.data;
  return (
    <>
      <PageHeading>{t('budgetGrants.title')}</PageHeading>
      <Paragraph>{t('budgetGrants.intro')}</Paragraph>
      <YearSelect id="grant-year" year={year} onChange={setYear} />
      <BudgetLinks year={year} />
      {notice && <SuccessAlert message={notice} onDismiss={() => setNotice(null)} />}
      {remove.error && <ErrorAlert error={remove.error} onDismiss={() => remove.reset()} />}
      {q.isPending ? (
        <Loading />
      ) : q.isError || !d ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Heading level={2} data-size="sm">
            {t('budgetGrants.summaryHeading')}
          </Heading>
          <div className="table-wrap">
            <Table className="data-table" data-size="sm">
              <caption>{t('budgetGrants.summaryCaption', { year })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('budgetGrants.body')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="number">
                    {t('budgetGrants.appliedCount')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="number">
                    {t('budgetGrants.appliedKr')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="number">
                    {t('budgetGrants.notAppliedCount')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {d.summary.map((s) => (
                  <Table.Row key={s.orgUnitId}>
                    <Table.HeaderCell scope="row">{s.orgUnitName}</Table.HeaderCell>
                    <Num>{s.appliedCount}</Num>
                    <Num>{kr(s.appliedKr)}</Num>
                    <Num>{s.notAppliedCount}</Num>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Heading level={2} data-size="sm">
            {t('budgetGrants.registerHeading')}
          </Heading>
          <Paragraph>
            <ExcelLink href={exportUrl('grants', { year })}>{t('budgetGrants.download')}</ExcelLink>
          </Paragraph>
          {d.editableBodies.length > 0 && (
            <div className="button-row">
              <Button variant="secondary" onClick={() => setOpen('new')}>
                {t('budgetGrants.add')}
              </Button>
            </div>
          )}
          {d.items.length === 0 ? (
            <Paragraph>{t('budgetGrants.none', { year })}</Paragraph>
          ) : (
            <div className="table-wrap">
              <Table zebra className="data-table" data-size="sm">
                <caption>{t('budgetGrants.caption', { year })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('budgetGrants.name')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetGrants.body')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetGrants.authority')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetGrants.sought')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="number">
                      {t('budgetGrants.amount')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetGrants.periodOrReason')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetCommon.edit')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetCommon.remove')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {d.items.map((g) => (
                    <Table.Row key={g.id}>
                      <Table.HeaderCell scope="row">{g.name}</Table.HeaderCell>
                      <Table.Cell>{g.orgUnitName}</Table.Cell>
                      <Table.Cell>{g.authority}</Table.Cell>
                      <Table.Cell>{g.applied ? t('budgetGrants.yes') : t('budgetGrants.no')}</Table.Cell>
                      <Num>{kr(g.amountKr)}</Num>
                      <Table.Cell>{g.applied ? `${g.periodFrom} – ${g.periodTo}` : g.reasonNotApplied}</Table.Cell>
                      <Table.Cell>
                        {g.canEdit && (
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            onClick={() => setOpen(g)}
                            aria-label={t('budgetCommon.editNamed', { name: g.name })}
                          >
                            {t('budgetCommon.edit')}
                          </Button>
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        {g.canEdit && (
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            onClick={() => remove.mutate(g)}
                            aria-label={t('budgetCommon.removeNamed', { name: g.name })}
                          >
                            {t('budgetCommon.remove')}
                          </Button>
                        )}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
          {open && (
            <GrantDialog
              year={year}
              bodies={d.editableBodies}
              item={open === 'new' ? null : open}
              onClose={() => setOpen(null)}
              onDone={() => {
                setOpen(null);
                setNotice(t('budgetGrants.saved'));
                void refreshBudget(queryClient);
              }}
            />
          )}
        </>
      )}
    </>
  );
}
