// What the budget's controller does with the scenario shown: rename it, make it the base of its
// budget year, or remove it (not the base: another must become base first). Each sends the
// version read; a stale one is said in the error summary with a way to reload.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { TextField } from '../../components/fields.js';
import { FormErrorSummary } from '../../components/FormErrorSummary.js';
import { isBlank, useForm } from '../../forms/useForm.js';
import { allocationApi, allocationKeys, type ScenarioDetail } from './allocationApi.js';

interface Props {
  scenario: ScenarioDetail;
  onDone: (message: string) => void;
  onDeleted: (message: string) => void;
}

export function ScenarioActions({ scenario, onDone, onDeleted }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(scenario.name);
  const [confirming, setConfirming] = useState(false);
  const form = useForm({ name: { id: 'scenario-name', label: t('allocationAdmin.name') } });
  const refresh = () => queryClient.invalidateQueries({ queryKey: allocationKeys.all });
  const rename = useMutation({
    mutationFn: () => allocationApi.update(scenario.id, { version: scenario.version, name: name.trim() }),
    onSuccess: async (s) => {
      form.reset();
      await refresh();
      onDone(t('allocationAdmin.renamed', { name: s.name }));
    },
    onError: form.fail,
  });
  const base = useMutation({
    mutationFn: () => allocationApi.makeBase(scenario.id, scenario.version),
    onSuccess: async (s) => {
      form.reset();
      await refresh();
      onDone(t('allocationAdmin.madeBase', { name: s.name, year: s.budgetYear }));
    },
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (rename.isPending) return;
    if (form.check({ name: isBlank(name) ? t('allocationAdmin.nameMissing') : undefined })) rename.mutate();
  };

  return (
    <section aria-labelledby="scenario-actions-heading">
      <Heading level={2} data-size="xs" id="scenario-actions-heading">
        {t('allocationAdmin.heading', { name: scenario.name })}
      </Heading>
      <Paragraph data-size="sm">
        {scenario.isBase ? t('allocationAdmin.isBase', { year: scenario.budgetYear }) : t('allocationAdmin.notBase')}
      </Paragraph>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrorSummary form={form} headingLevel={3} onReload={() => void refresh().then(() => form.reset())} />
        <TextField
          id="scenario-name"
          label={t('allocationAdmin.name')}
          required
          value={name}
          onChange={setName}
          error={form.errors.name}
          maxLength={200}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary">
            {t('allocationAdmin.rename')}
          </Button>
          {!scenario.isBase && (
            <>
              <Button type="button" variant="secondary" onClick={() => !base.isPending && base.mutate()}>
                {t('allocationAdmin.makeBase')}
              </Button>
              <Button type="button" variant="tertiary" data-color="danger" onClick={() => setConfirming(true)}>
                {t('allocationAdmin.delete')}
              </Button>
            </>
          )}
        </div>
      </form>
      {confirming && (
        <ConfirmDialog
          title={t('allocationAdmin.deleteTitle', { name: scenario.name })}
          text={t('allocationAdmin.deleteText', { name: scenario.name, year: scenario.budgetYear })}
          confirmLabel={t('allocationAdmin.delete')}
          action={() => allocationApi.remove(scenario.id, scenario.version)}
          onDone={() => {
            setConfirming(false);
            void refresh();
            onDeleted(t('allocationAdmin.deleted', { name: scenario.name }));
          }}
          onClose={() => setConfirming(false)}
          onReload={() => {
            setConfirming(false);
            void refresh();
          }}
        />
      )}
    </section>
  );
}
