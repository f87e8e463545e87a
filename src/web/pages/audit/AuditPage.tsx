// /granskningslogg: who changed what and when, with filters kept in the URL (a filtered view
// can be shared) and each entry's before/after behind a disclosure.
import { Alert, Button, Details, Link, Pagination, Paragraph, Table, usePagination } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { AuditEntry } from '../../api.js';
import { usePageTitle } from '../../app/title.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormErrorSummary } from '../../components/FormErrorSummary.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError } from '../../components/Status.js';
import { formatDateTime, formatNumber } from '../../format.js';
import { isIsoDate, useForm } from '../../forms/useForm.js';
import { useAudit, useMe } from '../../queries.js';
import { AuditDiff } from './AuditDiff.js';

const entityTypes = ['org_unit', 'person', 'role_assignment', 'session', 'municipality'] as const;
const actions = ['create', 'update', 'move', 'close', 'end', 'login', 'logout', 'setup', 'seed'] as const;
const pageSize = 50;

type F = 'entityType' | 'action' | 'from' | 'to';

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const filter = {
    entityType: params.get('typ') ?? undefined,
    action: params.get('handelse') ?? undefined,
    from: params.get('fran') ?? undefined,
    to: params.get('till') ?? undefined,
    page: Math.max(1, Number(params.get('sida')) || 1),
    pageSize,
  };
  const me = useMe();
  // The link is only in the menu for those who may read the log; a typed URL gets an explanation.
  const allowed = me.data?.permissions.readAudit ?? false;
  const audit = useAudit(filter, allowed);
  const [draft, setDraft] = useState({
    entityType: filter.entityType ?? '',
    action: filter.action ?? '',
    from: filter.from ?? '',
    to: filter.to ?? '',
  });
  const set = (k: F) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const form = useForm<F>({
    entityType: { id: 'audit-type', label: t('audit.entityType') },
    action: { id: 'audit-action', label: t('audit.action') },
    from: { id: 'audit-from', label: t('audit.from') },
    to: { id: 'audit-to', label: t('audit.to') },
  });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const ok = form.check({
      from: draft.from && !isIsoDate(draft.from) ? t('form.dateFormat') : undefined,
      to:
        draft.to && !isIsoDate(draft.to)
          ? t('form.dateFormat')
          : draft.from && draft.to && draft.to < draft.from
            ? t('audit.toBeforeFrom')
            : undefined,
    });
    if (!ok) return;
    const next: Record<string, string> = {};
    if (draft.entityType) next.typ = draft.entityType;
    if (draft.action) next.handelse = draft.action;
    if (draft.from) next.fran = draft.from;
    if (draft.to) next.till = draft.to;
    setParams(next);
  };
  const clear = () => {
    setDraft({ entityType: '', action: '', from: '', to: '' });
    form.reset();
    setParams({});
  };
  const goToPage = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('sida', String(page));
    setParams(next);
    document.getElementById('audit-caption')?.focus();
  };

  const total = audit.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  if (!allowed) {
    return (
      <>
        <PageHeading>{t('audit.title')}</PageHeading>
        <Alert data-color="info">
          <Paragraph>{t('audit.notAllowed')}</Paragraph>
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <form onSubmit={apply} noValidate className="filters" aria-labelledby="audit-filter-heading">
        <h2 id="audit-filter-heading" className="visually-hidden">
          {t('audit.filterHeading')}
        </h2>
        <FormErrorSummary form={form} />
        <div className="filters__fields">
          <SelectField
            id={form.fields.entityType.id}
            label={form.fields.entityType.label}
            required={false}
            value={draft.entityType}
            onChange={set('entityType')}
            placeholder={t('audit.all')}
            options={entityTypes.map((k) => ({ value: k, label: t(`audit.entityTypes.${k}`) }))}
          />
          <SelectField
            id={form.fields.action.id}
            label={form.fields.action.label}
            required={false}
            value={draft.action}
            onChange={set('action')}
            placeholder={t('audit.all')}
            options={actions.map((k) => ({ value: k, label: t(`audit.actions.${k}`) }))}
          />
          <TextField
            id={form.fields.from.id}
            label={form.fields.from.label}
            required={false}
            type="date"
            value={draft.from}
            onChange={set('from')}
            error={form.errors.from}
          />
          <TextField
            id={form.fields.to.id}
            label={form.fields.to.label}
            required={false}
            type="date"
            value={draft.to}
            onChange={set('to')}
            error={form.errors.to}
          />
        </div>
        <div className="form-actions">
          <Button type="submit">{t('audit.apply')}</Button>
          <Button variant="secondary" onClick={clear}>
            {t('audit.clear')}
          </Button>
        </div>
      </form>

      {audit.isPending ? (
        <Loading />
      ) : audit.isError ? (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <>
          <Paragraph role="status" data-size="sm" className="muted">
            {t('audit.count', { count: total, n: formatNumber(total), page: formatNumber(filter.page), pages: formatNumber(pages) })}
          </Paragraph>
          {audit.data.items.length > 0 && (
            <div className="table-wrap">
              <Table zebra stickyHeader className="data-table" data-size="sm">
                <caption id="audit-caption" tabIndex={-1}>
                  {t('audit.caption')}
                </caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('audit.colTime')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('audit.colWho')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('audit.colWhat')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('audit.colObject')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('audit.colUnit')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('audit.colChange')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {audit.data.items.map((e) => (
                    <AuditRow key={e.id} entry={e} />
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
          {pages > 1 && <AuditPagination current={filter.page} total={pages} onPage={goToPage} />}
        </>
      )}
    </>
  );
}

/** A name for the object of an entry, taken from what was logged about it. */
function objectName(e: AuditEntry): string | null {
  const pick = (v: unknown, k: string) =>
    v && typeof v === 'object' && typeof (v as Record<string, unknown>)[k] === 'string'
      ? ((v as Record<string, unknown>)[k] as string)
      : null;
  if (e.entityType === 'role_assignment') return pick(e.after, 'personName') ?? pick(e.before, 'personName');
  return pick(e.after, 'name') ?? pick(e.before, 'name');
}

// An entry about an utvecklingsplan the reader may not read comes without before/after (decision 0004).
function AuditRow({ entry: e }: { entry: AuditEntry & { private?: boolean } }) {
  const { t } = useTranslation();
  const type = t(`audit.entityTypes.${e.entityType}`, { defaultValue: e.entityType });
  const name = objectName(e);
  const href =
    e.entityType === 'org_unit'
      ? `/organisation/${e.entityId}`
      : e.entityType === 'person' || e.entityType === 'session'
        ? `/personer/${e.entityId}`
        : null;
  const text = name ? `${type}: ${name}` : type;
  const hasDiff = e.before !== null || e.after !== null;
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>
      </Table.HeaderCell>
      <Table.Cell>{e.actorName ?? t('audit.system')}</Table.Cell>
      <Table.Cell>{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</Table.Cell>
      <Table.Cell>
        {href ? (
          <Link asChild>
            <RouterLink to={href}>{text}</RouterLink>
          </Link>
        ) : (
          text
        )}
      </Table.Cell>
      <Table.Cell>
        {e.orgUnitId && e.entityType !== 'org_unit' ? (
          <Link asChild>
            <RouterLink to={`/organisation/${e.orgUnitId}`}>{e.orgUnitName ?? e.orgUnitId}</RouterLink>
          </Link>
        ) : (
          (e.orgUnitName ?? '')
        )}
      </Table.Cell>
      <Table.Cell>
        {e.private && t('audit.private')}
        {hasDiff && (
          <Details>
            <Details.Summary>
              {t('audit.beforeAfter')}
              <span className="visually-hidden"> {t('audit.forEntry', { what: text, time: formatDateTime(e.occurredAt) })}</span>
            </Details.Summary>
            <Details.Content>
              <AuditDiff before={e.before} after={e.after} />
            </Details.Content>
          </Details>
        )}
      </Table.Cell>
    </Table.Row>
  );
}

function AuditPagination({ current, total, onPage }: { current: number; total: number; onPage: (p: number) => void }) {
  const { t } = useTranslation();
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: current,
    totalPages: total,
    showPages: 7,
    setCurrentPage: onPage,
  });
  return (
    <Pagination aria-label={t('audit.pagination')}>
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button {...prevButtonProps}>{t('audit.prev')}</Pagination.Button>
        </Pagination.Item>
        {pages.map(({ page, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof page === 'number' && buttonProps && (
              <Pagination.Button {...buttonProps} aria-label={t('audit.pageN', { page })}>
                {page}
              </Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button {...nextButtonProps}>{t('audit.next')}</Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}
