// "Ny indikator": an indicator of our own, with everything the status rule needs. The API
// creates an indicator from its name and unit, then takes the rest as a change of version 1,
// so the dialog does both; a refusal of the second step leaves the indicator to be edited.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog.js';
import { useForm } from '../../forms/useForm.js';
import { indicatorApi } from '../../indicatorApi.js';
import { refreshIndicators } from '../../indicatorQueries.js';
import { checkIndicator, emptyIndicator, type IndicatorField, IndicatorFields, indicatorFieldInfo, toUpdate } from './IndicatorFields.js';

interface Props {
  onCreated: (id: string, message: string) => void;
  onClose: () => void;
}

export function NewIndicatorDialog({ onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [v, setV] = useState(emptyIndicator);
  const form = useForm<IndicatorField>(indicatorFieldInfo(t, 'new-indicator'));
  const create = useMutation({
    mutationFn: async () => {
      const created = await indicatorApi.createIndicator({ name: v.name.trim(), unit: v.unit.trim() || undefined });
      const facts = await indicatorApi.indicator(created.id);
      await indicatorApi.updateIndicator(created.id, toUpdate(v, facts));
      return created;
    },
    onSuccess: async (created) => {
      await refreshIndicators(queryClient);
      onCreated(created.id, t('indicatorForm.created', { name: created.name }));
    },
    onError: form.fail,
  });
  const submit = () => {
    if (create.isPending) return;
    if (form.check(checkIndicator(t, v))) create.mutate();
  };
  return (
    <FormDialog title={t('indicators.new')} submitLabel={t('indicatorForm.create')} form={form} onSubmit={submit} onClose={onClose}>
      <IndicatorFields form={form} values={v} onChange={setV} withKolada={false} />
    </FormDialog>
  );
}
