// Making a new budget version (its kind and title; the frames are copied from the latest) and
// deciding one (date, who decided and, for KF's decisions, the diarienummer).
import { Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { versionKinds } from '../../../core/budget/kinds.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isBlank, isIsoDate, useForm } from '../../forms/useForm.js';
import { type BudgetVersion, budgetApi, type VersionKind } from './budgetApi.js';

export function NewVersionDialog({ year, onDone, onClose }: { year: number; onDone: (v: BudgetVersion) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<VersionKind>('preliminary');
  const [title, setTitle] = useState('');
  const form = useForm<'kind' | 'title'>({
    kind: { id: 'bv-kind', label: t('budgetVersions.kindLabel') },
    title: { id: 'bv-title', label: t('budgetVersions.titleLabel') },
  });
  const create = useMutation({
    mutationFn: () => budgetApi.createVersion({ budgetYear: year, kind, title: title.trim() }),
    onSuccess: onDone,
    onError: form.fail,
  });
  const submit = () => {
    if (
      !create.isPending &&
      form.check({ title: isBlank(title) ? t('form.requiredMessage') : title.length > 200 ? t('form.maxLength', { max: 200 }) : undefined })
    )
      create.mutate();
  };
  return (
    <FormDialog
      title={t('budgetVersions.newTitle', { year })}
      submitLabel={t('budgetVersions.create')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <Paragraph data-size="sm">{t('budgetVersions.newExplain')}</Paragraph>
      <SelectField
        id={form.fields.kind.id}
        label={form.fields.kind.label}
        required
        value={kind}
        onChange={(v) => setKind(v as VersionKind)}
        error={form.errors.kind}
        options={versionKinds.map((k) => ({ value: k, label: t(`budgetCommon.versionKind.${k}`) }))}
      />
      <TextField
        id={form.fields.title.id}
        label={form.fields.title.label}
        required
        value={title}
        onChange={setTitle}
        error={form.errors.title}
      />
    </FormDialog>
  );
}

type D = 'decidedOn' | 'decidedBy' | 'diarienummer';

export function DecideDialog({
  version,
  onDone,
  onClose,
  onReload,
}: {
  version: BudgetVersion;
  onDone: () => void;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const needsDnr = version.kind === 'adopted' || version.kind === 'amendment';
  const [v, setV] = useState({ decidedOn: '', decidedBy: needsDnr ? 'Kommunfullmäktige' : '', diarienummer: '' });
  const set = (k: D) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<D>({
    decidedOn: { id: 'bd-on', label: t('budgetVersions.decidedOn') },
    decidedBy: { id: 'bd-by', label: t('budgetVersions.decidedBy') },
    diarienummer: { id: 'bd-dnr', label: t('budgetVersions.diarienummer') },
  });
  const decide = useMutation({
    mutationFn: () =>
      budgetApi.decide(version.id, {
        version: version.version,
        decidedOn: v.decidedOn,
        decidedBy: v.decidedBy.trim(),
        diarienummer: v.diarienummer.trim() || null,
      }),
    onSuccess: onDone,
    onError: form.fail,
  });
  const submit = () => {
    if (decide.isPending) return;
    const ok = form.check({
      decidedOn: isBlank(v.decidedOn) ? t('form.requiredMessage') : isIsoDate(v.decidedOn) ? undefined : t('form.dateFormat'),
      decidedBy: isBlank(v.decidedBy) ? t('form.requiredMessage') : undefined,
      diarienummer: needsDnr && isBlank(v.diarienummer) ? t('form.requiredMessage') : undefined,
    });
    if (ok) decide.mutate();
  };
  return (
    <FormDialog
      title={t('budgetVersions.decideTitle', { title: version.title })}
      submitLabel={t('budgetVersions.decide')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Paragraph data-size="sm">{t('budgetVersions.decideExplain')}</Paragraph>
      <TextField
        id={form.fields.decidedOn.id}
        label={form.fields.decidedOn.label}
        required
        type="date"
        value={v.decidedOn}
        onChange={set('decidedOn')}
        error={form.errors.decidedOn}
      />
      <TextField
        id={form.fields.decidedBy.id}
        label={form.fields.decidedBy.label}
        required
        value={v.decidedBy}
        onChange={set('decidedBy')}
        error={form.errors.decidedBy}
      />
      <TextField
        id={form.fields.diarienummer.id}
        label={form.fields.diarienummer.label}
        required={needsDnr}
        value={v.diarienummer}
        onChange={set('diarienummer')}
        error={form.errors.diarienummer}
      />
    </FormDialog>
  );
}
