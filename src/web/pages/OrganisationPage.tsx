// /organisation: the whole organisation as an ARIA tree (react-aria NavigationTree: arrow keys
// move and expand, each unit a link). Expanded down to the nämnder by default; a filter keeps
// matching units with the path to them.
import { Checkbox, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import type { Key } from 'react-aria-components';
import {
  Button as AriaButton,
  I18nProvider,
  Link as AriaLink,
  NavigationTree,
  NavigationTreeItem,
  NavigationTreeItemContent,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/title.js';
import { PageHeading } from '../components/PageHeading.js';
import { Loading, QueryError } from '../components/Status.js';
import { formatNumber } from '../format.js';
import { locale } from '../i18n/index.js';
import { type TreeNode, buildTree, filterTree, idsToDepth } from '../orgTree.js';
import { useOrgUnits } from '../queries.js';

export function OrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisation.title'));
  const [includeClosed, setIncludeClosed] = useState(false);
  const [filter, setFilter] = useState('');
  const units = useOrgUnits(includeClosed);
  const tree = useMemo(() => buildTree(units.data?.items ?? []), [units.data]);
  const defaultExpanded = useMemo(() => idsToDepth(tree, 1), [tree]);
  const [expanded, setExpanded] = useState<Set<Key> | null>(null);
  // While filtering, the reader may still fold branches; that choice lasts until the filter changes.
  const [filterExpanded, setFilterExpanded] = useState<{ needle: string; keys: Set<Key> } | null>(null);
  const needle = filter.trim().toLocaleLowerCase('sv');
  const filtered = useMemo(
    () =>
      needle
        ? filterTree(
            tree,
            (u) => u.name.toLocaleLowerCase('sv').includes(needle) || (u.shortName ?? '').toLocaleLowerCase('sv').includes(needle),
          )
        : null,
    [tree, needle],
  );
  // While filtering, the path to every match starts open; otherwise the reader's own choice.
  const expandedKeys: Set<Key> = filtered
    ? filterExpanded?.needle === needle
      ? filterExpanded.keys
      : filtered.ancestors
    : (expanded ?? defaultExpanded);
  const total = units.data?.items.length ?? 0;

  return (
    <>
      <PageHeading>{t('organisation.title')}</PageHeading>
      <div className="toolbar">
        <Textfield
          label={t('organisation.filter')}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className="toolbar__search"
        />
        <Checkbox label={t('organisation.showClosed')} checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)} />
      </div>
      <Paragraph role="status" data-size="sm" className="muted">
        {units.data
          ? filtered
            ? t('organisation.showingFiltered', { count: filtered.count, shown: formatNumber(filtered.count), total: formatNumber(total) })
            : t('organisation.showingAll', { count: total, total: formatNumber(total) })
          : ''}
      </Paragraph>
      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <QueryError error={units.error} onRetry={() => void units.refetch()} />
      ) : (filtered?.nodes ?? tree).length === 0 ? (
        <Paragraph>{filtered ? t('organisation.noMatches') : t('organisation.empty')}</Paragraph>
      ) : (
        <I18nProvider locale={locale()}>
          <NavigationTree
            aria-label={t('organisation.treeLabel')}
            className="org-tree"
            expandedKeys={expandedKeys}
            onExpandedChange={(keys) => (filtered ? setFilterExpanded({ needle, keys: new Set(keys) }) : setExpanded(new Set(keys)))}
          >
            {(filtered?.nodes ?? tree).map((n) => (
              <UnitItem key={n.unit.id} node={n} />
            ))}
          </NavigationTree>
        </I18nProvider>
      )}
    </>
  );
}

function UnitItem({ node }: { node: TreeNode }) {
  const { t } = useTranslation();
  const u = node.unit;
  return (
    <NavigationTreeItem id={u.id} textValue={u.name} href={`/organisation/${u.id}`} className="org-tree__item">
      <NavigationTreeItemContent>
        {({ hasChildItems, isExpanded, level }) => (
          <div className="org-tree__row" style={{ paddingInlineStart: `calc(${level - 1} * var(--ds-size-6))` }}>
            {hasChildItems ? (
              <AriaButton slot="chevron" className="org-tree__chevron">
                <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className={isExpanded ? 'is-open' : undefined}>
                  <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
              </AriaButton>
            ) : (
              <span className="org-tree__spacer" />
            )}
            <AriaLink className="org-tree__link">{u.name}</AriaLink>
            <span className="org-tree__kind">{t(`kinds.${u.kind}`)}</span>
            {u.closedOn && (
              <Tag data-size="sm" data-color="neutral">
                {t('status.closed')}
              </Tag>
            )}
          </div>
        )}
      </NavigationTreeItemContent>
      {node.children.map((c) => (
        <UnitItem key={c.unit.id} node={c} />
      ))}
    </NavigationTreeItem>
  );
}
