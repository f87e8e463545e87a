// "Avveckla": the unit and its history stay; its open roles end the same day (server side).
import { Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrgUnit, api } from '../../api.js';
import { TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isIsoDate, today, useForm } from '../../forms/useForm.js';

type F = 'closedOn';

export function CloseUnitDialog({
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
  const [closedOn, setClosedOn] = useState(today());
  const form = useForm<F>({ closedOn: { id: 'close-unit-date', label: t('unit.closedOnDate') } });
  const close = useMutation({
    mutationFn: () => api.closeOrgUnit(unit.id, { closedOn, version: unit.version }),
    onSuccess: () => onDone(t('unit.closedDone', { name: unit.name })),
    onError: form.fail,
  });
  const submit = () => {
    if (close.isPending) return;
    const ok = form.check({
      closedOn: !closedOn
        ? t('form.requiredMessage')
        : !isIsoDate(closedOn)
          ? t('form.dateFormat')
          : closedOn < unit.openedOn
            ? t('unit.closeBeforeOpen', { date: unit.openedOn })
            : undefined,
    });
    if (ok) close.mutate();
  };
  return (
    <FormDialog
      title={t('unit.closeTitle', { name: unit.name })}
      submitLabel={t('unit.close')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Paragraph>{t('unit.closeExplain')}</Paragraph>
      <TextField
        id={form.fields.closedOn.id}
        label={form.fields.closedOn.label}
        required
        type="date"
        value={closedOn}
        onChange={setClosedOn}
        error={form.errors.closedOn}
      />
    </FormDialog>
  );
}
