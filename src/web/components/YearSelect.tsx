// The year a red-thread page shows, kept in the address (?ar=2026) so a link or a reload shows
// the same year. Changing the select only changes what the page lists, not where one is.
import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

export const currentYear = () => new Date().getFullYear();

const parse = (v: string | null) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
};

export function useYearParam(): [number, (y: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = parse(params.get('ar')) ?? currentYear();
  const setYear = (y: number) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('ar', String(y));
        return next;
      },
      { replace: true },
    );
  return [year, setYear];
}

export function YearSelect({ id, year, onChange }: { id: string; year: number; onChange: (y: number) => void }) {
  const { t } = useTranslation();
  const now = currentYear();
  // Three years back for follow-up, two ahead for planning; the chosen year is always offered.
  const years = [...new Set([...Array.from({ length: 6 }, (_, i) => now - 3 + i), year])].sort((a, b) => a - b);
  return (
    <Field className="year-select">
      <Label htmlFor={id}>{t('plans.year')}</Label>
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
