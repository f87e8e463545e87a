// One goal as a card: its kind in words, what it is, its status this year and why, who owns it,
// how it is measured, whom KF gives it to, and what it serves ("Kopplas till"). Defects are said
// in words, never hidden.
import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { PlanKind } from '../../../core/plans/kinds.js';
import { mustBeMeasured, mustTrace } from '../../../core/plans/links.js';
import { GoalAssessment } from '../../components/GoalAssessment.js';
import { NodeTypeTag, nodeTypeWord } from '../../components/PlanTags.js';
import type { GoalStatusItem } from '../../indicatorApi.js';
import type { Goal } from '../../planApi.js';

interface Props {
  goal: Goal;
  planKind: PlanKind;
  year: number;
  /** The goal's computed status of the year; absent for a goal not in force (a draft). */
  status?: GoalStatusItem;
  onEdit?: () => void;
  onDelete?: () => void;
}

export function GoalCard({ goal: g, planKind, year, status, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const measured = mustBeMeasured(g.kind);
  const owner = [g.ownerOrgUnitName, g.ownerPersonName].filter(Boolean).join(', ');
  const headingId = `goal-${g.id}`;
  return (
    <article className="goal-card" aria-labelledby={headingId}>
      <div className="goal-card__head">
        <NodeTypeTag type="goal" goalKind={g.kind} />
        <Heading level={3} data-size="xs" id={headingId}>
          {g.title}
        </Heading>
      </div>
      {g.description && <Paragraph data-size="sm">{g.description}</Paragraph>}
      <dl className="goal-facts">
        {status && (
          <div>
            <dt>{t('assessment.label', { year })}</dt>
            <dd>
              <GoalAssessment item={status} year={year} />
            </dd>
          </div>
        )}
        {g.targetYear !== null && (
          <div>
            <dt>{t('goal.targetYear')}</dt>
            <dd>{g.targetYear}</dd>
          </div>
        )}
        {(owner || measured) && (
          <div>
            <dt>{t('goal.owner')}</dt>
            <dd>{owner || <Defect text={t('goal.noOwner')} />}</dd>
          </div>
        )}
        {(g.indicators.length > 0 || g.qualitativeReason || measured) && (
          <div>
            <dt>{t('goal.indicators')}</dt>
            <dd>
              {g.indicators.length > 0 ? (
                <ul className="plain-list">
                  {g.indicators.map((i) => (
                    <li key={i.id}>
                      <Link asChild>
                        <RouterLink to={`/indikatorer/${i.id}`}>{withUnit(i)}</RouterLink>
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : g.qualitativeReason ? (
                t('goal.qualitative', { reason: g.qualitativeReason })
              ) : (
                <Defect text={t('goal.noIndicator')} />
              )}
            </dd>
          </div>
        )}
        {planKind === 'strategisk_plan' && (
          <div>
            <dt>{t('goal.assignees')}</dt>
            <dd>{g.assignees.length > 0 ? g.assignees.map((a) => a.name).join(', ') : t('goal.noAssignees')}</dd>
          </div>
        )}
        {(g.parents.length > 0 || mustTrace(planKind, g.kind)) && (
          <div>
            <dt>{t('goal.parents')}</dt>
            <dd>
              {g.parents.length === 0 ? (
                <Defect text={t('goal.noParents')} />
              ) : (
                <ul className="plain-list">
                  {g.parents.map((p) => (
                    <li key={p.lineageId}>
                      {p.title}{' '}
                      <span className="muted">
                        ({nodeTypeWord(t, p.type, p.goalKind)}, {t(`planKinds.${p.planKind}`).toLocaleLowerCase()}, {p.orgUnitName})
                      </span>{' '}
                      {!p.current && <Defect text={t('goal.brokenParent')} />}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        )}
      </dl>
      <div className="button-row goal-card__actions">
        <Link asChild>
          <RouterLink to={`/roda-traden/mal/${g.lineageId}?ar=${year}`}>
            {t('goal.showThread')}
            <span className="visually-hidden"> {t('goal.forGoal', { title: g.title })}</span>
          </RouterLink>
        </Link>
        {onEdit && (
          <Button variant="secondary" data-size="sm" onClick={onEdit}>
            {t('goal.edit')}
            <span className="visually-hidden"> {t('goal.forGoal', { title: g.title })}</span>
          </Button>
        )}
        {onDelete && (
          <Button variant="tertiary" data-size="sm" onClick={onDelete}>
            {t('goal.delete')}
            <span className="visually-hidden"> {t('goal.forGoal', { title: g.title })}</span>
          </Button>
        )}
      </div>
    </article>
  );
}

/** The indicator with its unit, unless its name already says it ("…, andel (%)"). */
const withUnit = (i: { name: string; unit: string }) => (i.unit && !i.name.includes(`(${i.unit})`) ? `${i.name} (${i.unit})` : i.name);

/** A defect of the red thread, in words (UI.md rule 1): warning colour, never red alone. */
function Defect({ text }: { text: string }) {
  return (
    <Tag data-size="sm" data-color="warning">
      {text}
    </Tag>
  );
}
