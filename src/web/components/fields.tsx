// Form fields with their label, the word "Obligatoriskt" or "Valfritt" (UI.md rule 6, never
// an asterisk) and their validation message. The ds-field element wires label, description
// and message to the input (for, aria-describedby, aria-invalid).
import { Checkbox, Field, Label, Select, Tag, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
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
}

export function TextField({ id, label, required, value, onChange, error, type = 'text', autoComplete, description, maxLength }: TextProps) {
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
