// Who is reminded of a unit's task: the officials who prepare what the unit must deliver.
// See docs/decisions/0011 for the reasoning.
import type { Role } from '../org/kinds.js';

/** The roles that answer for a unit's deliveries (the same that report its values). */
export const responsibleRoles = ['manager', 'controller'] as const satisfies readonly Role[];

export interface ResponsibilityUnit {
  id: string;
  kind: string;
  parentId: string | null;
}

/** An active role assignment of an active person. */
export interface RoleHolder {
  personId: string;
  orgUnitId: string;
  role: string;
}

/**
 * The people responsible for each unit's tasks:
 * 1. those holding manager or controller on the unit itself (a förvaltningschef and controller,
 *    a bolag's VD);
 * 2. else, for a political body, the officials who prepare its business: a nämnd's or the
 *    kommunstyrelse's förvaltningar directly below it ("Nämnden tar med stöd av förvaltningen
 *    fram …"), and for fullmäktige whoever answers for the kommunstyrelse, which prepares
 *    fullmäktige's business (kommunallagen 6 kap. 3 §);
 * 3. else whoever answers for the unit above, by these same rules: an enhet without a chef
 *    reaches its avdelning's; a nämnd without a förvaltning of its own (Valnämnden,
 *    Överförmyndaren) reaches fullmäktige's, that is the kommunstyrelse's förvaltning, whose
 *    kansli serves it. The revision, independent of the bodies it audits, never reaches them.
 * Managers higher up are not reminded of every unit below them that has its own: the kommunchef
 * would get every enhet's reminders. A unit may have nobody; the sweep counts those tasks.
 */
export function responsibleByUnit(units: readonly ResponsibilityUnit[], holders: readonly RoleHolder[]): Map<string, string[]> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, ResponsibilityUnit[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const direct = new Map<string, string[]>();
  for (const h of holders) {
    if (!(responsibleRoles as readonly string[]).includes(h.role)) continue;
    const list = direct.get(h.orgUnitId) ?? [];
    if (!list.includes(h.personId)) list.push(h.personId);
    direct.set(h.orgUnitId, list);
  }
  const memo = new Map<string, string[]>();

  const preparers = (unit: ResponsibilityUnit, seen: Set<string>): string[] => {
    const below = children.get(unit.id) ?? [];
    if (unit.kind === 'namnd' || unit.kind === 'kommunstyrelse') {
      return unique(below.filter((c) => c.kind === 'forvaltning').flatMap((c) => direct.get(c.id) ?? []));
    }
    if (unit.kind === 'fullmaktige') {
      return unique(below.filter((c) => c.kind === 'kommunstyrelse').flatMap((c) => resolve(c, seen)));
    }
    return [];
  };

  const resolve = (unit: ResponsibilityUnit, seen: Set<string>): string[] => {
    const known = memo.get(unit.id);
    if (known) return known;
    // A cycle in the tree is not possible in stored data; the guard keeps a bad input finite.
    if (seen.has(unit.id)) return [];
    seen.add(unit.id);
    let found = direct.get(unit.id) ?? [];
    if (!found.length) found = preparers(unit, seen);
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    // The revision audits fullmäktige's bodies and answers to nobody among them (kommunallagen
    // 12 kap.): its reminders never go to the kommunstyrelse's officials.
    if (!found.length && parent && unit.kind !== 'revision') found = resolve(parent, seen);
    memo.set(unit.id, found);
    return found;
  };

  const out = new Map<string, string[]>();
  for (const u of units) out.set(u.id, resolve(u, new Set()));
  return out;
}

const unique = (xs: string[]) => [...new Set(xs)];
