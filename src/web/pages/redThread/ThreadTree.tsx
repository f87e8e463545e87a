// The red thread as an ARIA tree (react-aria NavigationTree, as the organisation tree): arrow
// keys move and expand, each node a link to its goal (or, for the vision and programs, its plan).
// Each node says its type, plan and unit in words, and a goal its status of the year.
import { Tag } from '@digdir/designsystemet-react';
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
import { AssessmentTag } from '../../components/AssessmentTag.js';
import { nodeTypeWord } from '../../components/PlanTags.js';
import type { GoalStatusItem } from '../../indicatorApi.js';
import { locale } from '../../i18n/index.js';
import type { KeyedNode } from './threadTree.js';

interface Props {
  label: string;
  nodes: KeyedNode[];
  year: number;
  expandedKeys: Set<Key>;
  onExpandedChange: (keys: Set<Key>) => void;
  /** Goal statuses of the year by lineage; a goal without one shows none. */
  statuses?: ReadonlyMap<string, GoalStatusItem>;
}

export function ThreadTree({ label, nodes, year, expandedKeys, onExpandedChange, statuses }: Props) {
  return (
    <I18nProvider locale={locale()}>
      <NavigationTree
        aria-label={label}
        className="org-tree thread-tree"
        expandedKeys={expandedKeys}
        onExpandedChange={(keys) => onExpandedChange(new Set(keys))}
      >
        {nodes.map((k) => (
          <ThreadItem key={k.key} item={k} year={year} statuses={statuses} />
        ))}
      </NavigationTree>
    </I18nProvider>
  );
}

export const nodeHref = (n: { kind: string; id: string; planId: string }, year: number) =>
  n.kind === 'vision' || n.kind === 'program' ? `/planer/${n.planId}` : `/roda-traden/mal/${n.id}?ar=${year}`;

function ThreadItem({ item, year, statuses }: { item: KeyedNode; year: number; statuses?: ReadonlyMap<string, GoalStatusItem> }) {
  const { t } = useTranslation();
  const n = item.node;
  const type = nodeTypeWord(t, n.kind, n.goalKind);
  const status = n.kind === 'goal' ? statuses?.get(n.id) : undefined;
  return (
    <NavigationTreeItem id={item.key} textValue={n.title} href={nodeHref(n, year)} className="org-tree__item">
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
            {/* Tag, link and place wrap together, indented as one, when the line is too long. */}
            <span className="thread-tree__label">
              <Tag data-size="sm" data-color="neutral" variant="outline">
                {type}
              </Tag>
              <AriaLink className="org-tree__link">{n.title}</AriaLink>
              {status && <AssessmentTag status={status.status} />}
              <span className="org-tree__kind">
                {n.kind === 'goal' || n.kind === 'strategic_area' ? `${t(`planKinds.${n.planKind}`)}, ${n.orgUnit}` : n.orgUnit}
              </span>
            </span>
          </div>
        )}
      </NavigationTreeItemContent>
      {item.children.map((c) => (
        <ThreadItem key={c.key} item={c} year={year} statuses={statuses} />
      ))}
    </NavigationTreeItem>
  );
}
