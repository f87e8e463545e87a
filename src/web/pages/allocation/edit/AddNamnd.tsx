// Taking a body of the organisation into the model (a new nämnd, or one a copied scenario lacks):
// KS, the nämnder and the bolag (owner contributions) that are open and not in the model yet.
import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgUnits } from '../../../queries.js';
import type { Draft } from './draft.js';

const BODIES = new Set(['kommunstyrelse', 'namnd', 'bolag']);

export function AddNamnd({ draft, set }: { draft: Draft; set: (fn: (d: Draft) => Draft) => void }) {
  const { t } = useTranslation();
  const units = useOrgUnits();
  const [chosen, setChosen] = useState('');
  const inModel = new Set(draft.namnder.map((n) => n.key));
  const offered = (units.data?.items ?? [])
    .filter((u) => BODIES.has(u.kind) && !u.closedOn && !inModel.has(u.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  if (offered.length === 0) return null;
  const unit = offered.find((u) => u.id === chosen) ?? offered[0];
  const add = () => {
    if (!unit) return;
    set((d) => ({
      ...d,
      namnder: [
        ...d.namnder,
        { key: unit.id, name: unit.name, wageSharePct: '0', efficiencyPct: '0', verksamheter: [], volumeAdjustments: [] },
      ],
    }));
    setChosen('');
  };
  return (
    <div className="toolbar">
      <Field className="year-select">
        <Label htmlFor="add-namnd">{t('allocationEdit.addNamndLabel')}</Label>
        <Select id="add-namnd" value={unit?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
          {offered.map((u) => (
            <Select.Option key={u.id} value={u.id}>
              {u.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="button-row">
        <Button type="button" variant="secondary" onClick={add}>
          {t('allocationEdit.addNamnd')}
        </Button>
      </div>
    </div>
  );
}
