// "Nytt strategiskt område" / "Ändra strategiskt område" in the strategisk plan.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isBlank, useForm } from '../../forms/useForm.js';
import { type Plan, type StrategicArea, planApi } from '../../planApi.js';

type F = 'title' | 'description';

interface Props {
  plan: Plan;
  area?: StrategicArea;
  onDone: (msg: string) => void;
  onClose: () => void;
  onReload: () => void;
}

export function AreaDialog({ plan, area, onDone, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const [v, setV] = useState({ title: area?.title ?? '', description: area?.description ?? '' });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    title: { id: 'area-title', label: t('area.title') },
    description: { id: 'area-description', label: t('area.description') },
  });
  const save = useMutation({
    mutationFn: () => {
      const input = { title: v.title.trim(), description: v.description.trim(), sortOrder: area?.sortOrder };
      return area ? planApi.updateArea(area.id, { ...input, version: area.version }) : planApi.createArea(plan.id, input);
    },
    onSuccess: (a) => onDone(t(area ? 'area.saved' : 'area.created', { title: a.title })),
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const ok = form.check({
      title: isBlank(v.title) ? t('form.requiredMessage') : v.title.trim().length > 300 ? t('form.maxLength', { max: 300 }) : undefined,
      description: v.description.trim().length > 5000 ? t('form.maxLength', { max: 5000 }) : undefined,
    });
    if (ok) save.mutate();
  };
  return (
    <FormDialog
      title={area ? t('area.editTitle', { title: area.title }) : t('area.newTitle')}
      submitLabel={area ? t('save') : t('area.create')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField
        id={form.fields.title.id}
        label={form.fields.title.label}
        required
        value={v.title}
        onChange={set('title')}
        error={form.errors.title}
      />
      <TextAreaField
        id={form.fields.description.id}
        label={form.fields.description.label}
        required={false}
        value={v.description}
        onChange={set('description')}
        error={form.errors.description}
      />
    </FormDialog>
  );
}
