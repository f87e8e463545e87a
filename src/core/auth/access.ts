// The access rules as pure predicates over the caller's roles and the org tree. Every area asks
// these; none re-derives "at the centre", "a förvaltning acts for its nämnd" or a role list of its
// own (docs/decisions/0017-one-access-policy.md). The server fetches the tree once per request.
import type { OrgUnitKind, Role } from '../org/kinds.js';
import type { PlanRightsContext } from '../plans/rights.js';
import { type Permission, permissions } from './permissions.js';

export interface UnitNode {
  id: string;
  kind: OrgUnitKind;
  parentId: string | null;
}

/** Each unit's line: the unit itself first, then its ancestors up to the root. */
export type Ancestry = ReadonlyMap<string, readonly UnitNode[]>;

export interface HeldRole {
  role: Role;
  orgUnitId: string;
}

/** What every rule is decided on: who asks, the roles they hold now, and the lines of the units concerned. */
export interface AccessContext {
  personId: string;
  roles: readonly HeldRole[];
  /** Must hold the line of every unit a role is held on and of every unit asked about. */
  ancestry: Ancestry;
}

const rolesOf = (p: Permission): readonly Role[] => permissions[p];

/** Roles held on the unit or one of its ancestors: a role reaches its unit's whole subtree. */
export function rolesOver(ctx: AccessContext, unitId: string): Set<Role> {
  const line = new Set((ctx.ancestry.get(unitId) ?? []).map((u) => u.id));
  return new Set(ctx.roles.filter((r) => line.has(r.orgUnitId)).map((r) => r.role));
}

/**
 * The centre: fullmäktige, or the kommunstyrelse and everything under it — its förvaltning (the
 * kommunledningsförvaltning) holds the ekonomiavdelning and prepares fullmäktige's decisions.
 */
export function isCentral(line: readonly UnitNode[]): boolean {
  return line[0]?.kind === 'fullmaktige' || line.some((u) => u.kind === 'kommunstyrelse');
}

/** Roles the caller holds at the centre. */
export function rolesAtCentre(ctx: AccessContext): Set<Role> {
  return new Set(ctx.roles.filter((r) => isCentral(ctx.ancestry.get(r.orgUnitId) ?? [])).map((r) => r.role));
}

/** A unit acts for a body (nämnd, kommunstyrelse, bolag) when it is the body or the förvaltning directly under it. */
export function actsFor(unit: { id: string; kind: string; parentId?: string | null } | undefined, bodyId: string): boolean {
  return !!unit && (unit.id === bodyId || (unit.kind === 'forvaltning' && unit.parentId === bodyId));
}

/** Roles held on the body itself or on the förvaltning that works for it. */
export function rolesForBody(ctx: AccessContext, bodyId: string): Set<Role> {
  return new Set(ctx.roles.filter((r) => actsFor(ctx.ancestry.get(r.orgUnitId)?.[0], bodyId)).map((r) => r.role));
}

const grants = (held: ReadonlySet<Role>, p: Permission) => rolesOf(p).some((r) => held.has(r));

/** The permission held on the unit (through the unit or an ancestor). */
export const holds = (ctx: AccessContext, p: Permission, unitId: string) => grants(rolesOver(ctx, unitId), p);

/** The permission held on some unit at all. */
export const holdsAnywhere = (roles: readonly HeldRole[], p: Permission) => roles.some((r) => rolesOf(p).includes(r.role));

/** The permission held at the centre. */
export const holdsAtCentre = (ctx: AccessContext, p: Permission) => grants(rolesAtCentre(ctx), p);

/** The permission held on the body or the förvaltning acting for it. */
export const holdsForBody = (ctx: AccessContext, p: Permission, bodyId: string) => grants(rolesForBody(ctx, bodyId), p);

/** The plan rules' context (src/core/plans/rights.ts): roles above the plan, for its body, at the centre. */
export function planContext(ctx: AccessContext, plan: { orgUnitId: string; personId: string | null }): PlanRightsContext {
  return {
    isPlanPerson: plan.personId !== null && plan.personId === ctx.personId,
    rolesAbove: rolesOver(ctx, plan.orgUnitId),
    rolesAtBody: rolesForBody(ctx, plan.orgUnitId),
    rolesAtCentre: rolesAtCentre(ctx),
  };
}

/** Lines built from a whole tree (for callers that have read every unit anyway). */
export function ancestryOf(units: readonly UnitNode[]): Map<string, UnitNode[]> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const lines = new Map<string, UnitNode[]>();
  for (const start of units) {
    const line: UnitNode[] = [];
    let u: UnitNode | undefined = start;
    // The tree has no cycles (org units keep it so), but the bound keeps a bad row from looping.
    while (u && line.length <= byId.size) {
      line.push(u);
      u = u.parentId ? byId.get(u.parentId) : undefined;
    }
    lines.set(start.id, line);
  }
  return lines;
}
