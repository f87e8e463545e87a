// The unit's year-end forecast (helårsprognos) of its net cost, with a comment. It carries the
// version it was read at; when someone else saved first the server answers 409 and the form says so.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.js';
import { TextAreaField, TextField } from '../../components/fields.js';
import { ErrorAlert, SuccessAlert } from '../../components/Status.js';
import { formatNumber } from '../../format.js';
import { parseDecimal } from '../../parseInput.js';
import { actualsApi, actualsKeys, type Outcome } from './actualsApi.js';

export function ForecastForm({ o }: { o: Outcome }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState(o.forecast ? String(o.forecast.amountKr) : '');
  const [comment, setComment] = useState(o.forecast?.comment ?? '');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (amountKr: number) => actualsApi.putForecast(o.unitId, o.year, { amountKr, comment, version: o.forecast?.version ?? 0 }),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: actualsKeys.all });
    },
    onError: (err) => {
      const f = isApiError(err) ? err.fields.find((x) => x.field === 'amountKr') : undefined;
      if (f) setFieldError(f.message);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const n = parseDecimal(amount);
    if (n === null || Number.isNaN(n) || !Number.isInteger(n)) {
      setFieldError(t('actuals.forecast.wholeKronor'));
      document.getElementById('forecast-amount')?.focus();
      return;
    }
    setFieldError(undefined);
    save.mutate(n);
  };

  return (
    <form onSubmit={submit} className="actuals-forecast" noValidate>
      <Heading level={2} data-size="xs">
        {t('actuals.forecast.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('actuals.forecast.intro', { budget: formatNumber(o.budgetKr) })}</Paragraph>
      {saved && <SuccessAlert message={t('actuals.forecast.saved')} onDismiss={() => setSaved(false)} />}
      {save.error && !fieldError && <ErrorAlert error={save.error} onDismiss={() => save.reset()} />}
      <TextField
        id="forecast-amount"
        label={t('actuals.forecast.amount')}
        required
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        error={fieldError}
        description={t('actuals.forecast.amountHelp')}
      />
      <TextAreaField
        id="forecast-comment"
        label={t('actuals.forecast.comment')}
        required={false}
        value={comment}
        onChange={setComment}
        rows={3}
      />
      <div className="button-row">
        <Button type="submit" disabled={save.isPending}>
          {t('actuals.forecast.save')}
        </Button>
      </div>
    </form>
  );
}
