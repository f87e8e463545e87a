// Who adopts (fastställer) each kind of plan, and what a valid record of that decision is. The
// political documents are decided by an organ in an ärende (KF, the nämnd, the bolag's
// styrelse): the decision names that organ and its diarienummer. A verksamhetsplan is fastställd
// by the förvaltningschef or the unit's chef, an utvecklingsplan by the employee's manager: the
// decision names the manager, and there is no ärende, so no diarienummer (specification,
// "Styrdokument" and "Medarbetare"). The server checks every adoption with this, and the web's
// form offers the same bodies.
import { fail } from '../errors.js';
import type { OrgUnitKind, Role } from '../org/kinds.js';
import { type PlanKind, planKindName } from './kinds.js';
import type { PlanRightsContext } from './rights.js';

/** Who decides: fullmäktige, the organ owning the plan (nämnd, KS, the bolag's styrelse), or a manager. */
export type Decider = 'fullmaktige' | 'owner' | 'manager';

export const deciderOf: Record<PlanKind, Decider> = {
  vision: 'fullmaktige',
  program: 'fullmaktige',
  strategisk_plan: 'fullmaktige',
  namndplan: 'owner',
  bolag_verksamhetsplan: 'owner',
  verksamhetsplan: 'manager',
  utvecklingsplan: 'manager',
};

/** A diarienummer belongs to an ärende: an organ's decision, not a manager's. */
export const asksDiarienummer = (kind: PlanKind) => deciderOf[kind] !== 'manager';

export interface DecidingBody {
  type: 'org_unit' | 'person';
  id: string;
  name: string;
}

export interface AdoptionFacts {
  kind: PlanKind;
  /** The unit owning the plan. */
  orgUnitId: string;
  rights: PlanRightsContext;
  caller: { personId: string; name: string };
  /** The municipality's open units (at least fullmäktige and the plan's unit). */
  units: readonly { id: string; kind: OrgUnitKind; name: string }[];
}

export interface AdoptionRule {
  decider: Decider;
  /** The caller may record the adoption. */
  mayAdopt: boolean;
  /** Who decides it, in words, for a refusal and for the form. */
  who: string;
  /** The bodies the decision may name (empty when the caller may not adopt). */
  bodies: DecidingBody[];
  diarienummer: boolean;
}

const any = (held: ReadonlySet<Role>, ...wanted: Role[]) => wanted.some((r) => held.has(r));

const whoDecides: Record<Decider, string> = {
  fullmaktige:
    'Kommunfullmäktige fastställer den; beslutet registreras vid kommunstyrelsen (förtroendevald, controller eller registrator).',
  owner:
    'Nämnden eller bolagets styrelse fastställer den; beslutet registreras av dess förtroendevalda, controller, registrator eller förvaltningschef.',
  manager:
    'En chef för enheten eller över den fastställer den (förvaltningschefen, enhetens chef; för en utvecklingsplan medarbetarens chef).',
};

/** Who may record the adoption of a plan, and against which deciding bodies. */
export function adoptionRule(f: AdoptionFacts): AdoptionRule {
  const decider = deciderOf[f.kind];
  const r = f.rights;
  const mayAdopt =
    decider === 'fullmaktige'
      ? any(r.rolesAtCentre, 'elected', 'controller', 'registrar')
      : decider === 'owner'
        ? any(r.rolesAtBody, 'elected', 'controller', 'registrar', 'manager')
        : // A manager decides; never the employee on her own utvecklingsplan, even a manager's own.
          r.rolesAbove.has('manager') && !r.isPlanPerson;
  const unitBodies = (pick: (u: AdoptionFacts['units'][number]) => boolean): DecidingBody[] =>
    f.units.filter(pick).map((u) => ({ type: 'org_unit', id: u.id, name: u.name }));
  const bodies: DecidingBody[] = !mayAdopt
    ? []
    : decider === 'fullmaktige'
      ? unitBodies((u) => u.kind === 'fullmaktige')
      : decider === 'owner'
        ? unitBodies((u) => u.id === f.orgUnitId)
        : [{ type: 'person', id: f.caller.personId, name: f.caller.name }];
  return { decider, mayAdopt, who: whoDecides[decider], bodies, diarienummer: asksDiarienummer(f.kind) };
}

export interface DecisionInput {
  decidedOn?: string | null;
  decidedByOrgUnitId?: string | null;
  decidedByPersonId?: string | null;
  diarienummer?: string | null;
}

export interface DecisionRecord {
  decidedOn: string;
  body: DecidingBody;
  diarienummer: string | null;
}

/** Refuses (403) someone who may not record the adoption, saying who fastställer the kind. */
export function assertMayAdopt(kind: PlanKind, rule: AdoptionRule): void {
  if (!rule.mayAdopt) throw fail('forbidden', `Du kan inte fastställa en ${planKindName[kind]}. ${rule.who}`);
}

/** Checks an adoption against the rule; returns what to store, or throws (403, or 400 naming the fields). */
export function checkDecision(kind: PlanKind, rule: AdoptionRule, input: DecisionInput): DecisionRecord {
  assertMayAdopt(kind, rule);
  const fields: { field: string; message: string }[] = [];
  const byPerson = deciderOf[kind] === 'manager';
  const field = byPerson ? 'decidedByPersonId' : 'decidedByOrgUnitId';
  const chosen = byPerson ? input.decidedByPersonId : input.decidedByOrgUnitId;
  const body = rule.bodies.find((b) => b.id === chosen);
  if (!input.decidedOn?.trim()) fields.push({ field: 'decidedOn', message: 'Obligatoriskt när planen fastställs.' });
  if (!chosen) fields.push({ field, message: byPerson ? 'Välj chefen som fastställer planen.' : 'Välj det beslutande organet.' });
  else if (!body)
    fields.push({
      field,
      message: `Kan inte fastställa en ${planKindName[kind]}: välj bland ${rule.bodies.map((b) => b.name).join(', ')}.`,
    });
  const other = byPerson ? input.decidedByOrgUnitId : input.decidedByPersonId;
  if (other) {
    fields.push({
      field: byPerson ? 'decidedByOrgUnitId' : 'decidedByPersonId',
      message: byPerson ? 'En chef fastställer planen, inget organ.' : 'Ett organ fastställer planen, ingen enskild person.',
    });
  }
  const dnr = input.diarienummer?.trim() ?? '';
  if (rule.diarienummer && !dnr) fields.push({ field: 'diarienummer', message: 'Obligatoriskt när planen fastställs.' });
  if (!rule.diarienummer && dnr)
    fields.push({ field: 'diarienummer', message: `En ${planKindName[kind]} fastställs av en chef, inte i ett ärende: lämna tomt.` });
  if (fields.length) throw fail('validation', 'Beslutet är inte fullständigt: se fälten.', { fields });
  return { decidedOn: input.decidedOn as string, body: body as DecidingBody, diarienummer: rule.diarienummer ? dnr : null };
}
