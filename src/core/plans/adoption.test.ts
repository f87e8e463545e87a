import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { Role } from '../org/kinds.js';
import { type AdoptionFacts, adoptionRule, checkDecision } from './adoption.js';
import type { PlanKind } from './kinds.js';

const units = [
  { id: 'kf', kind: 'fullmaktige' as const, name: 'Kommunfullmäktige' },
  { id: 'sn', kind: 'namnd' as const, name: 'Socialnämnden' },
  { id: 'hf', kind: 'enhet' as const, name: 'Hemtjänst Flen' },
];
const roles = (...r: Role[]) => new Set<Role>(r);
function facts(kind: PlanKind, orgUnitId: string, over: Partial<AdoptionFacts['rights']> = {}): AdoptionFacts {
  return {
    kind,
    orgUnitId,
    units,
    caller: { personId: 'me', name: 'Anna Chef' },
    rights: { isPlanPerson: false, rolesAbove: roles(), rolesAtBody: roles(), rolesAtCentre: roles(), ...over },
  };
}
const fieldsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as AppError).code === 'validation' ? (e as AppError).fields.map((x) => x.field) : (e as AppError).code;
  }
  return [];
};

describe('adoptionRule', () => {
  it('has KF decide its plans, recorded at the centre, with a diarienummer', () => {
    const rule = adoptionRule(facts('strategisk_plan', 'kf', { rolesAtCentre: roles('registrar') }));
    expect(rule).toMatchObject({ mayAdopt: true, diarienummer: true, bodies: [{ type: 'org_unit', id: 'kf' }] });
    expect(adoptionRule(facts('vision', 'kf', { rolesAtCentre: roles('staff') })).mayAdopt).toBe(false);
  });

  it('has the nämnd decide its nämndplan', () => {
    const rule = adoptionRule(facts('namndplan', 'sn', { rolesAtBody: roles('controller') }));
    expect(rule.bodies.map((b) => b.id)).toEqual(['sn']);
  });

  it('has a manager fastställa a verksamhetsplan, not a controller, without a diarienummer', () => {
    expect(adoptionRule(facts('verksamhetsplan', 'hf', { rolesAbove: roles('controller') })).mayAdopt).toBe(false);
    const rule = adoptionRule(facts('verksamhetsplan', 'hf', { rolesAbove: roles('manager') }));
    expect(rule).toMatchObject({ mayAdopt: true, diarienummer: false, bodies: [{ type: 'person', id: 'me', name: 'Anna Chef' }] });
  });

  it('never lets an employee adopt her own utvecklingsplan, even a manager', () => {
    expect(adoptionRule(facts('utvecklingsplan', 'hf', { isPlanPerson: true })).mayAdopt).toBe(false);
    expect(adoptionRule(facts('utvecklingsplan', 'hf', { isPlanPerson: true, rolesAbove: roles('manager') })).mayAdopt).toBe(false);
    expect(adoptionRule(facts('utvecklingsplan', 'hf', { rolesAbove: roles('manager') })).mayAdopt).toBe(true);
  });
});

describe('checkDecision', () => {
  const np = adoptionRule(facts('namndplan', 'sn', { rolesAtBody: roles('controller') }));
  const up = adoptionRule(facts('utvecklingsplan', 'hf', { rolesAbove: roles('manager') }));

  it('records a real organ with its diarienummer', () => {
    expect(checkDecision('namndplan', np, { decidedOn: '2031-11-20', decidedByOrgUnitId: 'sn', diarienummer: ' SN 2031/1 ' })).toEqual({
      decidedOn: '2031-11-20',
      body: { type: 'org_unit', id: 'sn', name: 'Socialnämnden' },
      diarienummer: 'SN 2031/1',
    });
  });

  it('refuses another organ, a missing one, a person for an organ, and a missing diarienummer', () => {
    expect(
      fieldsOf(() => checkDecision('namndplan', np, { decidedOn: '2031-11-20', decidedByOrgUnitId: 'kf', diarienummer: 'x' })),
    ).toEqual(['decidedByOrgUnitId']);
    expect(fieldsOf(() => checkDecision('namndplan', np, {}))).toEqual(['decidedOn', 'decidedByOrgUnitId', 'diarienummer']);
    expect(
      fieldsOf(() =>
        checkDecision('namndplan', np, { decidedOn: '2031-11-20', decidedByOrgUnitId: 'sn', decidedByPersonId: 'me', diarienummer: 'x' }),
      ),
    ).toEqual(['decidedByPersonId']);
  });

  it('records the manager for an utvecklingsplan and asks no diarienummer', () => {
    expect(checkDecision('utvecklingsplan', up, { decidedOn: '2031-02-01', decidedByPersonId: 'me' })).toMatchObject({
      body: { type: 'person', id: 'me' },
      diarienummer: null,
    });
    expect(
      fieldsOf(() => checkDecision('utvecklingsplan', up, { decidedOn: '2031-02-01', decidedByPersonId: 'me', diarienummer: 'SN 1' })),
    ).toEqual(['diarienummer']);
    expect(fieldsOf(() => checkDecision('utvecklingsplan', up, { decidedOn: '2031-02-01', decidedByPersonId: 'someone' }))).toEqual([
      'decidedByPersonId',
    ]);
  });

  it('refuses someone without the right before looking at the record', () => {
    const rule = adoptionRule(facts('utvecklingsplan', 'hf', { isPlanPerson: true }));
    expect(fieldsOf(() => checkDecision('utvecklingsplan', rule, {}))).toBe('forbidden');
    expect(() => checkDecision('utvecklingsplan', rule, {})).toThrowError(AppError);
  });
});
