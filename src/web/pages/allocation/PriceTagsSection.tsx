// The price tags as a table the budget's controller edits in place: kr per inhabitant per
// verksamhet and age band, with the population counted and the amount (from the last save).
// Saving sends the whole model with the version read; the page then shows the new bridge.
import { Button, ErrorSummary, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.js';
import { useErrorTitle } from '../../app/title.js';
import { formatNumber } from '../../format.js';
import { parseDecimal } from '../../parseInput.js';
import { allocationApi, allocationKeys, type ScenarioDetail } from './allocationApi.js';
import { formatKr } from './format.js';

const inputId = (i: number) => `price-tag-${i}`;

export function PriceTagsSection({ scenario, onSaved }: { scenario: ScenarioDetail; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tags = scenario.config.priceTags;
  const [values, setValues] = useState(() => tags.map((p) => formatNumber(p.krPerInhabitant)));
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // A new version from the server (after a save or a reload) resets the fields to it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version says when the tags changed.
  useEffect(() => setValues(tags.map((p) => formatNumber(p.krPerInhabitant))), [scenario.id, scenario.version]);
  const hasErrors = Object.keys(errors).length > 0 || formError !== null;
  useErrorTitle(hasErrors);

  const save = useMutation({
    mutationFn: (config: ScenarioDetail['config']) => allocationApi.update(scenario.id, { version: scenario.version, config }),
    onSuccess: async () => {
      setErrors({});
      setFormError(null);
      await queryClient.invalidateQueries({ queryKey: allocationKeys.all });
      onSaved(t('allocationPage.saved'));
    },
    onError: (e) => {
      setAttempt((a) => a + 1);
      const byField: Record<number, string> = {};
      if (isApiError(e))
        for (const f of e.fields) {
          const m = /^config\.priceTags\.(\d+)/.exec(f.field);
          if (m) byField[Number(m[1])] = f.message;
        }
      setErrors(byField);
      setFormError(Object.keys(byField).length ? null : isApiError(e) ? e.message : t('errors.unexpected'));
    },
  });

  const submit = () => {
    const parsed = values.map((v) => parseDecimal(v));
    const local: Record<number, string> = {};
    parsed.forEach((n, i) => {
      if (n === null || Number.isNaN(n)) local[i] = t('allocationPage.priceInvalid');
      else if (n < 0) local[i] = t('allocationPage.priceNegative');
    });
    setAttempt((a) => a + 1);
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return;
    save.mutate({ ...scenario.config, priceTags: tags.map((p, i) => ({ ...p, krPerInhabitant: parsed[i] as number })) });
  };
  const lineOf = (i: number) => scenario.result?.allocation.lines[i];
  const label = (i: number) => t('allocationPage.priceLabel', { verksamhet: tags[i]?.verksamhet, band: tags[i]?.ageBand });

  return (
    <section aria-labelledby="price-tags-heading">
      <Heading level={2} data-size="sm" id="price-tags-heading">
        {t('allocationPage.priceTags')}
      </Heading>
      <Paragraph>{t('allocationPage.priceTagsIntro')}</Paragraph>
      {hasErrors && (
        <ErrorSummary key={attempt}>
          <ErrorSummary.Heading level={3} data-size="xs">
            {t('form.errorHeading')}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {formError && <ErrorSummary.Item>{formError}</ErrorSummary.Item>}
            {Object.entries(errors).map(([i, message]) => (
              <ErrorSummary.Item key={i}>
                <ErrorSummary.Link href={`#${inputId(Number(i))}`}>{`${label(Number(i))}: ${message}`}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <div className="table-wrap">
        <Table zebra stickyHeader={tags.length > 12} className="data-table" data-size="sm">
          <caption>{t('allocationPage.priceCaption', { year: scenario.budgetYear })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('allocationPage.colVerksamhet')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('allocationPage.colBand')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="number">
                {t('allocationPage.colPrice')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="number">
                {t('allocationPage.colPopulation')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="number">
                {t('allocationPage.colAmount')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {tags.map((p, i) => (
              <Table.Row key={`${p.verksamhet}|${p.ageBand}`}>
                <Table.HeaderCell scope="row">{p.verksamhet}</Table.HeaderCell>
                <Table.Cell>{p.ageBand}</Table.Cell>
                <Table.Cell className="number">
                  {scenario.canEdit ? (
                    <Textfield
                      id={inputId(i)}
                      aria-label={label(i)}
                      inputMode="decimal"
                      data-size="sm"
                      value={values[i] ?? ''}
                      error={errors[i]}
                      onChange={(e) => setValues((vs) => vs.map((v, j) => (j === i ? e.target.value : v)))}
                    />
                  ) : (
                    formatNumber(p.krPerInhabitant)
                  )}
                </Table.Cell>
                <Table.Cell className="number">{lineOf(i) ? formatNumber(lineOf(i)?.population ?? 0) : ''}</Table.Cell>
                <Table.Cell className="number">{lineOf(i) ? formatKr(lineOf(i)?.amountKr ?? 0) : ''}</Table.Cell>
              </Table.Row>
            ))}
            {scenario.result && (
              <Table.Row>
                <Table.HeaderCell scope="row">{t('allocationPage.total')}</Table.HeaderCell>
                <Table.Cell />
                <Table.Cell />
                <Table.Cell />
                <Table.Cell className="number">{formatKr(scenario.result.allocation.totalKr)}</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      </div>
      {scenario.canEdit && (
        <div className="button-row">
          <Button onClick={submit} disabled={save.isPending}>
            {t('allocationPage.savePrices')}
          </Button>
        </div>
      )}
    </section>
  );
}
