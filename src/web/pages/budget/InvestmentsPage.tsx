// /budget/investeringar: the investment plan of a budget year in priority order, with the
// nämnd, the reference to the property company's plan and the amount per year, and the sums
// per year set against the investment frames.
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ErrorAlert, Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { YearSelect } from '../../components/YearSelect.js';
import { budgetApi, exportUrl, type Investment, type InvestmentList, refreshBudget, useInvestments } from './budgetApi.js';
import { BudgetLinks, ExcelLink, kr, Num, useBudgetYear } from './common.js';
import { InvestmentDialog } from './InvestmentDialog.js';

function Comparison({ data }: { data: InvestmentList }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table className="data-table" data-size="sm">
        <caption>{t('budgetInvestments.comparisonCaption', { title: data.reference?.title ?? '–' })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('budgetInvestments.year')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {t('budgetInvestments.planned')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {t('budgetInvestments.frame')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {t('budgetInvestments.left')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('budgetInvestments.assessment')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {data.total.map((c) => (
            <Table.Row key={c.year}>
              <Table.HeaderCell scope="row">{c.year}</Table.HeaderCell>
              <Num>{kr(c.plannedKr)}</Num>
              <Num>{kr(c.frameKr)}</Num>
              <Num>{kr(c.differenceKr)}</Num>
              <Table.Cell>{c.differenceKr < 0 ? t('budgetInvestments.over') : t('budgetInvestments.within')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function InvestmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('budgetInvestments.title'));
  const [year, setYear] = useBudgetYear();
  const q = useInvestments(year);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Investment | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (i: Investment) => budgetApi.deleteInvestment(i.id, i.version),
    onSuccess: async () => {
      setNotice(t('budgetInvestments.removed'));
      await refreshBudget(queryClient);
    },
  });
  const d = q.data;
  const bodies = d?.editableBodies ?? [];
  return (
    <>
      <PageHeading>{t('budgetInvestments.title')}</PageHeading>
      <Paragraph>{t('budgetInvestments.intro')}</Paragraph>
      <YearSelect id="inv-year" year={year} onChange={setYear} />
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
            {t('budgetInvestments.comparisonHeading')}
          </Heading>
          <Comparison data={d} />
          <Heading level={2} data-size="sm">
            {t('budgetInvestments.projectsHeading')}
          </Heading>
          <Paragraph>
            <ExcelLink href={exportUrl('investments', { year })}>{t('budgetInvestments.download')}</ExcelLink>
          </Paragraph>
          {bodies.length > 0 && (
            <div className="button-row">
              <Button variant="secondary" onClick={() => setOpen('new')}>
                {t('budgetInvestments.add')}
              </Button>
            </div>
          )}
          {d.items.length === 0 ? (
            <Paragraph>{t('budgetInvestments.none', { year })}</Paragraph>
          ) : (
            <div className="table-wrap">
              <Table zebra className="data-table" data-size="sm">
                <caption>{t('budgetInvestments.caption', { year })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('budgetInvestments.priority')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetInvestments.name')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetInvestments.body')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetInvestments.ref')}</Table.HeaderCell>
                    {d.years.map((y) => (
                      <Table.HeaderCell scope="col" key={y} className="number">
                        {y}
                      </Table.HeaderCell>
                    ))}
                    <Table.HeaderCell scope="col">{t('budgetCommon.edit')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('budgetCommon.remove')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {d.items.map((i) => (
                    <Table.Row key={i.id}>
                      <Num>{i.priority}</Num>
                      <Table.HeaderCell scope="row">{i.name}</Table.HeaderCell>
                      <Table.Cell>{i.orgUnitName}</Table.Cell>
                      <Table.Cell>{i.propertyPlanRef}</Table.Cell>
                      {d.years.map((y) => (
                        <Num key={y}>{kr(i.amounts.find((a) => a.year === y)?.amountKr)}</Num>
                      ))}
                      <Table.Cell>
                        {i.canEdit && (
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            onClick={() => setOpen(i)}
                            aria-label={t('budgetCommon.editNamed', { name: i.name })}
                          >
                            {t('budgetCommon.edit')}
                          </Button>
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        {i.canEdit && (
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            onClick={() => remove.mutate(i)}
                            aria-label={t('budgetCommon.removeNamed', { name: i.name })}
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
            <InvestmentDialog
              year={year}
              years={d.years}
              bodies={bodies}
              item={open === 'new' ? null : open}
              onClose={() => setOpen(null)}
              onDone={() => {
                setOpen(null);
                setNotice(t('budgetInvestments.saved'));
                void refreshBudget(queryClient);
              }}
            />
          )}
        </>
      )}
    </>
  );
}
