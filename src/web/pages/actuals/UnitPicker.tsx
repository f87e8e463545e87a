// A choice of org unit in tree order, each indented by its depth, so a förvaltning and its
// units are seen together. Used to choose what the outcome shows and where a code belongs.
import { Field, Label, Select } from '@digdir/designsystemet-react';
import type { OrgUnit } from '../../api.js';
import { buildTree, type TreeNode } from '../../orgTree.js';

export function unitOptions(units: OrgUnit[]): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  const walk = (nodes: TreeNode[], depth: number) => {
    for (const n of nodes) {
      out.push({ value: n.unit.id, label: `${'\u00a0\u00a0'.repeat(depth)}${n.unit.name}` });
      walk(n.children, depth + 1);
    }
  };
  walk(buildTree(units), 0);
  return out;
}

interface Props {
  id: string;
  label: string;
  units: OrgUnit[];
  value: string;
  onChange: (id: string) => void;
  placeholder?: string;
}

export function UnitPicker({ id, label, units, value, onChange, placeholder }: Props) {
  return (
    <Field className="unit-picker">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
        {unitOptions(units).map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
