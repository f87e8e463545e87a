// Role assignments as a table, seen from a unit (who holds roles here) or from a person
// (where they hold roles). Ended assignments stay, marked "Avslutad" in words.
import { Button, Link, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { RoleAssignment } from '../api.js';
import { formatDate } from '../format.js';
import { today } from '../forms/useForm.js';

interface Props {
  caption: string;
  rows: RoleAssignment[];
  /** "unit": the first column is the person; "person": it is the unit. */
  by: 'unit' | 'person';
  /** Shown only to those who may end roles; absent otherwise. */
  onEnd?: (a: RoleAssignment) => void;
}

export function RolesTable({ caption, rows, by, onEnd }: Props) {
  const { t } = useTranslation();
  const now = today();
  return (
    <div className="table-wrap">
      <Table zebra className="data-table" data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{by === 'unit' ? t('roles.colName') : t('roles.colUnit')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('roles.colRole')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('roles.colTitle')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('roles.colFrom')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('roles.colTo')}</Table.HeaderCell>
            {onEnd && <Table.HeaderCell scope="col">{t('roles.colAction')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((a) => {
            const ended = a.validTo !== null && a.validTo <= now;
            const who = by === 'unit' ? a.personName : a.orgUnitName;
            return (
              <Table.Row key={a.id}>
                <Table.HeaderCell scope="row">
                  <Link asChild>
                    <RouterLink to={by === 'unit' ? `/personer/${a.personId}` : `/organisation/${a.orgUnitId}`}>{who}</RouterLink>
                  </Link>
                </Table.HeaderCell>
                <Table.Cell>{t(`roles.${a.role}`)}</Table.Cell>
                <Table.Cell>{a.title ?? ''}</Table.Cell>
                <Table.Cell>{formatDate(a.validFrom)}</Table.Cell>
                <Table.Cell>
                  {a.validTo ? (
                    <>
                      {formatDate(a.validTo)}{' '}
                      {ended && (
                        <Tag data-size="sm" data-color="neutral">
                          {t('status.ended')}
                        </Tag>
                      )}
                    </>
                  ) : (
                    t('roles.untilFurther')
                  )}
                </Table.Cell>
                {onEnd && (
                  <Table.Cell>
                    {!a.validTo && (
                      <Button variant="tertiary" data-size="sm" onClick={() => onEnd(a)}>
                        {t('roles.end')}
                        <span className="visually-hidden"> {t('roles.endWhich', { who, role: t(`roles.${a.role}`) })}</span>
                      </Button>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
