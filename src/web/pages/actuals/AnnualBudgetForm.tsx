// A unit's annual budget, entered in actuals where no other source gives the unit a budget: the
// ledger's #PBUDGET and the nämnd's distribution of the adopted budget come first (budgetSource.ts
// in core). Saved with the version read; if someone else saved first, the summary says so and
// offers to reload.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../components/FormErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { SuccessAlert } from '../../components/Status.js';
import { useForm } from '../../forms/useForm.js';
import { parseDecimal } from '../../parseInput.js';
import { actualsApi, actualsKeys, type Outcome } from './actualsApi.js';

export function AnnualBudgetForm({ o, onReload }: { o: Outcome; onReload: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState(o.annualBudget ? String(o.annualBudget.amountKr) : '');
  const [saved, setSaved] = useState(false);
  const form = useForm({ amountKr: { id: 'annual-budget-amount', label: t('actuals.annual.amount', { year: o.year }) } });
  const save = useMutation({
    mutationFn: (amountKr: number) => actualsApi.putAnnualBudget(o.unitId, o.year, { amountKr, version: o.annualBudget?.version ?? 0 }),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: actualsKeys.all });
    },
    onError: (err) => form.fail(err),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const n = parseDecimal(amount);
    const ok = form.check({
      amountKr: n === null || Number.isNaN(n) || !Number.isInteger(n) ? t('actuals.annual.wholeKronor') : undefined,
    });
    if (ok) save.mutate(n as number);
  };

  return (
    <form onSubmit={submit} className="actuals-annual" noValidate>
      <Heading level={2} data-size="xs">
        {t('actuals.annual.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('actuals.annual.intro')}</Paragraph>
      <FormErrorSummary form={form} onReload={onReload} headingLevel={3} />
      {saved && <SuccessAlert message={t('actuals.annual.saved')} onDismiss={() => setSaved(false)} />}
      <TextField
        id="annual-budget-amount"
        label={t('actuals.annual.amount', { year: o.year })}
        required
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        error={form.errors.amountKr}
        description={t('actuals.annual.amountHelp')}
      />
      <div className="button-row">
        <Button type="submit" disabled={save.isPending}>
          {t('actuals.annual.save')}
        </Button>
      </div>
    </form>
  );
}
