// "Indikatorer": the municipality's indicators as checkboxes (narrowed by a filter), and a small
// "Ny indikator" part for one that is missing. That part lives inside the goal's form, so it is
// not a form of its own: its button and the Enter key add the indicator without saving the goal.
import { Button, Checkbox, Fieldset, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldLabel, TextField } from '../../components/fields.js';
import { isBlank, useForm } from '../../forms/useForm.js';
import { type Indicator, planApi } from '../../planApi.js';
import { planKeys } from '../../planQueries.js';

interface Props {
  id: string;
  label: string;
  indicators: Indicator[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

export function IndicatorPicker({ id, label, indicators, selected, onChange, error }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState('');
  const needle = filter.trim().toLocaleLowerCase('sv');
  const shown = indicators.filter(
    (i) =>
      selected.includes(i.id) ||
      !needle ||
      i.name.toLocaleLowerCase('sv').includes(needle) ||
      (i.koladaKpi ?? '').toLowerCase().includes(needle),
  );
  const toggle = (iid: string, on: boolean) => onChange(on ? [...selected, iid] : selected.filter((s) => s !== iid));

  return (
    <Fieldset id={id} tabIndex={-1} className="form-field checkbox-group">
      <Fieldset.Legend>
        <FieldLabel label={label} required={false} />
      </Fieldset.Legend>
      <Fieldset.Description>{t('goal.indicatorsHelp')}</Fieldset.Description>
      {indicators.length > 8 && (
        <Textfield label={t('goal.filterList')} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-size="sm" />
      )}
      <div className="checkbox-group__scroll">
        {shown.length === 0 && <Paragraph data-size="sm">{needle ? t('goal.noMatches') : t('indicator.none')}</Paragraph>}
        {shown.map((i) => (
          <Checkbox
            key={i.id}
            label={i.name}
            description={[i.unit, i.koladaKpi ? t('indicator.kolada', { id: i.koladaKpi }) : ''].filter(Boolean).join(', ') || undefined}
            value={i.id}
            checked={selected.includes(i.id)}
            onChange={(e) => toggle(i.id, e.target.checked)}
          />
        ))}
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
      <Paragraph role="status" data-size="sm">
        {added}
      </Paragraph>
      {adding ? (
        <NewIndicator
          onAdded={(ind) => {
            onChange([...selected, ind.id]);
            setAdded(t('indicator.added', { name: ind.name }));
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <div>
          <Button variant="secondary" data-size="sm" onClick={() => setAdding(true)}>
            {t('indicator.new')}
          </Button>
        </div>
      )}
    </Fieldset>
  );
}

type F = 'name' | 'unit' | 'koladaKpi';

function NewIndicator({ onAdded, onCancel }: { onAdded: (i: Indicator) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [v, setV] = useState({ name: '', unit: '', koladaKpi: '' });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    name: { id: 'new-indicator-name', label: t('indicator.name') },
    unit: { id: 'new-indicator-unit', label: t('indicator.unit') },
    koladaKpi: { id: 'new-indicator-kolada', label: t('indicator.koladaKpi') },
  });
  const create = useMutation({
    mutationFn: () =>
      planApi.createIndicator({ name: v.name.trim(), unit: v.unit.trim() || undefined, koladaKpi: v.koladaKpi.trim() || null }),
    onSuccess: async (ind) => {
      await queryClient.invalidateQueries({ queryKey: planKeys.indicators });
      onAdded(ind);
    },
    onError: form.fail,
  });
  const add = () => {
    if (create.isPending) return;
    const ok = form.check({
      name: isBlank(v.name) ? t('form.requiredMessage') : v.name.trim().length > 300 ? t('form.maxLength', { max: 300 }) : undefined,
      unit: v.unit.trim().length > 50 ? t('form.maxLength', { max: 50 }) : undefined,
      koladaKpi: v.koladaKpi.trim() && !/^[NU]\d{5}$/.test(v.koladaKpi.trim()) ? t('indicator.koladaFormat') : undefined,
    });
    if (ok) create.mutate();
    else document.getElementById(form.fields[form.errors.name ? 'name' : form.errors.unit ? 'unit' : 'koladaKpi'].id)?.focus();
  };
  // Enter in these fields adds the indicator; it must not submit the goal around them.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      add();
    }
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only catches Enter from the inputs inside.
    <div className="inline-form" onKeyDown={onKeyDown}>
      <Paragraph data-size="sm">{t('indicator.newHelp')}</Paragraph>
      {form.formError && <ValidationMessage>{form.formError}</ValidationMessage>}
      <TextField
        id={form.fields.name.id}
        label={form.fields.name.label}
        required
        value={v.name}
        onChange={set('name')}
        error={form.errors.name}
      />
      <TextField
        id={form.fields.unit.id}
        label={form.fields.unit.label}
        required={false}
        value={v.unit}
        onChange={set('unit')}
        error={form.errors.unit}
        description={t('indicator.unitHelp')}
      />
      <TextField
        id={form.fields.koladaKpi.id}
        label={form.fields.koladaKpi.label}
        required={false}
        value={v.koladaKpi}
        onChange={set('koladaKpi')}
        error={form.errors.koladaKpi}
        description={t('indicator.koladaHelp')}
      />
      <div className="button-row">
        <Button variant="secondary" data-size="sm" onClick={add}>
          {t('indicator.add')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </div>
  );
}
