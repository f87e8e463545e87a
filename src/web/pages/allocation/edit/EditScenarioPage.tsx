// /budget/fordelningsmodell/andra?ar=2027&scenario=…: the whole model of one scenario as a form
// (population rule, pris- och lönekompensation, per nämnd its verksamheter, last year's frames,
// efficiency and volume, then rent changes, general grants and political priorities). Saving
// sends the whole model with the version read; someone else's save in between is said, with a
// way to reload, never overwritten.
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../../../api.js';
import { usePageTitle } from '../../../app/title.js';
import { FormErrorSummary } from '../../../components/FormErrorSummary.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Loading, QueryError, SuccessAlert } from '../../../components/Status.js';
import { useForm } from '../../../forms/useForm.js';
import { allocationApi, allocationKeys, type ScenarioDetail, useScenario } from '../allocationApi.js';
import { useAllocationParams } from '../ScenarioPicker.js';
import { AddNamnd } from './AddNamnd.js';
import { AmountListFields } from './AmountListFields.js';
import { type Draft, fieldsOf, fromDraft, toDraft } from './draft.js';
import { GeneralFields } from './GeneralFields.js';
import { NamndFields } from './NamndFields.js';
import { PriceTagFields } from './PriceTagFields.js';

/** The server names one band of a list (`demographyBands.2`); the form has one field for the list. */
const toFormFields = (e: unknown) =>
  e instanceof ApiError
    ? new ApiError(
        e.status,
        e.code,
        e.message,
        e.fields.map((f) => ({ ...f, field: f.field.replace(/(\.demographyBands|^config\.ageBands)\.\d+$/, '$1') })),
        e.rule,
      )
    : e;

function EditForm({ scenario: current, onSaved, onReload }: { scenario: ScenarioDetail; onSaved: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  // The model as it was when the form opened: a background refetch must not replace what the
  // person is typing, and the version sent is the one the form started from.
  const [scenario] = useState(current);
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(scenario.config));
  const form = useForm(fieldsOf(draft, t));
  const errors = form.errors as Record<string, string>;
  const save = useMutation({
    mutationFn: (config: ScenarioDetail['config']) => allocationApi.update(scenario.id, { version: scenario.version, config }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: allocationKeys.all });
      onSaved();
    },
    onError: (e) => form.fail(toFormFields(e)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    const { config, errors: local } = fromDraft(draft, scenario.config, t);
    if (form.check(local)) save.mutate(config);
  };
  const tagged = new Set(draft.priceTags.map((p) => p.verksamhet.trim()));
  const bands = draft.ageBands
    .split(/[,;]/)
    .map((b) => b.trim())
    .filter(Boolean);
  const bridges = new Map(scenario.result?.namnder.map((n) => [n.key, n.previousKr]) ?? []);

  return (
    <form onSubmit={submit} noValidate className="allocation-edit">
      <FormErrorSummary form={form} onReload={onReload} />
      <GeneralFields draft={draft} set={setDraft} errors={errors} year={scenario.budgetYear} />
      <PriceTagFields draft={draft} set={setDraft} errors={errors} />
      <section aria-labelledby="edit-namnder-heading">
        <Heading level={2} data-size="sm" id="edit-namnder-heading">
          {t('allocationEdit.namnder')}
        </Heading>
        <Paragraph data-size="sm">{t('allocationEdit.namnderIntro')}</Paragraph>
        {draft.namnder.map((n, i) => (
          <NamndFields
            key={n.key}
            namnd={n}
            index={i}
            errors={errors}
            tagged={tagged}
            bands={bands}
            previousKr={bridges.get(n.key)}
            update={(fn) => setDraft((d) => ({ ...d, namnder: d.namnder.map((x, j) => (j === i ? fn(x) : x)) }))}
            onRemove={() => setDraft((d) => ({ ...d, namnder: d.namnder.filter((_, j) => j !== i) }))}
          />
        ))}
        <AddNamnd draft={draft} set={setDraft} />
      </section>
      {(['rentChanges', 'generalGrants', 'priorities'] as const).map((list) => (
        <AmountListFields key={list} list={list} draft={draft} set={setDraft} errors={errors} />
      ))}
      <div className="button-row">
        <Button type="submit">{t('allocationEdit.save')}</Button>
      </div>
    </form>
  );
}

export function EditScenarioPage() {
  const { t } = useTranslation();
  usePageTitle(t('allocationEdit.title'));
  const [year, params] = useAllocationParams(['scenario']);
  const scenario = useScenario(params.scenario ?? null);
  const [success, setSuccess] = useState<ReactNode>(null);
  // Bumped after a save or a reload, so the form starts again from what is stored.
  const [generation, setGeneration] = useState(0);
  const d = scenario.data;
  const back = `/budget/fordelningsmodell?ar=${d?.budgetYear ?? year}${params.scenario ? `&scenario=${params.scenario}` : ''}`;

  return (
    <>
      <PageHeading>{d ? t('allocationEdit.titleOf', { name: d.name, year: d.budgetYear }) : t('allocationEdit.title')}</PageHeading>
      <Paragraph>
        {t('allocationEdit.intro')}{' '}
        <Link asChild>
          <RouterLink to={back}>{t('allocationEdit.back')}</RouterLink>
        </Link>
      </Paragraph>
      {success && <SuccessAlert message={success} onDismiss={() => setSuccess(null)} />}
      {!params.scenario ? (
        <Paragraph>{t('allocationEdit.noScenario')}</Paragraph>
      ) : scenario.isPending ? (
        <Loading />
      ) : scenario.isError || !d ? (
        <QueryError error={scenario.error} onRetry={() => void scenario.refetch()} />
      ) : !d.canEdit ? (
        <Alert data-color="info">
          <Paragraph>{t('allocationEdit.readOnly')}</Paragraph>
        </Alert>
      ) : (
        <EditForm
          key={`${d.id}:${generation}`}
          scenario={d}
          onReload={() => void scenario.refetch().then(() => setGeneration((g) => g + 1))}
          onSaved={() => {
            setGeneration((g) => g + 1);
            setSuccess(
              <>
                {t('allocationEdit.saved')}{' '}
                <Link asChild>
                  <RouterLink to={back}>{t('allocationEdit.seeBridges')}</RouterLink>
                </Link>
              </>,
            );
          }}
        />
      )}
    </>
  );
}
