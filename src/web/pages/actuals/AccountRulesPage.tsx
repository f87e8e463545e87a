// /budget/utfall/kontoregler: how the ledger's accounts count (operating revenue or cost,
// investment, financing, not counted) and which SIE dimension carries ansvar. Everyone reads the
// ranges; the central finance function changes them. The server refuses overlapping ranges and
// names the field; a stale version is told and offered a reload.
import { Button, Fieldset, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { type AccountCategory, accountCategories, kommunBasRules } from '../../../core/actuals/rules.js';
import { usePageTitle } from '../../app/title.js';
import { FormErrorSummary } from '../../components/FormErrorSummary.js';
import { SelectField, TextField } from '../../components/fields.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { useForm } from '../../forms/useForm.js';
import { actualsApi, actualsKeys, type LedgerSettings } from './actualsApi.js';

interface Row {
  /** A stable key for React while rows are added and removed. */
  key: number;
  from: string;
  to: string;
  category: AccountCategory | '';
}

let nextKey = 1;
const toRows = (rules: LedgerSettings['rules']): Row[] => rules.map((r) => ({ key: nextKey++, ...r }));

export function AccountRulesPage() {
  const { t } = useTranslation();
  usePageTitle(t('actuals.rules.title'));
  const settings = useQuery({ queryKey: actualsKeys.settings, queryFn: actualsApi.settings });
  // Kept here: a saved version remounts the form, which must not take the confirmation with it.
  const [notice, setNotice] = useState<string | null>(null);
  const s = settings.data;
  return (
    <>
      <PageHeading>{t('actuals.rules.title')}</PageHeading>
      <Paragraph>{t('actuals.rules.intro')}</Paragraph>
      {notice && <SuccessAlert message={notice} onDismiss={() => setNotice(null)} />}
      {settings.isPending && <Loading />}
      {settings.error && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      {s && (
        <>
          <Paragraph data-size="sm">{t(s.customRules ? 'actuals.rules.custom' : 'actuals.rules.defaults')}</Paragraph>
          {s.canEdit ? (
            <RulesForm key={s.version} s={s} onReload={() => void settings.refetch()} onSaved={setNotice} />
          ) : (
            <RulesTable s={s} />
          )}
        </>
      )}
      <Paragraph data-size="sm">
        <RouterLink to="/budget/utfall">{t('actuals.toOutcome')}</RouterLink>
      </Paragraph>
    </>
  );
}

function RulesTable({ s }: { s: LedgerSettings }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph data-size="sm">{t('actuals.rules.readOnly')}</Paragraph>
      <div className="table-scroll">
        <Table data-size="sm" zebra>
          <caption>{t('actuals.rules.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('actuals.rules.from')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('actuals.rules.to')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('actuals.rules.category')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {s.rules.map((r) => (
              <Table.Row key={`${r.from}-${r.to}`}>
                <Table.Cell>{r.from}</Table.Cell>
                <Table.Cell>{r.to}</Table.Cell>
                <Table.Cell>{t(`actuals.rules.categories.${r.category}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="sm">{`${t('actuals.rules.dimension')}: ${s.ansvarDimension}`}</Paragraph>
    </>
  );
}

const isAccount = (v: string) => /^\d{1,10}$/.test(v.trim());

function RulesForm({ s, onReload, onSaved }: { s: LedgerSettings; onReload: () => void; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [dimension, setDimension] = useState(String(s.ansvarDimension));
  const [rows, setRows] = useState<Row[]>(() => toRows(s.rules));
  // True while the rows are Kommun-Bas as filled in by the button: saved as "no own rules".
  const [defaults, setDefaults] = useState(!s.customRules);
  const [filled, setFilled] = useState(false);
  const label = (field: 'from' | 'to' | 'category', i: number) =>
    t('actuals.rules.inRow', { field: t(`actuals.rules.${field}`), row: i + 1 });
  const fields: Record<string, { id: string; label: string }> = {
    ansvarDimension: { id: 'rules-dimension', label: t('actuals.rules.dimension') },
  };
  rows.forEach((r, i) => {
    for (const f of ['from', 'to', 'category'] as const) fields[`rules.${i}.${f}`] = { id: `rule-${r.key}-${f}`, label: label(f, i) };
  });
  const form = useForm<string>(fields);
  const save = useMutation({
    mutationFn: () =>
      actualsApi.putSettings({
        ansvarDimension: Number(dimension.trim()),
        rules: defaults ? null : rows.map((r) => ({ from: r.from.trim(), to: r.to.trim(), category: r.category as AccountCategory })),
        version: s.version,
      }),
    onSuccess: async () => {
      onSaved(t('actuals.rules.saved'));
      await queryClient.invalidateQueries({ queryKey: actualsKeys.all });
    },
    onError: (err) => form.fail(err),
  });
  const edit = (key: number, change: Partial<Row>) => {
    setDefaults(false);
    setFilled(false);
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string | undefined> = {
      ansvarDimension: /^[1-9]\d{0,3}$/.test(dimension.trim()) ? undefined : t('actuals.rules.dimensionNumber'),
    };
    rows.forEach((r, i) => {
      errors[`rules.${i}.from`] = isAccount(r.from) ? undefined : t('actuals.rules.notAccount');
      errors[`rules.${i}.to`] = isAccount(r.to) ? undefined : t('actuals.rules.notAccount');
      errors[`rules.${i}.category`] = r.category ? undefined : t('actuals.rules.chooseCategory');
    });
    if (form.check(errors)) save.mutate();
  };
  const options = accountCategories.map((c) => ({ value: c, label: t(`actuals.rules.categories.${c}`) }));

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormErrorSummary form={form} onReload={onReload} />
      {filled && <Paragraph data-size="sm">{t('actuals.rules.defaultsFilled')}</Paragraph>}
      <TextField
        id="rules-dimension"
        label={t('actuals.rules.dimension')}
        required
        inputMode="numeric"
        value={dimension}
        onChange={setDimension}
        error={form.errors.ansvarDimension}
        description={t('actuals.rules.dimensionHelp')}
      />
      <Heading level={2} data-size="xs">
        {t('actuals.rules.caption')}
      </Heading>
      {rows.length === 0 && <Paragraph data-size="sm">{t('actuals.rules.none')}</Paragraph>}
      {rows.map((r, i) => (
        <Fieldset key={r.key} className="form-field">
          <Fieldset.Legend>{t('actuals.rules.legend', { row: i + 1 })}</Fieldset.Legend>
          <div className="toolbar">
            <TextField
              id={`rule-${r.key}-from`}
              label={t('actuals.rules.from')}
              required
              inputMode="numeric"
              value={r.from}
              onChange={(v) => edit(r.key, { from: v })}
              error={form.errors[`rules.${i}.from`]}
            />
            <TextField
              id={`rule-${r.key}-to`}
              label={t('actuals.rules.to')}
              required
              inputMode="numeric"
              value={r.to}
              onChange={(v) => edit(r.key, { to: v })}
              error={form.errors[`rules.${i}.to`]}
            />
            <SelectField
              id={`rule-${r.key}-category`}
              label={t('actuals.rules.category')}
              required
              value={r.category}
              onChange={(v) => edit(r.key, { category: v as AccountCategory })}
              error={form.errors[`rules.${i}.category`]}
              options={options}
              placeholder={r.category ? undefined : t('actuals.rules.choose')}
            />
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() => {
                setDefaults(false);
                // The messages are kept by row number, which moves: they come back on the next save.
                form.reset();
                setRows((rs) => rs.filter((x) => x.key !== r.key));
              }}
            >
              {t('actuals.rules.remove', { row: i + 1 })}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setDefaults(false);
            setRows((rs) => [...rs, { key: nextKey++, from: '', to: '', category: '' }]);
          }}
        >
          {t('actuals.rules.add')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setRows(toRows(kommunBasRules));
            setDefaults(true);
            setFilled(true);
          }}
        >
          {t('actuals.rules.useDefaults')}
        </Button>
      </div>
      <div className="button-row">
        <Button type="submit" disabled={save.isPending}>
          {t('actuals.rules.save')}
        </Button>
      </div>
    </form>
  );
}
