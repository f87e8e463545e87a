// "Nytt scenario": a scenario for a budget year, as a copy of one of the shown year's scenarios
// (a second political proposal, another forecast, next year's model) or from scratch with the
// organisation's KS and nämnder. The first scenario of a year becomes its base.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/fields.js';
import { FormErrorSummary } from '../../components/FormErrorSummary.js';
import { isBlank, useForm } from '../../forms/useForm.js';
import { allocationApi, allocationKeys, type ScenarioSummary } from './allocationApi.js';

const BLANK = 'blank';

interface Props {
  year: number;
  items: ScenarioSummary[];
  /** The scenario shown, offered first as the one to copy. */
  current: string | null;
  onCreated: (s: ScenarioSummary) => void;
}

export function NewScenario({ year, items, current, onCreated }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [budgetYear, setBudgetYear] = useState(String(year));
  const [from, setFrom] = useState(current ?? BLANK);
  const form = useForm({
    name: { id: 'new-scenario-name', label: t('allocationAdmin.newName') },
    budgetYear: { id: 'new-scenario-year', label: t('allocationPage.budgetYear') },
    copyFrom: { id: 'new-scenario-from', label: t('allocationAdmin.from') },
  });
  const source = items.some((s) => s.id === from) ? from : BLANK;
  const create = useMutation({
    mutationFn: () =>
      allocationApi.create({ budgetYear: Number(budgetYear), name: name.trim(), ...(source === BLANK ? {} : { copyFrom: source }) }),
    onSuccess: async (s) => {
      setName('');
      form.reset();
      await queryClient.invalidateQueries({ queryKey: allocationKeys.all });
      onCreated(s);
    },
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (create.isPending) return;
    if (form.check({ name: isBlank(name) ? t('allocationAdmin.nameMissing') : undefined })) create.mutate();
  };
  const years = Array.from({ length: 5 }, (_, i) => year - 1 + i);

  return (
    <section aria-labelledby="new-scenario-heading">
      <Heading level={2} data-size="xs" id="new-scenario-heading">
        {t('allocationAdmin.newHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('allocationAdmin.newIntro')}</Paragraph>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrorSummary form={form} headingLevel={3} />
        <TextField
          id="new-scenario-name"
          label={t('allocationAdmin.newName')}
          required
          value={name}
          onChange={setName}
          error={form.errors.name}
          maxLength={200}
        />
        <SelectField
          id="new-scenario-year"
          label={t('allocationPage.budgetYear')}
          required
          value={budgetYear}
          onChange={setBudgetYear}
          error={form.errors.budgetYear}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          id="new-scenario-from"
          label={t('allocationAdmin.from')}
          required
          value={source}
          onChange={setFrom}
          error={form.errors.copyFrom}
          options={[
            ...items.map((s) => ({ value: s.id, label: t('allocationAdmin.copyOf', { name: s.name, year: s.budgetYear }) })),
            { value: BLANK, label: t('allocationAdmin.blank') },
          ]}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary">
            {t('allocationAdmin.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
