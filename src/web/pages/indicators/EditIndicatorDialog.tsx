// "Ändra indikatorn": its description and the settings the status rule uses. Sends the version
// read, so a change someone else made meanwhile is not overwritten (409, "Ladda om").
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog.js';
import { useForm } from '../../forms/useForm.js';
import { type IndicatorFacts, indicatorApi } from '../../indicatorApi.js';
import { checkIndicator, type IndicatorField, IndicatorFields, indicatorFieldInfo, toUpdate, valuesOf } from './IndicatorFields.js';

interface Props {
  indicator: IndicatorFacts;
  onDone: (message: string) => void;
  onClose: () => void;
  onReload: () => void;
}

export function EditIndicatorDialog({ indicator, onDone, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const [v, setV] = useState(() => valuesOf(indicator));
  const form = useForm<IndicatorField>(indicatorFieldInfo(t, 'edit-indicator'));
  const save = useMutation({
    mutationFn: () => indicatorApi.updateIndicator(indicator.id, toUpdate(v, indicator)),
    onSuccess: (saved) => onDone(t('indicatorForm.saved', { name: saved.name })),
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    if (form.check(checkIndicator(t, v))) save.mutate();
  };
  return (
    <FormDialog
      title={t('indicatorForm.editTitle', { name: indicator.name })}
      submitLabel={t('save')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <IndicatorFields form={form} values={v} onChange={setV} withKolada />
    </FormDialog>
  );
}
