// /roda-traden: the red thread of a year, from the vision down to the employees' contributions,
// as a tree. A search keeps the matching goals with the path to them, opened. Below it, the goals
// that trace to nothing: a defect to show, not to hide (DOMAIN.md).
import { Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import type { Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { nodeTypeWord } from '../../components/PlanTags.js';
import { Loading, QueryError } from '../../components/Status.js';
import { YearSelect, useYearParam } from '../../components/YearSelect.js';
import { formatNumber } from '../../format.js';
import { useGoalStatusMap } from '../../indicatorQueries.js';
import { useRedThread } from '../../planQueries.js';
import { countNodes, filterThread, keysToDepth, keyTree, matchesText } from './threadTree.js';
import { ThreadTree } from './ThreadTree.js';

export function RedThreadPage() {
  const { t } = useTranslation();
  usePageTitle(t('thread.title'));
  const [year, setYear] = useYearParam();
  const thread = useRedThread(year);
  const statuses = useGoalStatusMap(year);
  const [search, setSearch] = useState('');
  const tree = useMemo(() => keyTree(thread.data?.roots ?? []), [thread.data]);
  // Open down to KF's goals: the vision, its programs and strategic areas, and what hangs on them.
  const defaultExpanded = useMemo(() => keysToDepth(tree, 2), [tree]);
  const [expanded, setExpanded] = useState<{ year: number; keys: Set<Key> } | null>(null);
  const [searchExpanded, setSearchExpanded] = useState<{ needle: string; keys: Set<Key> } | null>(null);
  const needle = search.trim().toLocaleLowerCase('sv');
  const filtered = useMemo(() => (needle ? filterThread(tree, matchesText(needle)) : null), [tree, needle]);
  const expandedKeys: Set<Key> = filtered
    ? searchExpanded?.needle === needle
      ? searchExpanded.keys
      : filtered.ancestors
    : expanded?.year === year
      ? expanded.keys
      : defaultExpanded;
  const total = countNodes(tree);
  const untraced = thread.data?.untraced ?? [];

  return (
    <>
      <PageHeading>{t('thread.title')}</PageHeading>
      <Paragraph>{t('thread.intro')}</Paragraph>
      <div className="toolbar">
        <YearSelect id="thread-year" year={year} onChange={setYear} />
        <Textfield
          label={t('thread.search')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="toolbar__search"
        />
      </div>
      <Paragraph role="status" data-size="sm" className="muted">
        {thread.data
          ? filtered
            ? t('thread.showingFiltered', { count: filtered.count, shown: formatNumber(filtered.count), total: formatNumber(total) })
            : t('thread.showingAll', { count: total, total: formatNumber(total), year })
          : ''}
      </Paragraph>
      {thread.isPending ? (
        <Loading />
      ) : thread.isError ? (
        <QueryError error={thread.error} onRetry={() => void thread.refetch()} />
      ) : (filtered?.nodes ?? tree).length === 0 ? (
        <Paragraph>{filtered ? t('thread.noMatches') : t('thread.empty', { year })}</Paragraph>
      ) : (
        <ThreadTree
          label={t('thread.treeLabel', { year })}
          nodes={filtered?.nodes ?? tree}
          year={year}
          statuses={statuses}
          expandedKeys={expandedKeys}
          onExpandedChange={(keys) => (filtered ? setSearchExpanded({ needle, keys }) : setExpanded({ year, keys }))}
        />
      )}

      <section aria-labelledby="thread-untraced">
        <Heading level={2} data-size="sm" id="thread-untraced">
          {t('thread.untracedHeading')} ({formatNumber(untraced.length)})
        </Heading>
        <Paragraph data-size="sm">{t('thread.untracedIntro')}</Paragraph>
        {!thread.data ? null : untraced.length === 0 ? (
          <Paragraph>{t('thread.noUntraced')}</Paragraph>
        ) : (
          <ul className="plain-list">
            {untraced.map((n) => (
              <li key={n.id}>
                <Link asChild>
                  <RouterLink to={`/planer/${n.planId}`}>{n.title}</RouterLink>
                </Link>{' '}
                <span className="muted">
                  ({nodeTypeWord(t, n.type, n.goalKind)}, {t(`planKinds.${n.planKind}`).toLocaleLowerCase()},{' '}
                  {n.personName ? `${n.orgUnitName} – ${n.personName}` : n.orgUnitName})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
