// Every chart of the app (UI.md rule 9): a heading, a one-sentence takeaway, the drawing with a
// legend that shows each series' line and marker, where the numbers come from, the same numbers
// as a table, and "Ladda ner CSV" for Excel. Series are units or Kolada areas; columns periods.
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { download, fileName, toCsv } from '../../csv.js';
import { formatValue } from '../../indicatorText.js';
import { type ChartSeries, ChartSvg, SeriesSample } from './ChartSvg.js';

export type { ChartSeries };

export interface ChartCategory {
  /** Stable key, also the period in the CSV ("2026-T1", "2024"). */
  key: string;
  /** In words, for the table: "tertial 1 2026". */
  label: string;
  /** Short, for the axis: "T1 2026". */
  short: string;
}

interface Props {
  heading: string;
  level?: 2 | 3;
  takeaway: string;
  unit: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  /** Header of the column naming the series: "Enhet", "Område". */
  seriesHeader: string;
  tableCaption: string;
  source?: string;
}

/** A value with its unit: "31,2 %", "12 veckor"; a count is just the number ("11", not "11 antal"). */
export const withUnit = (n: number | null | undefined, unit: string) =>
  n === null || n === undefined ? '' : /^(antal|st|stycken)$/i.test(unit) ? formatValue(n) : `${formatValue(n)} ${unit}`.trim();

/**
 * "Flen låg 2024 på 31,2 %, riket på 29,8 %.": every series at the latest period any series has a
 * value for, led by the first series that has one there; series without any value are named at
 * the end. Null when there is nothing to say.
 */
export function latestTakeaway(t: TFunction, categories: ChartCategory[], series: ChartSeries[], unit: string): string | null {
  const has = (s: ChartSeries, i: number) => s.values[i] !== null && s.values[i] !== undefined;
  const at = categories.findLastIndex((_, i) => series.some((s) => has(s, i)));
  const period = categories[at];
  if (at < 0 || !period) return null;
  const [lead, ...rest] = series.filter((s) => has(s, at));
  if (!lead) return null;
  const parts = [
    t('chart.takeawayFirst', { name: lead.label, period: period.label, value: withUnit(lead.values[at], unit) }),
    ...rest.map((s) => t('chart.takeawayOther', { name: s.label, value: withUnit(s.values[at], unit) })),
  ];
  const empty = series.filter((s) => s.values.every((v) => v === null));
  const missing = empty.length ? t('chart.takeawayMissing', { names: empty.map((s) => s.label).join(', ') }) : '';
  return `${parts.join(', ')}${missing}.`;
}

export function TrendChart({ heading, level = 2, takeaway, unit, categories, series, seriesHeader, tableCaption, source }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const tableId = useId();
  const hasValues = series.some((s) => s.values.some((v) => v !== null));
  const valueHeader = unit ? t('chart.valueIn', { unit }) : t('chart.value');
  const csv = () =>
    download(
      fileName(heading),
      toCsv(
        [seriesHeader, t('chart.period'), valueHeader],
        series.flatMap((s) => categories.map((c, i) => [s.label, c.key, s.values[i] ?? null])),
      ),
    );

  return (
    <section aria-labelledby={headingId} className="trend-chart">
      <Heading level={level} data-size="xs" id={headingId}>
        {heading}
      </Heading>
      <Paragraph>{takeaway}</Paragraph>
      {hasValues && (
        <figure className="trend-chart__figure">
          <ChartSvg label={`${heading}. ${takeaway}`} categories={categories} series={series} />
          <figcaption className="trend-chart__legend">
            <span className="visually-hidden">{t('chart.legend')}</span>
            <ul>
              {series.map((s, i) => (
                <li key={s.key}>
                  <SeriesSample index={i} /> {s.label}
                </li>
              ))}
            </ul>
          </figcaption>
        </figure>
      )}
      {source && (
        <Paragraph data-size="sm" className="muted">
          {source}
        </Paragraph>
      )}
      {hasValues && (
        <>
          {/* A region that scrolls sideways must be reachable by keyboard to be read. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll region of a wide table. */}
          <section className="table-scroll" aria-labelledby={tableId} tabIndex={0}>
            <Table zebra className="data-table" data-size="sm">
              <caption id={tableId}>{tableCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{seriesHeader}</Table.HeaderCell>
                  {categories.map((c) => (
                    <Table.HeaderCell scope="col" key={c.key} className="number">
                      {c.label}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {series.map((s) => (
                  <Table.Row key={s.key}>
                    <Table.HeaderCell scope="row">{s.label}</Table.HeaderCell>
                    {s.values.map((v, i) => (
                      <Table.Cell key={categories[i]?.key ?? i} className="number">
                        {v === null ? <NoValue /> : formatValue(v)}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </section>
          <div className="button-row">
            <Button variant="secondary" data-size="sm" onClick={csv}>
              {t('chart.downloadCsv')}
              <span className="visually-hidden"> {t('chart.downloadFor', { heading })}</span>
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

/** An empty cell said in words to a screen reader, a dash to the eye. */
export function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('chart.noValue')}</span>
    </>
  );
}
