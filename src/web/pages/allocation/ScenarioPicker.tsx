// Budget year and scenario, kept in the address (?ar=2027&scenario=…) so a link shows the same view.
import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ScenarioSummary } from './allocationApi.js';

const YEARS = (now: number) => Array.from({ length: 5 }, (_, i) => now - 1 + i);

export function useAllocationParams(names: string[]): [number, Record<string, string | null>, (k: string, v: string) => void] {
  const [params, setParams] = useSearchParams();
  const n = Number(params.get('ar'));
  const year = Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : new Date().getFullYear() + 1;
  const values = Object.fromEntries(names.map((k) => [k, params.get(k)]));
  const set = (k: string, v: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set(k, v);
        if (k === 'ar') for (const other of names) next.delete(other);
        return next;
      },
      { replace: true },
    );
  return [year, values, set];
}

export function YearField({ id, year, onChange }: { id: string; year: number; onChange: (y: number) => void }) {
  const { t } = useTranslation();
  const years = [...new Set([...YEARS(new Date().getFullYear()), year])].sort();
  return (
    <Field className="year-select">
      <Label htmlFor={id}>{t('allocationPage.budgetYear')}</Label>
      <Select id={id} value={String(year)} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <Select.Option key={y} value={String(y)}>
            {y}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

export function ScenarioField({
  id,
  label,
  items,
  value,
  onChange,
}: {
  id: string;
  label: string;
  items: ScenarioSummary[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field className="year-select">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {items.map((s) => (
          <Select.Option key={s.id} value={s.id}>
            {s.isBase ? t('allocationPage.baseName', { name: s.name }) : s.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
