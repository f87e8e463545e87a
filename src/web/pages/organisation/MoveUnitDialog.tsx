// "Flytta": the new parent is chosen among open units of a kind this unit may lie under,
// leaving out its current parent and its own subtree. The server checks the rules again.
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedParents } from '../../../core/org/rules.js';
import { type OrgUnit, api } from '../../api.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { Loading, QueryError } from '../../components/Status.js';
import { isIsoDate, useForm } from '../../forms/useForm.js';
import { useOrgUnits } from '../../queries.js';

type F = 'parentId' | 'movedOn';

function subtreeOf(units: OrgUnit[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId && ids.has(u.parentId) && !ids.has(u.id)) {
        ids.add(u.id);
        grew = true;
      }
    }
  }
  return ids;
}

export function MoveUnitDialog({
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
  const units = useOrgUnits(false);
  const [parentId, setParentId] = useState('');
  const [movedOn, setMovedOn] = useState('');
  const form = useForm<F>({
    parentId: { id: 'move-unit-parent', label: t('unit.newParent') },
    movedOn: { id: 'move-unit-date', label: t('unit.movedOn') },
  });
  const candidates = useMemo(() => {
    const all = units.data?.items ?? [];
    const own = subtreeOf(all, unit.id);
    const kinds = allowedParents[unit.kind];
    return all
      .filter((u) => kinds.includes(u.kind) && !own.has(u.id) && u.id !== unit.parentId)
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }, [units.data, unit]);
  const move = useMutation({
    mutationFn: () => api.moveOrgUnit(unit.id, { parentId, movedOn: movedOn || undefined, version: unit.version }),
    onSuccess: () => onDone(t('unit.moved')),
    onError: form.fail,
  });
  const submit = () => {
    if (move.isPending) return;
    const ok = form.check({
      parentId: parentId ? undefined : t('unit.chooseParent'),
      movedOn: movedOn && !isIsoDate(movedOn) ? t('form.dateFormat') : undefined,
    });
    if (ok) move.mutate();
  };
  return (
    <FormDialog
      title={t('unit.moveTitle', { name: unit.name })}
      submitLabel={t('unit.move')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <QueryError error={units.error} />
      ) : (
        <SelectField
          id={form.fields.parentId.id}
          label={form.fields.parentId.label}
          required
          value={parentId}
          onChange={setParentId}
          error={form.errors.parentId}
          placeholder={t('unit.chooseParent')}
          description={t('unit.parentKinds', { kinds: allowedParents[unit.kind].map((k) => t(`kinds.${k}`)).join(', ') })}
          options={candidates.map((u) => ({ value: u.id, label: `${u.name} (${t(`kinds.${u.kind}`)})` }))}
        />
      )}
      <TextField
        id={form.fields.movedOn.id}
        label={form.fields.movedOn.label}
        required={false}
        type="date"
        value={movedOn}
        onChange={setMovedOn}
        error={form.errors.movedOn}
        description={t('form.defaultToday')}
      />
    </FormDialog>
  );
}
