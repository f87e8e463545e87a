// /indikatorer: the municipality's indicator catalogue. A search narrows the table; "Ny
// indikator" adds one of our own and "Lägg till från Kolada" one from Kolada's KPI catalogue.
import { Button, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type ReactNode, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { formatNumber } from '../../format.js';
import type { CatalogueItem } from '../../indicatorApi.js';
import { useCatalogue } from '../../indicatorQueries.js';
import { useMe } from '../../queries.js';
import { writesIndicators } from './access.js';
import { FromKoladaDialog } from './FromKoladaDialog.js';
import { NewIndicatorDialog } from './NewIndicatorDialog.js';

const matches = (needle: string) => (i: CatalogueItem) =>
  !needle ||
  i.name.toLocaleLowerCase('sv').includes(needle) ||
  i.unit.toLocaleLowerCase('sv').includes(needle) ||
  (i.koladaKpi ?? '').toLowerCase().includes(needle);

export function IndicatorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('indicators.title'));
  const navigate = useNavigate();
  const me = useMe();
  // The whole catalogue is fetched once and narrowed here: a few hundred rows at most.
  const list = useCatalogue('');
  const [search, setSearch] = useState('');
  const needle = useDeferredValue(search.trim().toLocaleLowerCase('sv'));
  const [open, setOpen] = useState<'new' | 'kolada' | null>(null);
  const [success, setSuccess] = useState<ReactNode>(null);
  const all = list.data?.items ?? [];
  const shown = all.filter(matches(needle));
  const created = (id: string, message: string) => {
    setOpen(null);
    void navigate(`/indikatorer/${id}`, { state: { notice: message } });
  };

  return (
    <>
      <PageHeading>{t('indicators.title')}</PageHeading>
      <Paragraph>{t('indicators.intro')}</Paragraph>
      {success && <SuccessAlert message={success} onDismiss={() => setSuccess(null)} />}
      {writesIndicators(me.data) && (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setOpen('new')}>
            {t('indicators.new')}
          </Button>
          <Button variant="secondary" onClick={() => setOpen('kolada')}>
            {t('indicators.fromKolada')}
          </Button>
        </div>
      )}
      <div className="toolbar">
        <Textfield
          label={t('indicators.search')}
          description={t('indicators.searchHelp')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="toolbar__search"
        />
      </div>
      <Paragraph role="status" data-size="sm" className="muted">
        {list.data
          ? needle
            ? t('indicators.countMatching', { count: shown.length, shown: formatNumber(shown.length), total: formatNumber(all.length) })
            : t('indicators.count', { count: all.length, total: formatNumber(all.length) })
          : ''}
      </Paragraph>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : shown.length === 0 ? (
        <Paragraph>{needle ? t('indicators.noMatches') : t('indicator.none')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra stickyHeader={shown.length > 12} className="data-table" data-size="sm">
            <caption>{t('indicators.caption', { municipality: me.data?.municipality.name ?? '' })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('indicators.colName')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('indicators.colUnit')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('indicators.colDirection')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('indicators.colFrequency')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('indicators.colSource')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.map((i) => (
                <Table.Row key={i.id}>
                  <Table.HeaderCell scope="row">
                    <Link asChild>
                      <RouterLink to={`/indikatorer/${i.id}`}>{i.name}</RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell>{i.unit}</Table.Cell>
                  <Table.Cell>{i.direction ? t(`direction.${i.direction}`) : ''}</Table.Cell>
                  <Table.Cell>{i.frequency ? t(`frequency.${i.frequency}`) : ''}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {i.koladaKpi ? t('indicator.kolada', { id: i.koladaKpi }) : t('indicators.own')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {open === 'new' && <NewIndicatorDialog onCreated={created} onClose={() => setOpen(null)} />}
      {open === 'kolada' && <FromKoladaDialog onCreated={created} onClose={() => setOpen(null)} />}
    </>
  );
}
