// The fields that describe an indicator, shared by "Ny indikator" and "Ändra indikatorn": what
// it is, its unit, which way is better, how often it is measured, whether values are split by
// gender (T/K/M as in Kolada) and how far from the target still counts as partly achieved.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { directions } from '../../../core/indicators/status.js';
import { frequencies } from '../../../core/period.js';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { type FormState, isBlank } from '../../forms/useForm.js';
import type { Direction, Frequency, IndicatorFacts } from '../../indicatorApi.js';
import { parseDecimal } from '../../parseInput.js';

export type IndicatorField = 'name' | 'unit' | 'definition' | 'direction' | 'frequency' | 'tolerancePct' | 'koladaKpi';

export interface IndicatorValues {
  name: string;
  unit: string;
  definition: string;
  direction: Direction;
  frequency: Frequency;
  genderSplit: boolean;
  tolerancePct: string;
  koladaKpi: string;
}

export const emptyIndicator: IndicatorValues = {
  name: '',
  unit: '',
  definition: '',
  direction: 'higher',
  frequency: 'year',
  genderSplit: false,
  tolerancePct: '5',
  koladaKpi: '',
};

export const valuesOf = (i: IndicatorFacts): IndicatorValues => ({
  name: i.name,
  unit: i.unit,
  definition: i.definition,
  direction: i.direction,
  frequency: i.frequency,
  genderSplit: i.genderSplit,
  tolerancePct: String(i.tolerancePct).replace('.', ','),
  koladaKpi: i.koladaKpi ?? '',
});

export const indicatorFieldInfo = (t: TFunction, prefix: string) => ({
  name: { id: `${prefix}-name`, label: t('indicator.name') },
  unit: { id: `${prefix}-unit`, label: t('indicator.unit') },
  definition: { id: `${prefix}-definition`, label: t('indicatorFacts.definition') },
  direction: { id: `${prefix}-direction`, label: t('indicatorFacts.direction') },
  frequency: { id: `${prefix}-frequency`, label: t('indicatorFacts.frequency') },
  tolerancePct: { id: `${prefix}-tolerance`, label: t('indicatorFacts.tolerance') },
  koladaKpi: { id: `${prefix}-kolada`, label: t('indicator.koladaKpi') },
});

/** The same limits the server checks (core/indicators/schemas.ts), said at the field. */
export function checkIndicator(t: TFunction, v: IndicatorValues) {
  const tolerance = parseDecimal(v.tolerancePct);
  return {
    name: isBlank(v.name) ? t('form.requiredMessage') : v.name.trim().length > 300 ? t('form.maxLength', { max: 300 }) : undefined,
    unit: v.unit.trim().length > 50 ? t('form.maxLength', { max: 50 }) : undefined,
    definition: v.definition.trim().length > 5000 ? t('form.maxLength', { max: 5000 }) : undefined,
    tolerancePct:
      tolerance === null || Number.isNaN(tolerance)
        ? t('indicatorForm.toleranceNumber')
        : tolerance < 0 || tolerance > 100
          ? t('indicatorForm.toleranceRange')
          : undefined,
    koladaKpi: v.koladaKpi.trim() && !/^[NU]\d{5}$/.test(v.koladaKpi.trim().toUpperCase()) ? t('indicator.koladaFormat') : undefined,
  };
}

interface Props {
  form: FormState<IndicatorField>;
  values: IndicatorValues;
  onChange: (v: IndicatorValues) => void;
  /** Kolada id is asked for when editing; a new Kolada indicator comes from "Lägg till från Kolada". */
  withKolada: boolean;
}

export function IndicatorFields({ form, values: v, onChange, withKolada }: Props) {
  const { t } = useTranslation();
  const set =
    <K extends keyof IndicatorValues>(k: K) =>
    (value: IndicatorValues[K]) =>
      onChange({ ...v, [k]: value });
  const f = form.fields;
  return (
    <>
      <TextField id={f.name.id} label={f.name.label} required value={v.name} onChange={set('name')} error={form.errors.name} />
      <TextField
        id={f.unit.id}
        label={f.unit.label}
        required={false}
        value={v.unit}
        onChange={set('unit')}
        error={form.errors.unit}
        description={t('indicator.unitHelp')}
      />
      <TextAreaField
        id={f.definition.id}
        label={f.definition.label}
        required={false}
        rows={3}
        value={v.definition}
        onChange={set('definition')}
        error={form.errors.definition}
        description={t('indicatorForm.definitionHelp')}
      />
      <SelectField
        id={f.direction.id}
        label={f.direction.label}
        required
        value={v.direction}
        onChange={(d) => set('direction')(d as Direction)}
        error={form.errors.direction}
        description={t('indicatorForm.directionHelp')}
        options={directions.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
      />
      <SelectField
        id={f.frequency.id}
        label={f.frequency.label}
        required
        value={v.frequency}
        onChange={(fr) => set('frequency')(fr as Frequency)}
        error={form.errors.frequency}
        options={frequencies.map((fr) => ({ value: fr, label: t(`frequency.${fr}`) }))}
      />
      <CheckboxField
        id={`${f.name.id}-gender`}
        label={t('indicatorForm.genderSplit')}
        checked={v.genderSplit}
        onChange={set('genderSplit')}
      />
      <TextField
        id={f.tolerancePct.id}
        label={f.tolerancePct.label}
        required
        value={v.tolerancePct}
        onChange={set('tolerancePct')}
        error={form.errors.tolerancePct}
        description={t('indicatorForm.toleranceHelp')}
        inputMode="decimal"
      />
      {withKolada && (
        <TextField
          id={f.koladaKpi.id}
          label={f.koladaKpi.label}
          required={false}
          value={v.koladaKpi}
          onChange={set('koladaKpi')}
          error={form.errors.koladaKpi}
          description={t('indicator.koladaHelp')}
        />
      )}
    </>
  );
}

/** The values as PATCH /indicators/{id} takes them, keeping what the form does not show. */
export const toUpdate = (v: IndicatorValues, before: IndicatorFacts) => ({
  name: v.name.trim(),
  unit: v.unit.trim(),
  description: before.description,
  definition: v.definition.trim(),
  direction: v.direction,
  frequency: v.frequency,
  genderSplit: v.genderSplit,
  tolerancePct: parseDecimal(v.tolerancePct) ?? 0,
  koladaKpi: v.koladaKpi.trim() ? v.koladaKpi.trim().toUpperCase() : null,
  ownerPersonId: before.ownerPersonId,
  ownerOrgUnitId: before.ownerOrgUnitId,
  version: before.version,
});
