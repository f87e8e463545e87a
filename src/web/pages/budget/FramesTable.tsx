// One version's frames: a table per kind (drift, investering, ägartillskott) with a row per
// body and a column per year, and the sum. A nämnd's name leads to its internal distribution.
// A version made from an allocation scenario also shows, per nämnd, the scenario's frame now
// and a link to the nämnd's bridge in the model: the explanation of where the frame came from.
import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { frameKinds } from '../../../core/budget/kinds.js';
import { bridgeAnchor } from '../allocation/BridgeSection.js';
import type { ScenarioSource, VersionDetail } from './budgetApi.js';
import { kr, Num } from './common.js';

const bridgeUrl = (s: ScenarioSource) => `/budget/fordelningsmodell?ar=${s.budgetYear}&scenario=${s.id}`;

function ScenarioNote({ scenario }: { scenario: ScenarioSource }) {
  const { t } = useTranslation();
  const args = { name: scenario.name, year: scenario.budgetYear, version: scenario.version };
  if (!scenario.id) return <Paragraph data-size="sm">{t('budgetFromScenario.sourceRemoved', args)}</Paragraph>;
  return (
    <Paragraph data-size="sm">
      {t('budgetFromScenario.source', args)} {scenario.changed ? t('budgetFromScenario.changed') : t('budgetFromScenario.unchanged')}{' '}
      <Link asChild>
        <RouterLink to={bridgeUrl(scenario)}>{t('budgetFromScenario.openScenario', args)}</RouterLink>
      </Link>
    </Paragraph>
  );
}

export function FramesTable({ detail }: { detail: VersionDetail }) {
  const { t } = useTranslation();
  const { years, frames, bodies, version } = detail;
  const scenario = detail.scenario?.id ? detail.scenario : null;
  const fromScenario = new Map((scenario?.frames ?? []).map((f) => [f.orgUnitId, f.newKr]));
  const amount = (bodyId: string, kind: string, year: number) =>
    frames.find((f) => f.orgUnitId === bodyId && f.kind === kind && f.year === year)?.amountKr;
  return (
    <>
      {detail.scenario && <ScenarioNote scenario={detail.scenario} />}
      {frameKinds
        .filter((kind) => frames.some((f) => f.kind === kind))
        .map((kind) => {
          const rows = bodies.filter((b) => frames.some((f) => f.orgUnitId === b.id && f.kind === kind));
          const bridges = kind === 'operating' && scenario !== null;
          return (
            <div className="table-wrap" key={kind}>
              <Table zebra className="data-table" data-size="sm">
                <caption>{t('budgetFrames.caption', { kind: t(`budgetCommon.kind.${kind}`), title: version.title })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('budgetFrames.body')}</Table.HeaderCell>
                    {years.map((y, i) => (
                      <Table.HeaderCell scope="col" key={y} className="number">
                        {i === 0 ? t('budgetFrames.budgetYear', { year: y }) : t('budgetFrames.planYear', { year: y })}
                      </Table.HeaderCell>
                    ))}
                    {bridges && (
                      <>
                        <Table.HeaderCell scope="col" className="number">
                          {t('budgetFromScenario.colScenario', { year: version.budgetYear })}
                        </Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('budgetFromScenario.colBridge')}</Table.HeaderCell>
                      </>
                    )}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {rows.map((b) => (
                    <Table.Row key={b.id}>
                      <Table.HeaderCell scope="row">
                        {kind === 'operating' ? (
                          <Link asChild>
                            <RouterLink to={`/budget/fordelning/${b.id}?ar=${version.budgetYear}`}>{b.name}</RouterLink>
                          </Link>
                        ) : (
                          b.name
                        )}
                      </Table.HeaderCell>
                      {years.map((y) => (
                        <Num key={y}>{kr(amount(b.id, kind, y))}</Num>
                      ))}
                      {bridges && scenario && (
                        <>
                          <Num>{kr(fromScenario.get(b.id))}</Num>
                          <Table.Cell>
                            {fromScenario.has(b.id) && (
                              <Link asChild>
                                <RouterLink to={`${bridgeUrl(scenario)}#${bridgeAnchor(b.id)}`}>
                                  {t('budgetFromScenario.bridgeLink', { name: b.name })}
                                </RouterLink>
                              </Link>
                            )}
                          </Table.Cell>
                        </>
                      )}
                    </Table.Row>
                  ))}
                  <Table.Row>
                    <Table.HeaderCell scope="row">{t('budgetCommon.sum')}</Table.HeaderCell>
                    {years.map((y, i) => (
                      <Num key={y}>{kr(detail.totals[kind][i])}</Num>
                    ))}
                    {bridges && (
                      <>
                        <Num>{kr(rows.reduce((sum, b) => sum + (fromScenario.get(b.id) ?? 0), 0))}</Num>
                        <Table.Cell />
                      </>
                    )}
                  </Table.Row>
                </Table.Body>
              </Table>
            </div>
          );
        })}
    </>
  );
}
