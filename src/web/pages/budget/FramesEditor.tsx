// Editing a draft version's frames in a grid: one field per body, kind and year, in whole
// kronor. Saving replaces the version's frames; a stale version is refused (409) and said so.
import { Button, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frameKindsOf } from '../../../core/budget/kinds.js';
import { wholeKronor } from '../../../core/budget/sheet.js';
import { ErrorAlert } from '../../components/Status.js';
import { useErrorTitle } from '../../app/title.js';
import { budgetApi, type Frame, refreshBudget, type VersionDetail } from './budgetApi.js';
import { kr } from './common.js';

const key = (bodyId: string, kind: string, year: number) => `${bodyId}|${kind}|${year}`;

export function FramesEditor({ detail, onDone, onCancel }: { detail: VersionDetail; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(detail.frames.map((f) => [key(f.orgUnitId, f.kind, f.year), kr(f.amountKr)])),
  );
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  useErrorTitle(invalid.size > 0);
  const save = useMutation({
    mutationFn: (frames: Frame[]) => budgetApi.saveFrames(detail.version.id, { version: detail.version.version, frames }),
    onSuccess: async () => {
      await refreshBudget(queryClient);
      onDone();
    },
  });
  const rows = detail.bodies.flatMap((b) => (frameKindsOf[b.kind] ?? []).map((kind) => ({ body: b, kind })));
  const submit = () => {
    const bad = new Set<string>();
    const frames: Frame[] = [];
    for (const { body, kind } of rows) {
      for (const year of detail.years) {
        const k = key(body.id, kind, year);
        const text = (values[k] ?? '').trim();
        if (!text) continue;
        const amountKr = wholeKronor(text);
        if (amountKr === null) bad.add(k);
        else frames.push({ orgUnitId: body.id, kind, year, amountKr });
      }
    }
    setInvalid(bad);
    if (bad.size === 0) save.mutate(frames);
  };
  return (
    <div className="frames-editor">
      {invalid.size > 0 && (
        <Paragraph role="alert" className="error-summary">
          {t('budgetFrames.invalid', { count: invalid.size })}
        </Paragraph>
      )}
      {save.error && <ErrorAlert error={save.error} onDismiss={() => save.reset()} />}
      <div className="table-wrap">
        <Table className="data-table" data-size="sm">
          <caption>{t('budgetFrames.editCaption', { title: detail.version.title })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('budgetFrames.body')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('budgetFrames.kind')}</Table.HeaderCell>
              {detail.years.map((y) => (
                <Table.HeaderCell scope="col" key={y}>
                  {y}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map(({ body, kind }) => (
              <Table.Row key={`${body.id}${kind}`}>
                <Table.HeaderCell scope="row">{body.name}</Table.HeaderCell>
                <Table.Cell>{t(`budgetCommon.kind.${kind}`)}</Table.Cell>
                {detail.years.map((year) => {
                  const k = key(body.id, kind, year);
                  return (
                    <Table.Cell key={year}>
                      <Textfield
                        aria-label={t('budgetFrames.cellLabel', { body: body.name, kind: t(`budgetCommon.kind.${kind}`), year })}
                        inputMode="numeric"
                        value={values[k] ?? ''}
                        onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
                        error={invalid.has(k) ? t('budgetCommon.notWhole') : undefined}
                        data-size="sm"
                        className="amount-input"
                      />
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <div className="button-row">
        <Button onClick={submit} disabled={save.isPending}>
          {t('budgetFrames.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </div>
  );
}
