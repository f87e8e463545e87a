// /budget/utfall/ansvar: the ledger's responsibility codes and the units they belong to. Codes
// without a unit come first; choosing a unit and saving maps the code at once (no new import
// needed: outcome is computed from the stored ledger through the mapping).
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OrgUnit } from '../../api.js';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ErrorAlert, Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { useOrgUnits } from '../../queries.js';
import { type AnsvarMapping, actualsApi, actualsKeys } from './actualsApi.js';
import { UnitPicker } from './UnitPicker.js';

function MappingRow({ m, units, onSaved }: { m: AnsvarMapping; units: OrgUnit[]; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [unitId, setUnitId] = useState(m.orgUnitId ?? m.suggestedUnitId ?? '');
  const save = useMutation({
    mutationFn: () => actualsApi.putMapping(m.code, { orgUnitId: unitId || null, version: m.version }),
    onSuccess: async () => {
      onSaved(t('actuals.mapping.saved', { code: m.code }));
      await queryClient.invalidateQueries({ queryKey: actualsKeys.all });
    },
  });
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{m.code}</Table.HeaderCell>
      <Table.Cell>{m.name || '–'}</Table.Cell>
      <Table.Cell>
        <UnitPicker
          id={`map-${m.code}`}
          label={t('actuals.mapping.unitFor', { code: m.code })}
          units={units}
          value={unitId}
          onChange={setUnitId}
          placeholder={t('actuals.mapping.none')}
        />
        {save.error && <ErrorAlert error={save.error} onDismiss={() => save.reset()} />}
      </Table.Cell>
      <Table.Cell>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => save.mutate()}
          disabled={save.isPending || unitId === (m.orgUnitId ?? '')}
        >
          {t('actuals.mapping.save', { code: m.code })}
        </Button>
      </Table.Cell>
    </Table.Row>
  );
}

function MappingTable({
  caption,
  items,
  units,
  onSaved,
}: {
  caption: string;
  items: AnsvarMapping[];
  units: OrgUnit[];
  onSaved: (s: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <Table data-size="sm" className="actuals-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('actuals.mapping.code')}</Table.HeaderCell>
            <Table.HeaderCell>{t('actuals.mapping.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('actuals.mapping.unit')}</Table.HeaderCell>
            <Table.HeaderCell>{t('actuals.mapping.action')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((m) => (
            <MappingRow key={`${m.code}-${m.version}`} m={m} units={units} onSaved={onSaved} />
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function MappingPage() {
  const { t } = useTranslation();
  usePageTitle(t('actuals.mapping.title'));
  const list = useQuery({ queryKey: actualsKeys.mappings, queryFn: actualsApi.mappings });
  const units = useOrgUnits();
  const [notice, setNotice] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  const unmapped = items.filter((m) => !m.orgUnitId);
  const mapped = items.filter((m) => m.orgUnitId);
  return (
    <>
      <PageHeading>{t('actuals.mapping.title')}</PageHeading>
      <Paragraph>{t('actuals.mapping.intro')}</Paragraph>
      {notice && <SuccessAlert message={notice} onDismiss={() => setNotice(null)} />}
      {(list.isPending || units.isPending) && <Loading />}
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && units.data && (
        <>
          <Heading level={2} data-size="xs">
            {t('actuals.mapping.unmappedHeading', { count: unmapped.length })}
          </Heading>
          {unmapped.length ? (
            <MappingTable caption={t('actuals.mapping.unmappedCaption')} items={unmapped} units={units.data.items} onSaved={setNotice} />
          ) : (
            <Paragraph>{t('actuals.mapping.allMapped')}</Paragraph>
          )}
          <Heading level={2} data-size="xs">
            {t('actuals.mapping.mappedHeading', { count: mapped.length })}
          </Heading>
          <MappingTable caption={t('actuals.mapping.mappedCaption')} items={mapped} units={units.data.items} onSaved={setNotice} />
        </>
      )}
      <Paragraph data-size="sm">
        <RouterLink to="/budget/utfall">{t('actuals.toOutcome')}</RouterLink>
      </Paragraph>
    </>
  );
}
