// "Utfall": every value per unit, period and (when split) gender, with its comment, where it came
// from and who changed it when. "Registrera värde" enters one; "Ändra" changes one; "Historik"
// shows every earlier version of a value.
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format.js';
import type { IndicatorDetail, Measurement } from '../../indicatorApi.js';
import { formatValue, periodText } from '../../indicatorText.js';
import { NoValue } from '../../components/chart/TrendChart.js';
import { MeasurementDialog } from './MeasurementDialog.js';
import { MeasurementHistory } from './MeasurementHistory.js';

interface Props {
  indicator: IndicatorDetail;
  onDone: (message: string) => void;
  onReload: () => void;
}

type Open = { kind: 'new' } | { kind: 'edit'; value: Measurement } | null;

export function MeasurementsSection({ indicator: d, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const rows = d.measurements;
  const unit = d.unit ? ` (${d.unit})` : '';
  const finish = (m: string) => {
    setOpen(null);
    onDone(m);
  };
  return (
    <section aria-labelledby="indicator-values">
      <Heading level={2} data-size="sm" id="indicator-values">
        {t('measurements.heading')}
      </Heading>
      <div className="button-row">
        <Button variant="secondary" onClick={() => setOpen({ kind: 'new' })}>
          {t('measurements.new')}
        </Button>
      </div>
      {rows.length === 0 ? (
        <Paragraph>{t('measurements.none')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra stickyHeader={rows.length > 12} className="data-table" data-size="sm">
            <caption>{t('measurements.caption', { name: d.name })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('measurements.colUnit')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('measurements.colPeriod')}</Table.HeaderCell>
                {d.genderSplit && <Table.HeaderCell scope="col">{t('measurements.colGender')}</Table.HeaderCell>}
                <Table.HeaderCell scope="col" className="number">
                  {t('measurements.colValue') + unit}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('measurements.colComment')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('measurements.colSource')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('measurements.colChanged')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('measurements.colAction')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('measurements.colHistory')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((m) => {
                const which = t('measurements.which', { unit: m.orgUnitName, period: periodText(m.period) });
                return (
                  <Table.Row key={m.id}>
                    <Table.HeaderCell scope="row">{m.orgUnitName}</Table.HeaderCell>
                    <Table.Cell className="nowrap">{periodText(m.period)}</Table.Cell>
                    {d.genderSplit && <Table.Cell>{t(`gender.${m.gender}`)}</Table.Cell>}
                    <Table.Cell className="number">{m.value === null ? <NoValue /> : formatValue(m.value)}</Table.Cell>
                    <Table.Cell>{m.comment}</Table.Cell>
                    <Table.Cell>{t(`source.${m.source}`, { defaultValue: m.source })}</Table.Cell>
                    <Table.Cell>
                      {m.updatedBy ?? t('measurements.system')}, <span className="nowrap">{formatDateTime(m.updatedAt)}</span>
                    </Table.Cell>
                    <Table.Cell>
                      <Button variant="tertiary" data-size="sm" onClick={() => setOpen({ kind: 'edit', value: m })}>
                        {t('measurements.edit')}
                        <span className="visually-hidden"> {which}</span>
                      </Button>
                    </Table.Cell>
                    <Table.Cell>
                      <MeasurementHistory measurement={m} label={which} />
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      {open && (
        <MeasurementDialog
          indicator={d}
          value={open.kind === 'edit' ? open.value : undefined}
          onDone={finish}
          onClose={() => setOpen(null)}
          onReload={() => {
            setOpen(null);
            onReload();
          }}
        />
      )}
    </section>
  );
}
