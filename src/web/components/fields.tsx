// Form fields with their label, the word "Obligatoriskt" or "Valfritt" (UI.md rule 6, never
// an asterisk) and their validation message. The ds-field element wires label, description
// and message to the input (for, aria-describedby, aria-invalid).
import { Checkbox, Field, Fieldset, Label, Select, Tag, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function FieldLabel({ label, required }: { label: string; required: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {label}{' '}
      <Tag data-size="sm" data-color={required ? 'warning' : 'neutral'} className="field-need">
        {required ? t('form.required') : t('form.optional')}
      </Tag>
    </>
  );
}

interface TextProps {
  id: string;
  label: string;
  required: boolean;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  autoComplete?: string;
  description?: ReactNode;
  maxLength?: number;
  /** "numeric" for years, "decimal" for values: the number keyboard without a spinner that changes the value by accident. */
  inputMode?: 'numeric' | 'decimal';
}

export function TextField({
  id,
  label,
  required,
  value,
  onChange,
  error,
  type = 'text',
  autoComplete,
  description,
  maxLength,
  inputMode,
}: TextProps) {
  return (
    <Textfield
      id={id}
      label={<FieldLabel label={label} required={required} />}
      description={description}
      type={type}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      autoComplete={autoComplete}
      maxLength={maxLength}
      inputMode={inputMode}
      aria-required={required || undefined}
      className="form-field"
    />
  );
}

interface SelectProps {
  id: string;
  label: string;
  required: boolean;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  options: { value: string; label: string }[];
  /** Text of the empty first option; omitted when a value is always chosen. */
  placeholder?: string;
  description?: ReactNode;
}

export function SelectField({ id, label, required, value, onChange, error, options, placeholder, description }: SelectProps) {
  return (
    <Field className="form-field">
      <Label>
        <FieldLabel label={label} required={required} />
      </Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
      >
        {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return <Checkbox id={id} label={label} checked={checked} onChange={(e) => onChange(e.target.checked)} />;
}

export function TextAreaField({
  id,
  label,
  required,
  value,
  onChange,
  error,
  description,
  rows = 4,
}: {
  id: string;
  label: string;
  required: boolean;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  description?: ReactNode;
  rows?: number;
}) {
  return (
    <Textfield
      multiline
      rows={rows}
      id={id}
      label={<FieldLabel label={label} required={required} />}
      description={description}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      aria-required={required || undefined}
      className="form-field"
    />
  );
}

interface GroupProps {
  /** Given to the fieldset, which the error summary moves focus to. */
  id: string;
  legend: string;
  required: boolean;
  options: { value: string; label: ReactNode }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string;
  description?: ReactNode;
}

/** Several choices out of a list, as checkboxes in a fieldset with its legend. */
export function CheckboxGroupField({ id, legend, required, options, selected, onChange, error, description }: GroupProps) {
  const toggle = (value: string, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <Fieldset id={id} tabIndex={-1} className="form-field checkbox-group">
      <Fieldset.Legend>
        <FieldLabel label={legend} required={required} />
      </Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {options.map((o) => (
        <Checkbox
          key={o.value}
          label={o.label}
          value={o.value}
          checked={selected.includes(o.value)}
          onChange={(e) => toggle(o.value, e.target.checked)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
