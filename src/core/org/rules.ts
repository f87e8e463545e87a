// Structural rules of the organisation (DOMAIN.md, "Kommunens organisation").
// Each rule has an id so a refusal can say exactly which rule was broken.
import { fail } from '../errors.js';
import { type OrgUnitKind, orgUnitKindName } from './kinds.js';

/** Which kinds a unit of a kind may be placed under; an empty list means: only at the root. */
export const allowedParents: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  fullmaktige: [],
  kommunstyrelse: ['fullmaktige'],
  namnd: ['fullmaktige'],
  revision: ['fullmaktige'],
  bolag: ['fullmaktige'],
  forvaltning: ['namnd', 'kommunstyrelse'],
  avdelning: ['forvaltning'],
  enhet: ['avdelning', 'forvaltning'],
};

/** Kinds of which a municipality has at most one open unit. */
const singletonKinds: readonly OrgUnitKind[] = ['fullmaktige', 'kommunstyrelse', 'revision'];

export interface UnitRef {
  id: string;
  kind: OrgUnitKind;
  closedOn: string | null;
}

export interface PlacementContext {
  kind: OrgUnitKind;
  parent: UnitRef | null;
  /** Open units of the same kind in the municipality (without the unit itself). */
  openOfSameKind: number;
  /** Open förvaltningar already under the proposed parent (without the unit itself). */
  openForvaltningarUnderParent: number;
  /** Ids of the unit's own subtree, when an existing unit is being moved. */
  ownSubtree?: ReadonlySet<string>;
}

const listOf = (kinds: readonly OrgUnitKind[]) => kinds.map((k) => orgUnitKindName[k]).join(' eller ');

/** Throws an org_rule AppError naming the rule when the placement is not allowed. */
export function checkPlacement(ctx: PlacementContext): void {
  const { kind, parent } = ctx;
  const allowed = allowedParents[kind];
  const refuse = (rule: string, message: string) => {
    throw fail('org_rule', message, { rule, fields: [{ field: 'parentId', message }] });
  };
  if (allowed.length === 0) {
    if (parent) refuse('root_only', `En ${orgUnitKindName[kind]} är organisationens rot och kan inte ligga under en annan enhet.`);
  } else if (!parent) {
    refuse('parent_required', `En ${orgUnitKindName[kind]} måste ligga under ${listOf(allowed)}.`);
  } else if (!allowed.includes(parent.kind)) {
    refuse(
      `${kind}_parent`,
      `En ${orgUnitKindName[kind]} kan bara ligga under ${listOf(allowed)}, inte under en ${orgUnitKindName[parent.kind]}.`,
    );
  }
  if (parent?.closedOn) refuse('parent_closed', 'Den överordnade enheten är avvecklad och kan inte få nya underenheter.');
  if (parent && ctx.ownSubtree?.has(parent.id)) {
    refuse('no_cycle', 'En enhet kan inte flyttas in under sig själv eller någon av sina underenheter.');
  }
  if (singletonKinds.includes(kind) && ctx.openOfSameKind > 0) {
    refuse(`single_${kind}`, `Kommunen har redan en ${orgUnitKindName[kind]}; det får bara finnas en.`);
  }
  if (kind === 'forvaltning' && ctx.openForvaltningarUnderParent > 0) {
    refuse(
      'one_forvaltning_per_namnd',
      'En nämnd eller kommunstyrelsen har redan en förvaltning; varje förvaltning tjänar exakt en nämnd och varje nämnd har högst en förvaltning.',
    );
  }
}

/** A unit may be closed only when none of its children is still open. */
export function checkClosing(openChildren: number, closedOn: string | null): void {
  if (closedOn) throw fail('org_rule', 'Enheten är redan avvecklad.', { rule: 'already_closed' });
  if (openChildren > 0) {
    throw fail('org_rule', `Enheten har ${openChildren} underenheter som fortfarande är öppna. Avveckla eller flytta dem först.`, {
      rule: 'close_children_first',
    });
  }
}
