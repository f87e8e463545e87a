// Every version of a plan, newest first; each readable, the one on screen marked as such.
import { Link, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PlanStatusTag } from '../../components/PlanTags.js';
import { formatDate } from '../../format.js';
import type { Plan } from '../../planApi.js';

export function VersionsTable({ plan, versions }: { plan: Plan; versions: Plan[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra className="data-table" data-size="sm">
        <caption>{t('plan.versionsCaption', { title: plan.title })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('plan.version')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plan.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plan.decidedOn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plan.decidedBy')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plan.diarienummer')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {versions.map((v) => (
            <Table.Row key={v.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/planer/${v.id}`} aria-current={v.id === plan.id ? 'page' : undefined}>
                    {t('plan.versionN', { n: v.versionNo })}
                  </RouterLink>
                </Link>
                {v.id === plan.id && <span className="muted"> {t('plan.thisVersion')}</span>}
              </Table.HeaderCell>
              <Table.Cell>
                <PlanStatusTag status={v.status} />
              </Table.Cell>
              <Table.Cell className="nowrap">{formatDate(v.decidedOn)}</Table.Cell>
              <Table.Cell>{v.decidedBy ?? ''}</Table.Cell>
              <Table.Cell>{v.diarienummer ?? ''}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
