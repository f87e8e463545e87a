// "Ta bort …?": a dialog that asks before something is removed, and shows the server's refusal
// (someone else changed it, the plan was adopted meanwhile) in the same error summary as a form.
import { Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useForm } from '../forms/useForm.js';
import { FormDialog } from './FormDialog.js';

interface Props {
  title: string;
  text: string;
  confirmLabel: string;
  action: () => Promise<unknown>;
  onDone: () => void;
  onClose: () => void;
  onReload?: () => void;
}

export function ConfirmDialog({ title, text, confirmLabel, action, onDone, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const form = useForm<never>({});
  const run = useMutation({ mutationFn: action, onSuccess: onDone, onError: form.fail });
  return (
    <FormDialog
      title={title}
      submitLabel={confirmLabel}
      form={form}
      onSubmit={() => !run.isPending && run.mutate()}
      onClose={onClose}
      onReload={onReload}
    >
      <Paragraph>{text}</Paragraph>
      {run.isPending && <Paragraph className="muted">{t('loading')}</Paragraph>}
    </FormDialog>
  );
}
