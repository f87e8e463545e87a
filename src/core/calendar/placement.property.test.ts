// Placement on meetings, over many years and random sammanträdesplaner: a step lands on a meeting
// of its owner in its month, never before its input exists, never after the settings' deadline
// (unless its input itself is that late), and without meetings nothing moves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualCycle } from './cycle.js';
import { addDays, isoDate } from './dates.js';
import { type MeetingRef, type Occurrence, placeSteps } from './placement.js';
import type { Step } from './schemas.js';
import { type CycleSettings, defaultSettings } from './settings.js';
import { stepKey, taskUnitsFor, type UnitRef } from './tasks.js';
import { validateSettings } from './validate.js';

const units: UnitRef[] = [
  { id: 'kf', kind: 'fullmaktige', name: 'Kommunfullmäktige', parentId: null },
  { id: 'ks', kind: 'kommunstyrelse', name: 'Kommunstyrelsen', parentId: 'kf' },
  { id: 'klf', kind: 'forvaltning', name: 'Kommunledningsförvaltningen', parentId: 'ks' },
  { id: 'sn', kind: 'namnd', name: 'Socialnämnden', parentId: 'kf' },
  { id: 'sf', kind: 'forvaltning', name: 'Socialförvaltningen', parentId: 'sn' },
  { id: 'bun', kind: 'namnd', name: 'Barn- och utbildningsnämnden', parentId: 'kf' },
  { id: 'buf', kind: 'forvaltning', name: 'Barn- och utbildningsförvaltningen', parentId: 'bun' },
  { id: 'bolag', kind: 'bolag', name: 'Bostadsbolaget', parentId: 'kf' },
];
const organs = ['kf', 'ks', 'sn', 'bun'];

/** Up to 40 meetings of the organs on days of the year (and of January after it), no two of one organ on one day. */
const plans = (year: number) =>
  fc
    .uniqueArray(fc.record({ unit: fc.constantFrom(...organs), day: fc.integer({ min: 0, max: 395 }) }), {
      maxLength: 40,
      selector: (m) => `${m.unit}|${m.day}`,
    })
    .map((ms) => ms.map((m, i): MeetingRef => ({ id: `m${i}`, orgUnitId: m.unit, heldOn: addDays(isoDate(year, 1, 1), m.day) })));

const scenario = fc.integer({ min: 2014, max: 2100 }).chain((year) => fc.record({ year: fc.constant(year), meetings: plans(year) }));

const max = (xs: string[]) => [...xs].sort()[xs.length - 1] as string;
const due = (os: Occurrence[], step: Step['step'], unit?: string) =>
  os.filter((o) => o.step === step && (!unit || o.orgUnitId === unit)).map((o) => o.due);

describe('placeSteps', () => {
  it('without meetings changes no date of the cycle', () => {
    for (let year = 2000; year <= 2100; year++) {
      const cycle = annualCycle(year);
      expect(placeSteps(cycle, units, []).cycle).toEqual(cycle);
    }
  });

  it('places each step of each owner on its meeting, after its start and input, within its deadline', () => {
    fc.assert(
      fc.property(scenario, ({ year, meetings }) => {
        const cycle = annualCycle(year);
        const { cycle: placed, occurrences } = placeSteps(cycle, units, meetings);
        const byId = new Map(meetings.map((m) => [m.id, m]));
        const original = new Map(cycle.steps.map((s) => [`${stepKey(s)}`, s]));
        for (const o of occurrences) {
          const step = original.get(o.stepKey) as Step;
          // Input: the decisions this one rests on.
          const input =
            o.step === 'namndplan'
              ? due(occurrences, 'kf_strategisk_plan')
              : o.step === 'delarsrapport'
                ? due(occurrences, 'namndrapport_3')
                : o.step === 'verksamhetsplan'
                  ? due(occurrences, 'namndplan', units.find((u) => u.id === o.orgUnitId)?.parentId ?? '')
                  : [];
          expect(o.due >= step.start).toBe(true);
          for (const d of input) expect(o.due >= d).toBe(true);
          expect(o.due <= max([step.due, ...input])).toBe(true);
          if (o.meetingId) {
            const m = byId.get(o.meetingId) as MeetingRef;
            expect(m.orgUnitId).toBe(o.orgUnitId);
            expect(m.heldOn).toBe(o.due);
            expect(o.due.slice(0, 7)).toBe(step.due.slice(0, 7));
            // A meeting after a decision never falls on the same day as it.
            for (const d of input) expect(o.due > d).toBe(true);
          }
          o.onward.forEach((w, i) => {
            const by = step.goesTo[i]?.by as string;
            expect(w.by >= o.due).toBe(true);
            expect(w.by <= max([by, o.due])).toBe(true);
            if (w.meetingId) {
              expect(byId.get(w.meetingId)?.orgUnitId).toBe(w.orgUnitId);
              expect(w.by > o.due).toBe(true);
            }
          });
        }
        // Every unit that must act has exactly one occurrence per step occurrence.
        for (const s of cycle.steps) {
          const mine = occurrences.filter(
            (o) => o.stepKey === stepKey(s) && (s.step !== 'budgetberedning' || o.due.slice(0, 7) === s.due.slice(0, 7)),
          );
          expect(mine.map((o) => o.orgUnitId).sort()).toEqual(
            taskUnitsFor(s, units)
              .map((u) => u.id)
              .sort(),
          );
        }
        // The placed cycle stays in date order, with its steps due when their last owner is.
        const dues = placed.steps.map((s) => s.due);
        expect(dues).toEqual([...dues].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('puts KF’s adoption on the last KF meeting of September, or of November in an election year', () => {
    fc.assert(
      fc.property(scenario, ({ year, meetings }) => {
        const cycle = annualCycle(year);
        const kf = placeSteps(cycle, units, meetings).occurrences.find((o) => o.step === 'kf_strategisk_plan') as Occurrence;
        const month = cycle.electionYear ? '11' : '09';
        const inMonth = meetings.filter((m) => m.orgUnitId === 'kf' && m.heldOn.slice(0, 7) === `${year}-${month}`).map((m) => m.heldOn);
        expect(kf.due).toBe(inMonth.length ? max(inMonth) : cycle.steps.find((s) => s.step === 'kf_strategisk_plan')?.due);
      }),
      { numRuns: 200 },
    );
  });

  it('sends a nämndrapport to the first KS meeting after the nämnd’s, within the KS month', () => {
    fc.assert(
      fc.property(scenario, ({ year, meetings }) => {
        const { occurrences } = placeSteps(annualCycle(year), units, meetings);
        for (const o of occurrences.filter((x) => x.step.startsWith('namndrapport_'))) {
          const ks = o.onward[0];
          const after = meetings.filter((m) => m.orgUnitId === 'ks' && m.heldOn > o.due && m.heldOn <= (ks?.by ?? '')).map((m) => m.heldOn);
          if (ks?.meetingId) expect(after.sort()[0]).toBe(ks.by);
          else expect(after).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order the meetings come in, and holds for any accepted settings', () => {
    const settings: CycleSettings = validateSettings({ kfAdoptionMonth: 10, namndrapportMonths: [4, 6, 9, 11], premisesDueMonth: 3 });
    fc.assert(
      fc.property(scenario, ({ year, meetings }) => {
        const a = placeSteps(annualCycle(year, settings), units, meetings);
        const b = placeSteps(annualCycle(year, settings), units, [...meetings].reverse());
        expect(b).toEqual(a);
        expect(placeSteps(annualCycle(year, defaultSettings), units, meetings).occurrences.length).toBe(a.occurrences.length);
      }),
      { numRuns: 100 },
    );
  });
});
