// "Målvärden": the targets per unit and period (a later target replaces an earlier one from its
// period on), and baselines, the starting points. "Nytt målvärde" sets one or changes it.
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '../../indicatorApi.js';
import { formatValue, periodText } from '../../indicatorText.js';
import { useMe } from '../../queries.js';
import { writesIndicators } from './access.js';
import { TargetDialog } from './TargetDialog.js';

interface Props {
  indicator: IndicatorDetail;
  onDone: (message: string) => void;
}

export function TargetsSection({ indicator: d, onDone }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const band = d.direction === 'band';
  const unit = d.unit ? ` (${d.unit})` : '';
  return (
    <section aria-labelledby="indicator-targets">
      <Heading level={2} data-size="sm" id="indicator-targets">
        {t('targets.heading')}
      </Heading>
      <Paragraph data-size="sm">{t(`targets.rule.${d.direction}`)}</Paragraph>
      {writesIndicators(me.data) && (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {t('targets.new')}
          </Button>
        </div>
      )}
      {d.targets.length === 0 ? (
        <Paragraph>{t('targets.none')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra className="data-table" data-size="sm">
            <caption>{t('targets.caption', { name: d.name })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('targets.colUnit')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('targets.colPeriod')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="number">
                  {(band ? t('targets.colLow') : t('targets.colValue')) + unit}
                </Table.HeaderCell>
                {band && (
                  <Table.HeaderCell scope="col" className="number">
                    {t('targets.colHigh') + unit}
                  </Table.HeaderCell>
                )}
                <Table.HeaderCell scope="col">{t('targets.colKind')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {d.targets.map((x) => (
                <Table.Row key={x.id}>
                  <Table.HeaderCell scope="row">{x.orgUnitName}</Table.HeaderCell>
                  <Table.Cell>{periodText(x.period)}</Table.Cell>
                  <Table.Cell className="number">{formatValue(x.value)}</Table.Cell>
                  {band && <Table.Cell className="number">{formatValue(x.valueHigh)}</Table.Cell>}
                  <Table.Cell>
                    {x.isBaseline ? (
                      <Tag data-size="sm" data-color="neutral">
                        {t('targets.baseline')}
                      </Tag>
                    ) : (
                      t('targets.target')
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {open && (
        <TargetDialog
          indicator={d}
          onDone={(m) => {
            setOpen(false);
            onDone(m);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  );
}
