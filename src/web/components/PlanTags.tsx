// Status and kinds of the red thread, always as words (UI.md rule 1): colour only reinforces,
// and red is kept for errors.
import { Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { GoalKind, PlanStatus } from '../../core/plans/kinds.js';

const statusColor: Record<PlanStatus, string> = {
  draft: 'neutral',
  in_review: 'info',
  adopted: 'success',
  superseded: 'neutral',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={statusColor[status]}>
      {t(`planStatus.${status}`)}
    </Tag>
  );
}

export type NodeType = 'vision' | 'program' | 'strategic_area' | 'goal';

/** The word for a node of the thread: "Vision", "Strategiskt område", "Resultatmål" … */
export const nodeTypeWord = (t: TFunction, type: NodeType, goalKind: GoalKind | null) =>
  type === 'goal' && goalKind ? t(`nodeTypes.${goalKind}`) : t(`nodeTypes.${type}`);

export function NodeTypeTag({ type, goalKind }: { type: NodeType; goalKind: GoalKind | null }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color="neutral" variant="outline">
      {nodeTypeWord(t, type, goalKind)}
    </Tag>
  );
}
