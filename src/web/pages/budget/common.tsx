// Pieces every budget page shares: amounts in whole kronor (sv-SE), the budget year in the
// address, the links between the budget pages, an Excel download link and an Excel upload that
// lists every error by cell.
import { Alert, Button, Field, Heading, Label, Link, List, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { isApiError } from '../../api.js';
import { useErrorTitle } from '../../app/title.js';
import { formatNumber } from '../../format.js';

export const kr = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n));

/** A number cell: right-aligned, tabular digits (UI.md rule 3). */
export const Num = ({ children }: { children: ReactNode }) => <Table.Cell className="number">{children}</Table.Cell>;

/** The budget year in the address (?ar=); before September the current year, from then the next. */
export function useBudgetYear(): [number, (y: number) => void] {
  const [params, setParams] = useSearchParams();
  const now = new Date();
  const fallback = now.getMonth() >= 8 ? now.getFullYear() + 1 : now.getFullYear();
  const n = Number(params.get('ar'));
  const year = Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : fallback;
  const set = (y: number) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('ar', String(y));
        return next;
      },
      { replace: true },
    );
  return [year, set];
}

export function ExcelLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} download className="excel-link">
      {children}
    </Link>
  );
}

/** Choose an .xlsx and send it; on refusal every cell's error is listed and the page title starts with "Fel:". */
export function ExcelUpload({
  label,
  help,
  send,
  onDone,
}: {
  label: string;
  help: string;
  send: (file: File) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const upload = useMutation({
    mutationFn: (f: File) => send(f),
    onSuccess: () => {
      setFile(null);
      if (input.current) input.current.value = '';
      onDone();
    },
  });
  const error = upload.error;
  useErrorTitle(!!error || missing);
  const submit = () => {
    setMissing(!file);
    if (file) upload.mutate(file);
  };
  return (
    <section className="excel-upload" aria-labelledby={`${id}-h`}>
      <Heading level={3} data-size="2xs" id={`${id}-h`}>
        {label}
      </Heading>
      <Field>
        <Label htmlFor={id}>{t('budgetCommon.file')}</Label>
        <Paragraph data-size="sm" className="muted">
          {help}
        </Paragraph>
        <input
          id={id}
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </Field>
      <div className="button-row">
        <Button variant="secondary" onClick={submit} disabled={upload.isPending}>
          {t('budgetCommon.upload')}
        </Button>
      </div>
      {missing && <ValidationMessage>{t('budgetCommon.chooseFile')}</ValidationMessage>}
      {error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{isApiError(error) ? error.message : t('errors.unexpected')}</Paragraph>
          {isApiError(error) && error.fields.length > 0 && (
            <List.Unordered className="cell-errors">
              {error.fields.map((f) => (
                <List.Item key={`${f.field}:${f.message}`}>
                  {f.field}: {f.message}
                </List.Item>
              ))}
            </List.Unordered>
          )}
        </Alert>
      )}
      {upload.isSuccess && <Paragraph role="status">{t('budgetCommon.uploaded')}</Paragraph>}
    </section>
  );
}

/** Links between the budget pages, and to the allocation model and actuals when those exist. */
export function BudgetLinks({ year }: { year: number }) {
  const { t } = useTranslation();
  const links: [string, string][] = [
    [`/budget?ar=${year}`, t('budgetCommon.linkFrames')],
    [`/budget/versioner?ar=${year}`, t('budgetCommon.linkVersions')],
    [`/budget/investeringar?ar=${year}`, t('budgetCommon.linkInvestments')],
    [`/budget/statsbidrag?ar=${year}`, t('budgetCommon.linkGrants')],
    ['/budget/balanskrav', t('budgetCommon.linkBalance')],
  ];
  return (
    <nav aria-label={t('budgetCommon.navLabel')} className="sub-nav">
      <List.Unordered>
        {links.map(([to, text]) => (
          <List.Item key={to}>
            <Link asChild>
              <RouterLink to={to}>{text}</RouterLink>
            </Link>
          </List.Item>
        ))}
      </List.Unordered>
    </nav>
  );
}
