// /budget/fordelning/:namndId: a nämnd's internal distribution of its operating frame down to
// enhet level. Each level's sum and each unit's children are set against what is above them;
// the difference is shown as "ej fördelat". The nämnd's controller edits it, here or in Excel.
import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { wholeKronor } from '../../../core/budget/sheet.js';
import { useErrorTitle, usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ErrorAlert, Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { YearSelect } from '../../components/YearSelect.js';
import { budgetApi, type Distribution, exportUrl, refreshBudget, uploadSheet, useDistribution } from './budgetApi.js';
import { BudgetLinks, ExcelLink, ExcelUpload, kr, Num, useBudgetYear } from './common.js';

const undistributed = (n: number | null) => (n === null ? '' : kr(n));

function Levels({ d }: { d: Distribution }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table className="data-table" data-size="sm">
        <caption>{t('budgetDistribution.levelsCaption', { body: d.body.name, year: d.budgetYear })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('budgetDistribution.level')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {t('budgetDistribution.sum')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {t('budgetDistribution.undistributed')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          <Table.Row>
            <Table.HeaderCell scope="row">{t('budgetDistribution.frame')}</Table.HeaderCell>
            <Num>{d.frameKr === null ? t('budgetDistribution.noFrame') : kr(d.frameKr)}</Num>
            <Num>{undistributed(d.undistributedKr)}</Num>
          </Table.Row>
          {d.levels.map((l) => (
            <Table.Row key={l.kind}>
              <Table.HeaderCell scope="row">{t(`budgetDistribution.kind.${l.kind}`)}</Table.HeaderCell>
              <Num>{kr(l.sumKr)}</Num>
              <Num>{undistributed(l.undistributedKr)}</Num>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function Tree({
  d,
  values,
  onChange,
  invalid,
}: {
  d: Distribution;
  values: Record<string, string> | null;
  onChange: (id: string, v: string) => void;
  invalid: Set<string>;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra className="data-table" data-size="sm">
        <caption>{t('budgetDistribution.treeCaption', { body: d.body.name, year: d.budgetYear })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('budgetDistribution.unit')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('budgetDistribution.level')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {t('budgetDistribution.amount')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {t('budgetDistribution.below')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {t('budgetDistribution.undistributed')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {d.nodes.map((n) => (
            <Table.Row key={n.id}>
              <Table.HeaderCell scope="row" style={{ paddingInlineStart: `${0.5 + n.depth * 1.25}rem` }}>
                {n.name}
              </Table.HeaderCell>
              <Table.Cell>{t(`budgetDistribution.kind.${n.kind}`)}</Table.Cell>
              {values && n.depth > 0 ? (
                <Table.Cell>
                  <Textfield
                    aria-label={t('budgetDistribution.amountFor', { unit: n.name })}
                    inputMode="numeric"
                    value={values[n.id] ?? ''}
                    onChange={(e) => onChange(n.id, e.target.value)}
                    error={invalid.has(n.id) ? t('budgetCommon.notWhole') : undefined}
                    data-size="sm"
                  />
                </Table.Cell>
              ) : (
                <Num>{kr(n.amountKr)}</Num>
              )}
              <Num>{kr(n.childrenSumKr)}</Num>
              <Num>{undistributed(n.undistributedKr)}</Num>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function DistributionPage() {
  const { t } = useTranslation();
  const { namndId = '' } = useParams();
  const [year, setYear] = useBudgetYear();
  const q = useDistribution(namndId, year);
  const queryClient = useQueryClient();
  usePageTitle(q.data ? t('budgetDistribution.title', { body: q.data.body.name }) : t('budgetDistribution.titlePlain'));
  const [values, setValues] = useState<Record<string, string> | null>(null);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  useErrorTitle(invalid.size > 0);
  const save = useMutation({
    mutationFn: (d: Distribution & { next: { orgUnitId: string; amountKr: number }[] }) =>
      budgetApi.saveDistribution(d.body.id, { budgetYear: d.budgetYear, version: d.version, lines: d.next }),
    onSuccess: async () => {
      setValues(null);
      setNotice(t('budgetDistribution.saved'));
      await refreshBudget(queryClient);
    },
  });
  const d = q.data;
  const startEdit = (dist: Distribution) =>
    setValues(Object.fromEntries(dist.nodes.filter((n) => n.amountKr !== null && n.depth > 0).map((n) => [n.id, kr(n.amountKr)])));
  const submit = (dist: Distribution) => {
    const bad = new Set<string>();
    const next: { orgUnitId: string; amountKr: number }[] = [];
    for (const [id, text] of Object.entries(values ?? {})) {
      if (!text.trim()) continue;
      const amountKr = wholeKronor(text);
      if (amountKr === null) bad.add(id);
      else next.push({ orgUnitId: id, amountKr });
    }
    setInvalid(bad);
    if (bad.size === 0) save.mutate({ ...dist, next });
  };
  return (
    <>
      <PageHeading>{d ? t('budgetDistribution.title', { body: d.body.name }) : t('budgetDistribution.titlePlain')}</PageHeading>
      <Paragraph>{t('budgetDistribution.intro')}</Paragraph>
      <YearSelect id="dist-year" year={year} onChange={setYear} />
      <BudgetLinks year={year} />
      {notice && <SuccessAlert message={notice} onDismiss={() => setNotice(null)} />}
      {q.isPending ? (
        <Loading />
      ) : q.isError || !d ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Paragraph data-size="sm">
            {d.reference ? t('budgetDistribution.against', { title: d.reference.title }) : t('budgetDistribution.noVersion', { year })}
          </Paragraph>
          <Heading level={2} data-size="sm">
            {t('budgetDistribution.levelsHeading')}
          </Heading>
          <Levels d={d} />
          <Heading level={2} data-size="sm">
            {t('budgetDistribution.treeHeading')}
          </Heading>
          <Paragraph>
            <ExcelLink href={exportUrl('distribution', { bodyId: d.body.id, year })}>{t('budgetDistribution.download')}</ExcelLink>
          </Paragraph>
          {d.canEdit && !values && (
            <div className="button-row">
              <Button onClick={() => startEdit(d)}>{t('budgetDistribution.edit')}</Button>
            </div>
          )}
          {invalid.size > 0 && <Paragraph role="alert">{t('budgetFrames.invalid', { count: invalid.size })}</Paragraph>}
          {save.error && <ErrorAlert error={save.error} onDismiss={() => save.reset()} />}
          <Tree d={d} values={values} onChange={(id, v) => setValues((s) => ({ ...s, [id]: v }))} invalid={invalid} />
          {values && (
            <div className="button-row">
              <Button onClick={() => submit(d)} disabled={save.isPending}>
                {t('budgetDistribution.save')}
              </Button>
              <Button variant="secondary" onClick={() => setValues(null)}>
                {t('cancel')}
              </Button>
            </div>
          )}
          {d.canEdit && (
            <ExcelUpload
              label={t('budgetDistribution.upload')}
              help={t('budgetDistribution.uploadHelp')}
              send={(file) => uploadSheet(`/budget/distribution/${d.body.id}/import`, file, { year, version: d.version })}
              onDone={() => {
                setNotice(t('budgetDistribution.saved'));
                void refreshBudget(queryClient);
              }}
            />
          )}
        </>
      )}
    </>
  );
}
