// What an iCalendar feed holds: the annual cycle's steps, the tasks of the feed's units and the
// meetings of those units, as all-day events. UIDs are derived from what an event is (the
// municipality, the step's key, the unit), never drawn at random, so Outlook recognises an event
// as the same one on every refresh and after the tasks are generated again.

export interface FeedStep {
  stepKey: string;
  title: string;
  start: string;
  due: string;
  owner: string;
  produces: string;
}

export interface FeedTask {
  stepKey: string;
  title: string;
  orgUnitId: string;
  unitName: string;
  dueOn: string;
  /** Shown state: not_started, in_progress, done or late. */
  state: string;
  stateName: string;
  updatedAt: string;
}

export interface FeedMeeting {
  id: string;
  orgUnitId: string;
  unitName: string;
  heldOn: string;
  title: string;
}

export interface FeedEvent {
  uid: string;
  /** All-day, on this date. */
  date: string;
  summary: string;
  description: string;
  category: 'step' | 'task' | 'meeting';
  /** When the event last changed (DTSTAMP/LAST-MODIFIED), stable between requests. */
  stamp: string;
}

const clean = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');

/** The UID of a step (no unit) or of one unit's task for it. */
export const feedUid = (municipalityId: string, stepKey: string, orgUnitId?: string | null) =>
  `${clean(stepKey)}${orgUnitId ? `.${orgUnitId}` : ''}.${municipalityId}@styr`;

export const meetingUid = (municipalityId: string, meetingId: string) => `meeting.${meetingId}.${municipalityId}@styr`;

/**
 * The events of a feed. A step for which the feed has a task shows only as that task (with the
 * unit's name), so an event is never listed twice; other steps show on their due date.
 */
export function feedEvents(
  municipalityId: string,
  steps: readonly FeedStep[],
  tasks: readonly FeedTask[],
  meetings: readonly FeedMeeting[],
): FeedEvent[] {
  const withTask = new Set(tasks.map((t) => t.stepKey));
  const events: FeedEvent[] = [];
  const seen = new Set<string>();
  const add = (e: FeedEvent) => {
    if (seen.has(e.uid)) return;
    seen.add(e.uid);
    events.push(e);
  };
  for (const s of steps) {
    if (withTask.has(s.stepKey)) continue;
    add({
      uid: feedUid(municipalityId, s.stepKey),
      date: s.due,
      summary: `Årshjulet: ${s.title}`,
      description: [`Pågår ${s.start} – ${s.due}.`, s.owner && `Ansvarar: ${s.owner}.`, s.produces && `Resultat: ${s.produces}.`]
        .filter(Boolean)
        .join('\n'),
      category: 'step',
      stamp: `${s.start}T00:00:00Z`,
    });
  }
  for (const t of tasks) {
    add({
      uid: feedUid(municipalityId, t.stepKey, t.orgUnitId),
      date: t.dueOn,
      summary: `${t.title} – ${t.unitName}${t.state === 'done' ? ' (klar)' : ''}`,
      description: `Sista dag för ${t.unitName}: ${t.dueOn}.\nLäge: ${t.stateName}.`,
      category: 'task',
      stamp: t.updatedAt,
    });
  }
  for (const m of meetings) {
    add({
      uid: meetingUid(municipalityId, m.id),
      date: m.heldOn,
      summary: `${m.title || 'Sammanträde'} – ${m.unitName}`,
      description: `Sammanträde i ${m.unitName}.`,
      category: 'meeting',
      stamp: `${m.heldOn}T00:00:00Z`,
    });
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}
