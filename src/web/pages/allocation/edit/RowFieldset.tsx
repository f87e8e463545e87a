// One row of a list in the model (a verksamhet, a volume adjustment, a priority …): its fields in
// a fieldset named after the row, and a button that removes the row, named after it too.
import { Button, Fieldset } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/fields.js';
import { type Errors, fieldId } from './draft.js';

export function RowFieldset({ legend, onRemove, children }: { legend: string; onRemove: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Fieldset className="form-field">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <div className="toolbar">{children}</div>
      <div className="button-row">
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          onClick={onRemove}
          aria-label={t('allocationEdit.removeRow', { row: legend })}
        >
          {t('allocationEdit.remove')}
        </Button>
      </div>
    </Fieldset>
  );
}

/** A text or number field whose id and error come from its path in the model. */
export function PathField({
  path,
  label,
  value,
  onChange,
  errors,
  required = true,
  decimal = false,
  description,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors: Errors;
  required?: boolean;
  decimal?: boolean;
  description?: string;
}) {
  return (
    <TextField
      id={fieldId(path)}
      label={label}
      required={required}
      value={value}
      onChange={onChange}
      error={errors[path]}
      inputMode={decimal ? 'decimal' : undefined}
      description={description}
    />
  );
}
