// One nämnd's bridge from last year's frame to the new one: a heading, a one-sentence takeaway,
// the waterfall, and the same steps as a table with each amount and reason (the chart's alternative).
// The section has a stable id (`brygga-<org unit id>`) so the budget's frame table can link to it.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ExcelLink } from '../budget/common.js';
import { allocationExportUrl, type ScenarioDetail } from './allocationApi.js';
import { Waterfall } from './Waterfall.js';
import { formatKr } from './format.js';

type Bridge = NonNullable<ScenarioDetail['result']>['namnder'][number];

/** The element id of a nämnd's bridge on /budget/fordelningsmodell; links land on it. */
export const bridgeAnchor = (orgUnitId: string) => `brygga-${orgUnitId}`;

export function BridgeSection({ bridge, year, scenarioId }: { bridge: Bridge; year: number; scenarioId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const change = bridge.newKr - bridge.previousKr;
  const takeaway = t('allocationBridge.takeaway', {
    name: bridge.name,
    from: formatKr(bridge.previousKr),
    to: formatKr(bridge.newKr),
    change: formatKr(change, true),
    year,
  });
  const bars = [
    { key: 'previous', label: t('allocationBridge.previous', { year: year - 1 }), amountKr: bridge.previousKr, total: true },
    ...bridge.steps.map((s, i) => ({ key: `${i}`, label: t(`allocationBridge.kind.${s.kind}`), amountKr: s.amountKr })),
    { key: 'new', label: t('allocationBridge.new', { year }), amountKr: bridge.newKr, total: true },
  ];
  return (
    // tabIndex −1: a link to the bridge moves keyboard and screen-reader focus here, not only the view.
    <section id={bridgeAnchor(bridge.key)} tabIndex={-1} aria-labelledby={headingId} className="trend-chart bridge-section">
      <Heading level={3} data-size="xs" id={headingId}>
        {bridge.name}
      </Heading>
      <Paragraph>{takeaway}</Paragraph>
      <figure className="trend-chart__figure">
        <Waterfall label={`${t('allocationBridge.chartLabel', { name: bridge.name })} ${takeaway}`} bars={bars} />
        <figcaption>
          <Paragraph data-size="sm" className="muted">
            {t('allocationBridge.legend')}
          </Paragraph>
        </figcaption>
      </figure>
      <div className="table-wrap">
        <Table zebra className="data-table" data-size="sm">
          <caption>{t('allocationBridge.caption', { name: bridge.name, year })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('allocationBridge.colStep')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="number">
                {t('allocationBridge.colAmount')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('allocationBridge.colReason')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            <Table.Row>
              <Table.HeaderCell scope="row">{bars[0]?.label}</Table.HeaderCell>
              <Table.Cell className="number">{formatKr(bridge.previousKr)}</Table.Cell>
              <Table.Cell />
            </Table.Row>
            {bridge.steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a step is its place in the bridge.
              <Table.Row key={i}>
                <Table.HeaderCell scope="row">{t(`allocationBridge.kind.${s.kind}`)}</Table.HeaderCell>
                <Table.Cell className="number">{formatKr(s.amountKr, true)}</Table.Cell>
                <Table.Cell>{s.reason}</Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{bars.at(-1)?.label}</Table.HeaderCell>
              <Table.Cell className="number" data-testid={`frame-${bridge.key}`}>
                {formatKr(bridge.newKr)}
              </Table.Cell>
              <Table.Cell>{t('allocationBridge.changeOf', { change: formatKr(change, true) })}</Table.Cell>
            </Table.Row>
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="sm">
        <ExcelLink href={allocationExportUrl('bridge', { id: scenarioId, namnd: bridge.key })}>
          {t('allocationBridge.download', { name: bridge.name })}
        </ExcelLink>
      </Paragraph>
    </section>
  );
}
