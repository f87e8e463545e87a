// The rule of which reminders are due: examples, and properties over many due dates and days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/dates.js';
import { type ReminderSlot, reminderSlot, remindersDue, reminderWindow } from './due.js';
import { reminderText } from './messages.js';
import { defaultReminderSettings as defaults, type ReminderSettings, resolveReminderSettings } from './settings.js';

const due = '2026-04-30';
const slot = (today: string, state: 'not_started' | 'in_progress' | 'done' = 'not_started', s = defaults) =>
  reminderSlot({ dueOn: due, state }, today, s);

describe('reminderSlot', () => {
  it('reminds 14 and 3 days before, the day after and a week after the due date', () => {
    expect(slot('2026-04-15')).toBeNull();
    expect(slot('2026-04-16')).toEqual({ kind: 'before', days: 14, triggerOn: '2026-04-16' });
    expect(slot('2026-04-20')).toEqual({ kind: 'before', days: 14, triggerOn: '2026-04-16' });
    expect(slot('2026-04-27')).toEqual({ kind: 'before', days: 3, triggerOn: '2026-04-27' });
    expect(slot('2026-04-30')).toEqual({ kind: 'before', days: 3, triggerOn: '2026-04-27' });
    expect(slot('2026-05-01')).toEqual({ kind: 'late', days: 1, triggerOn: '2026-05-01' });
    expect(slot('2026-05-07')).toEqual({ kind: 'late', days: 7, triggerOn: '2026-05-07' });
  });

  it('never reminds of a done task, whatever the day', () => {
    expect(slot('2026-04-27', 'done')).toBeNull();
    expect(slot('2026-05-01', 'done')).toBeNull();
    expect(slot('2026-05-01', 'in_progress')?.kind).toBe('late');
  });

  it('drops an occasion the sweep missed by more than the catch-up days', () => {
    expect(slot('2026-04-23')).toEqual({ kind: 'before', days: 14, triggerOn: '2026-04-16' });
    // 8 days after the 14-day occasion, 4 before the 3-day one: nothing.
    expect(slot('2026-04-24')).toBeNull();
    expect(slot('2026-05-14')).toEqual({ kind: 'late', days: 7, triggerOn: '2026-05-07' });
    expect(slot('2026-05-15')).toBeNull();
    expect(slot('2027-01-01')).toBeNull();
  });
});

describe('remindersDue', () => {
  it('gives one reminder per responsible person, none for a unit without anyone', () => {
    const tasks = [
      { id: 't1', orgUnitId: 'u1', dueOn: addDays('2026-03-01', 3), state: 'not_started' as const },
      { id: 't2', orgUnitId: 'u2', dueOn: addDays('2026-03-01', 3), state: 'not_started' as const },
    ];
    const out = remindersDue(tasks, new Map([['u1', ['p1', 'p2']]]), '2026-03-01', defaults);
    expect(out.map((r) => `${r.taskId}:${r.personId}:${r.kind}:${r.days}`)).toEqual(['t1:p1:before:3', 't1:p2:before:3']);
  });
});

describe('reminder texts', () => {
  it('says how many days are left, or how late it is', () => {
    const base = { stepTitle: 'Nämndrapport 1', unitName: 'Socialnämnden', dueOn: due };
    expect(reminderText({ ...base, kind: 'before', today: '2026-04-27' }).body).toBe(
      'Nämndrapport 1 för Socialnämnden ska vara klar senast 30 april 2026, om 3 dagar.',
    );
    expect(reminderText({ ...base, kind: 'before', today: '2026-04-30' }).body).toMatch(/, i dag\.$/);
    expect(reminderText({ ...base, kind: 'late', today: '2026-05-01' }).body).toMatch(/är 1 dag försenad/);
    expect(reminderText({ ...base, kind: 'late', today: '2026-05-01' }).title).toBe('Försenad: Nämndrapport 1 – Socialnämnden');
  });
});

describe('settings', () => {
  it('has the defaults and refuses what cannot be meant, naming the field', () => {
    expect(defaults).toEqual({ daysBefore: [14, 3], daysLate: [1, 7], catchUpDays: 7 });
    expect(() => resolveReminderSettings({ daysBefore: [3, 3] })).toThrow(
      expect.objectContaining({ fields: [{ field: 'daysBefore', message: 'Samma dag står två gånger.' }] }),
    );
    expect(() => resolveReminderSettings({ daysLate: [0] })).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ field: 'daysLate' })] }),
    );
    expect(() => resolveReminderSettings({ dagar: 3 })).toThrow(/finns inte: dagar/);
  });
});

// Arbitrary valid settings: distinct offsets, a catch-up of 0–30 days.
const settingsArb: fc.Arbitrary<ReminderSettings> = fc.record({
  daysBefore: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 5 }),
  daysLate: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 5 }),
  catchUpDays: fc.integer({ min: 0, max: 30 }),
});
const dayArb = fc.integer({ min: 0, max: 365 * 60 }).map((n) => addDays('2000-01-01', n));

describe('properties over many due dates, days and settings', () => {
  it('a slot has come, is not older than the catch-up, and is "before" exactly until the due date', () => {
    fc.assert(
      fc.property(settingsArb, dayArb, fc.integer({ min: -120, max: 120 }), (s, dueOn, offset) => {
        const today = addDays(dueOn, offset);
        const got = reminderSlot({ dueOn, state: 'in_progress' }, today, s);
        if (!got) return;
        expect(got.triggerOn <= today).toBe(true);
        expect(addDays(got.triggerOn, s.catchUpDays) >= today).toBe(true);
        expect(got.kind).toBe(today > dueOn ? 'late' : 'before');
        expect(got.triggerOn).toBe(addDays(dueOn, got.kind === 'late' ? got.days : -got.days));
        expect((got.kind === 'late' ? s.daysLate : s.daysBefore).includes(got.days)).toBe(true);
        // And the day's window of due dates includes this task's, so the sweep's query finds it.
        const w = reminderWindow(today, s);
        expect(dueOn >= w.dueFrom && dueOn <= w.dueTo).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('daily sweeps send every occasion exactly once, in order; a done task never', () => {
    fc.assert(
      fc.property(settingsArb, dayArb, (s, dueOn) => {
        const sent: ReminderSlot[] = [];
        const keys = new Set<string>();
        for (let d = -70; d <= 70; d++) {
          const got = reminderSlot({ dueOn, state: 'not_started' }, addDays(dueOn, d), s);
          expect(reminderSlot({ dueOn, state: 'done' }, addDays(dueOn, d), s)).toBeNull();
          // The unique key: a slot seen again on a later day is not sent again.
          if (got && !keys.has(`${got.kind}:${got.days}`)) {
            keys.add(`${got.kind}:${got.days}`);
            sent.push(got);
          }
        }
        const expected = [...s.daysBefore.map((n) => `before:${n}`), ...s.daysLate.map((n) => `late:${n}`)];
        expect([...keys].sort()).toEqual(expected.sort());
        expect(sent.map((x) => x.triggerOn)).toEqual([...sent.map((x) => x.triggerOn)].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('sweeps with gaps never send an occasion twice nor one older than the catch-up', () => {
    fc.assert(
      fc.property(settingsArb, dayArb, fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 30 }), (s, dueOn, gaps) => {
        const keys = new Set<string>();
        let day = addDays(dueOn, -70);
        for (const gap of gaps) {
          day = addDays(day, gap);
          const got = reminderSlot({ dueOn, state: 'not_started' }, day, s);
          if (!got) continue;
          expect(addDays(got.triggerOn, s.catchUpDays) >= day).toBe(true);
          keys.add(`${got.kind}:${got.days}`);
        }
        expect(keys.size).toBeLessThanOrEqual(s.daysBefore.length + s.daysLate.length);
      }),
      { numRuns: 1000 },
    );
  });
});
