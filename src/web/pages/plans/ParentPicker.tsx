// "Kopplas till": what a goal serves, as checkboxes grouped by the plan they sit in. Offered are
// the server's link targets for this plan, narrowed by the link rules of core for the chosen goal
// kind; a link that no longer points at a current plan stays listed, marked, so it can be removed.
import { Checkbox, Fieldset, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GoalKind, type PlanKind, planKinds } from '../../../core/plans/kinds.js';
import { checkLink } from '../../../core/plans/links.js';
import { FieldLabel } from '../../components/fields.js';
import { nodeTypeWord } from '../../components/PlanTags.js';
import type { LinkTarget, Plan } from '../../planApi.js';

interface Props {
  id: string;
  label: string;
  plan: Plan;
  goalKind: GoalKind | '';
  /** The goal's own lineage when editing: a goal does not serve itself. */
  ownLineageId?: string;
  targets: LinkTarget[];
  /** The goal's current parents, possibly broken. */
  current: LinkTarget[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  /** KF's goals given to this nämnd or bolag: what its goals are expected to serve, listed first. */
  given?: ReadonlySet<string>;
}

/** The link rules of core, checked before the server does; the unit rules stay the server's. */
function allowed(plan: Plan, goalKind: GoalKind | '', target: LinkTarget): boolean {
  if (!goalKind) return true;
  try {
    checkLink(
      { type: 'goal', planKind: plan.kind, goalKind, orgUnitId: plan.orgUnitId },
      { type: target.type, planKind: target.planKind, goalKind: target.goalKind, orgUnitId: '' },
      true,
    );
    return true;
  } catch {
    return false;
  }
}

/** What is given to the plan's owner first, then goals before areas; otherwise the server's order. */
const order = (given?: ReadonlySet<string>) => (a: LinkTarget, b: LinkTarget) =>
  Number(!given?.has(a.lineageId)) - Number(!given?.has(b.lineageId)) || Number(a.type !== 'goal') - Number(b.type !== 'goal');

export function ParentPicker({ id, label, plan, goalKind, ownLineageId, targets, current, selected, onChange, error, given }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase('sv');
  const known = new Set(targets.map((x) => x.lineageId));
  const options = [...targets, ...current.filter((c) => !known.has(c.lineageId)).map((c) => ({ ...c, current: false }))]
    .filter((x) => x.lineageId !== ownLineageId)
    .filter(
      (x) =>
        selected.includes(x.lineageId) || (allowed(plan, goalKind, x) && (!needle || x.title.toLocaleLowerCase('sv').includes(needle))),
    );
  const groups = planKinds
    .map((k) => ({ kind: k, items: options.filter((o) => o.planKind === k).sort(order(given)) }))
    .filter((g): g is { kind: PlanKind; items: LinkTarget[] } => g.items.length > 0);
  const toggle = (lineageId: string, on: boolean) => onChange(on ? [...selected, lineageId] : selected.filter((s) => s !== lineageId));

  return (
    <Fieldset id={id} tabIndex={-1} className="form-field checkbox-group">
      <Fieldset.Legend>
        <FieldLabel label={label} required={false} />
      </Fieldset.Legend>
      <Fieldset.Description>{t('goal.parentsHelp')}</Fieldset.Description>
      {targets.length > 8 && (
        <Textfield label={t('goal.filterList')} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-size="sm" />
      )}
      {groups.length === 0 && <Paragraph data-size="sm">{needle ? t('goal.noMatches') : t('goal.noTargets')}</Paragraph>}
      {groups.map((g) => (
        <Fieldset key={g.kind} className="checkbox-group__group">
          <Fieldset.Legend>{t(`planKinds.${g.kind}`)}</Fieldset.Legend>
          {g.items.map((o) => (
            <Checkbox
              key={o.lineageId}
              label={o.title}
              description={[
                `${nodeTypeWord(t, o.type, o.goalKind)}, ${o.orgUnitName}`,
                given?.has(o.lineageId) ? t('goal.givenHere', { unit: plan.orgUnitName }) : '',
                o.current ? '' : t('goal.brokenParent'),
              ]
                .filter(Boolean)
                .join(' – ')}
              value={o.lineageId}
              checked={selected.includes(o.lineageId)}
              onChange={(e) => toggle(o.lineageId, e.target.checked)}
            />
          ))}
        </Fieldset>
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
