// A modal dialog holding one form: heading, error summary, fields, then the buttons
// (primary first, on the left: UI.md rule 7). Focus goes back to what opened it on close.
import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormState } from '../forms/useForm.js';
import { FormErrorSummary } from './FormErrorSummary.js';

interface Props<F extends string> {
  title: string;
  submitLabel: string;
  form: FormState<F>;
  onSubmit: () => void;
  onClose: () => void;
  onReload?: () => void;
  children: ReactNode;
}

export function FormDialog<F extends string>({ title, submitLabel, form, onSubmit, onClose, onReload, children }: Props<F>) {
  const { t } = useTranslation();
  const headingId = useId();
  // Read during the first render: by the time effects run, the dialog has taken focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open onClose={onClose} closeButton={t('dialog.close')} aria-labelledby={headingId} data-size="sm" className="form-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={submit} noValidate className="form">
          <FormErrorSummary form={form} onReload={onReload} headingLevel={3} />
          {children}
          <div className="form-actions">
            <Button type="submit">{submitLabel}</Button>
            <Button variant="secondary" onClick={onClose}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
