// "Ändra": name and short name; the version read with the page guards against overwriting
// someone else's change.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrgUnit, api } from '../../api.js';
import { TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isBlank, useForm } from '../../forms/useForm.js';

type F = 'name' | 'shortName';

export function EditUnitDialog({
  unit,
  onDone,
  onClose,
  onReload,
}: {
  unit: OrgUnit;
  onDone: (msg: string) => void;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(unit.name);
  const [shortName, setShortName] = useState(unit.shortName ?? '');
  const form = useForm<F>({
    name: { id: 'edit-unit-name', label: t('unit.name') },
    shortName: { id: 'edit-unit-short', label: t('unit.shortName') },
  });
  const save = useMutation({
    mutationFn: () => api.updateOrgUnit(unit.id, { name: name.trim(), shortName: shortName.trim() || null, version: unit.version }),
    onSuccess: () => onDone(t('unit.edited')),
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const ok = form.check({
      name: isBlank(name) ? t('form.requiredMessage') : name.trim().length > 200 ? t('form.maxLength', { max: 200 }) : undefined,
      shortName: shortName.trim().length > 40 ? t('form.maxLength', { max: 40 }) : undefined,
    });
    if (ok) save.mutate();
  };
  return (
    <FormDialog
      title={t('unit.editTitle', { name: unit.name })}
      submitLabel={t('save')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField
        id={form.fields.name.id}
        label={form.fields.name.label}
        required
        value={name}
        onChange={setName}
        error={form.errors.name}
      />
      <TextField
        id={form.fields.shortName.id}
        label={form.fields.shortName.label}
        required={false}
        value={shortName}
        onChange={setShortName}
        error={form.errors.shortName}
      />
    </FormDialog>
  );
}
