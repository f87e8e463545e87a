// The unit page's tables of sub-units and placement history.
import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OrgUnit, Placement } from '../../api.js';
import { formatDate } from '../../format.js';

export function ChildrenTable({ caption, units }: { caption: string; units: OrgUnit[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra className="data-table" data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('unit.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('unit.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('unit.shortName')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('unit.openedOn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('unit.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {units.map((u) => (
            <Table.Row key={u.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/organisation/${u.id}`}>{u.name}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{t(`kinds.${u.kind}`)}</Table.Cell>
              <Table.Cell>{u.shortName ?? ''}</Table.Cell>
              <Table.Cell>{formatDate(u.openedOn)}</Table.Cell>
              <Table.Cell>
                {u.closedOn ? (
                  <Tag data-size="sm" data-color="neutral">
                    {t('status.closedOn', { date: formatDate(u.closedOn) })}
                  </Tag>
                ) : (
                  t('status.open')
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function PlacementsTable({ caption, placements }: { caption: string; placements: Placement[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra className="data-table" data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('placements.parent')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('placements.from')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('placements.to')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {placements.map((p) => (
            <Table.Row key={`${p.parentId ?? 'root'}-${p.validFrom}`}>
              <Table.HeaderCell scope="row">
                {p.parentId ? (
                  <Link asChild>
                    <RouterLink to={`/organisation/${p.parentId}`}>{p.parentName ?? p.parentId}</RouterLink>
                  </Link>
                ) : (
                  t('placements.root')
                )}
              </Table.HeaderCell>
              <Table.Cell>{formatDate(p.validFrom)}</Table.Cell>
              <Table.Cell>{p.validTo ? formatDate(p.validTo) : t('roles.untilFurther')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
