// Error summary for a form: remounted on every failed submit so it takes focus (the
// ds-error-summary element focuses itself when connected), links to each field.
import { Button, ErrorSummary } from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormState } from '../forms/useForm.js';

interface Props<F extends string> {
  form: FormState<F>;
  /** Offered when someone else changed the data first: fetch it again. */
  onReload?: () => void;
  headingLevel?: 2 | 3;
}

export function FormErrorSummary<F extends string>({ form, onReload, headingLevel = 2 }: Props<F>) {
  const { t } = useTranslation();
  if (!form.hasErrors) return null;
  const fieldErrors = (Object.keys(form.fields) as F[]).filter((f) => form.errors[f]);
  // Jump to the field ourselves: a plain #hash link would become a router navigation.
  const goTo = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };
  return (
    <ErrorSummary key={form.attempt} className="form-error-summary">
      <ErrorSummary.Heading level={headingLevel} data-size="xs">
        {t('form.errorHeading')}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {form.formError && <ErrorSummary.Item>{form.formError}</ErrorSummary.Item>}
        {fieldErrors.map((f) => (
          <ErrorSummary.Item key={f}>
            <ErrorSummary.Link href={`#${form.fields[f].id}`} onClick={goTo(form.fields[f].id)}>
              {`${form.fields[f].label}: ${form.errors[f]}`}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
      {form.stale && onReload && (
        <Button variant="secondary" onClick={onReload}>
          {t('form.reload')}
        </Button>
      )}
    </ErrorSummary>
  );
}
