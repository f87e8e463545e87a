// "Skapa ramförslag från scenario": a new draft version whose operating frames for the budget
// year are a scenario's new frames from the allocation model; the server computes them with the
// model's own function and copies plan years and investment frames from the latest version.
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { versionKinds } from '../../../core/budget/kinds.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { Loading, QueryError } from '../../components/Status.js';
import { isBlank, useForm } from '../../forms/useForm.js';
import { type BudgetVersion, budgetApi, useScenarioChoices, type VersionKind } from './budgetApi.js';

type F = 'scenarioId' | 'kind' | 'title';

export function FromScenarioDialog({
  year,
  versions,
  onDone,
  onClose,
}: {
  year: number;
  versions: BudgetVersion[];
  onDone: (v: BudgetVersion) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const scenarios = useScenarioChoices(year, true);
  const items = scenarios.data?.items ?? [];
  const [chosen, setChosen] = useState('');
  const scenarioId = chosen || (items.find((s) => s.isBase) ?? items[0])?.id || '';
  // After KF has adopted the budget only an amendment may follow (the server says so too).
  const adopted = versions.some((v) => v.kind === 'adopted' && v.status === 'decided');
  const [kind, setKind] = useState<VersionKind>(adopted ? 'amendment' : 'proposal');
  // Null until the person types: until then the title follows the chosen scenario.
  const [title, setTitle] = useState<string | null>(null);
  const name = items.find((s) => s.id === scenarioId)?.name ?? '';
  const shownTitle = title ?? (name ? t('budgetFromScenario.defaultTitle', { name }) : '');
  const form = useForm<F>({
    scenarioId: { id: 'bs-scenario', label: t('budgetFromScenario.scenarioLabel') },
    kind: { id: 'bs-kind', label: t('budgetVersions.kindLabel') },
    title: { id: 'bs-title', label: t('budgetVersions.titleLabel') },
  });
  const create = useMutation({
    mutationFn: () => budgetApi.createFromScenario({ budgetYear: year, kind, title: shownTitle.trim(), scenarioId }),
    onSuccess: onDone,
    onError: form.fail,
  });
  const submit = () => {
    if (create.isPending) return;
    const ok = form.check({
      scenarioId: scenarioId ? undefined : t('budgetFromScenario.noScenario', { year }),
      title: isBlank(shownTitle) ? t('form.requiredMessage') : shownTitle.length > 200 ? t('form.maxLength', { max: 200 }) : undefined,
    });
    if (ok) create.mutate();
  };
  return (
    <FormDialog
      title={t('budgetFromScenario.title', { year })}
      submitLabel={t('budgetFromScenario.create')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <Paragraph data-size="sm">{t('budgetFromScenario.explain', { year })}</Paragraph>
      {scenarios.isPending ? (
        <Loading />
      ) : scenarios.isError ? (
        <QueryError error={scenarios.error} onRetry={() => void scenarios.refetch()} />
      ) : items.length === 0 ? (
        <Paragraph data-size="sm">
          {t('budgetFromScenario.noScenario', { year })}{' '}
          <Link asChild>
            <RouterLink to={`/budget/fordelningsmodell?ar=${year}`}>{t('budgetPage.linkAllocation')}</RouterLink>
          </Link>
        </Paragraph>
      ) : (
        <SelectField
          id={form.fields.scenarioId.id}
          label={form.fields.scenarioId.label}
          required
          value={scenarioId}
          onChange={setChosen}
          error={form.errors.scenarioId}
          options={items.map((s) => ({ value: s.id, label: s.isBase ? t('budgetFromScenario.base', { name: s.name }) : s.name }))}
        />
      )}
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
        value={shownTitle}
        onChange={setTitle}
        error={form.errors.title}
      />
    </FormDialog>
  );
}
