// The events of a feed and their UIDs.
import { describe, expect, it } from 'vitest';
import { feedEvents, feedUid, meetingUid } from './feed.js';

const m = '11111111-1111-4111-8111-111111111111';
const steps = [
  {
    stepKey: 'namndrapport_1:2026',
    title: 'Nämndrapport 1',
    start: '2026-04-01',
    due: '2026-04-30',
    owner: 'Varje nämnd',
    produces: 'Rapport',
  },
  { stepKey: 'omvarldsdag:2027', title: 'Omvärldsdag', start: '2026-01-01', due: '2026-01-31', owner: 'Ekonomichefen', produces: '' },
];
const tasks = [
  {
    stepKey: 'namndrapport_1:2026',
    title: 'Nämndrapport 1',
    orgUnitId: 'u1',
    unitName: 'Socialnämnden',
    dueOn: '2026-04-22',
    state: 'done',
    stateName: 'Klar',
    updatedAt: '2026-04-20T10:00:00.000Z',
  },
];
const meetings = [{ id: 'm1', orgUnitId: 'u1', unitName: 'Socialnämnden', heldOn: '2026-04-22', title: '' }];

describe('feedEvents', () => {
  it('has each step once: as the feed’s task where there is one, else as the step', () => {
    const events = feedEvents(m, steps, tasks, meetings);
    expect(events.map((e) => [e.date, e.category, e.summary])).toEqual([
      ['2026-01-31', 'step', 'Årshjulet: Omvärldsdag'],
      ['2026-04-22', 'meeting', 'Sammanträde – Socialnämnden'],
      ['2026-04-22', 'task', 'Nämndrapport 1 – Socialnämnden (klar)'],
    ]);
  });

  it('derives UIDs from what the event is, the same every time', () => {
    const a = feedEvents(m, steps, tasks, meetings).map((e) => e.uid);
    const b = feedEvents(m, [...steps].reverse(), tasks, meetings).map((e) => e.uid);
    expect(a).toEqual(b);
    expect(a).toContain(feedUid(m, 'namndrapport_1:2026', 'u1'));
    expect(feedUid(m, 'namndrapport_1:2026', 'u1')).toBe(`namndrapport_1-2026.u1.${m}@styr`);
    expect(a).toContain(meetingUid(m, 'm1'));
    // Another municipality's same step is another event.
    expect(feedUid('22222222-2222-4222-8222-222222222222', 'omvarldsdag:2027')).not.toBe(feedUid(m, 'omvarldsdag:2027'));
  });
});
