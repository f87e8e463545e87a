// What the API says about a municipality's settings, meetings and tasks of the annual cycle.
import { z } from 'zod';
import { version as versionSchema } from '../input.js';
import { MAX_DATE, MIN_DATE } from '../input.js';
import { isIsoDate } from './dates.js';
import { storedTaskStates, taskStates } from './tasks.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const version = versionSchema(1, 'Ange versionen du utgick från.');

export const meetingSources = ['manual', 'csv', 'ical'] as const;

export const meetingSchema = z.object({
  id: z.string(),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  heldOn: isoDate,
  title: z.string(),
  source: z.enum(meetingSources),
  externalUid: z.string().nullable(),
  version: z.number().int(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingInput = z.object({
  orgUnitId: z.uuid({ error: 'Välj ett organ.' }),
  heldOn: z
    .string()
    .refine(isIsoDate, { error: 'Skriv ett datum som finns, ÅÅÅÅ-MM-DD.' })
    .refine((d) => d >= MIN_DATE && d <= MAX_DATE, { error: `Ange ett datum mellan ${MIN_DATE} och ${MAX_DATE}.` }),
  title: z.string().max(200, { error: 'Högst 200 tecken.' }).optional(),
});
export const meetingUpdate = meetingInput.extend({ version });

/** A meeting added or changed, with how many unfinished tasks followed it (decision 0010). */
export const meetingChanged = meetingSchema.extend({ tasksMoved: z.number().int() });
export type MeetingChanged = z.infer<typeof meetingChanged>;
/** A meeting deleted: the unfinished tasks on it moved to another meeting or the month's end. */
export const meetingDeleted = z.object({ tasksMoved: z.number().int() });

/** The bodies that may hold meetings (fullmäktige, kommunstyrelse, nämnder). */
export const organSchema = z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable().optional() });
export const meetingListSchema = z.object({ items: z.array(meetingSchema), organs: z.array(organSchema) });

export const meetingImportInput = z.object({
  year: z.number({ error: 'Ange året som sammanträdesplanen gäller.' }).int().min(2000).max(2100),
  format: z.enum(['csv', 'ical'], { error: 'Formatet kan vara csv eller ical.' }),
  content: z.string().min(1, { error: 'Filen är tom.' }).max(2_000_000, { error: 'Filen är för stor (högst 2 MB).' }),
});

export const meetingImportResult = z.object({
  read: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  tasksMoved: z.number().int(),
});

export const settingsResponse = z.object({
  settings: z.record(z.string(), z.unknown()),
  defaults: z.record(z.string(), z.unknown()),
  labels: z.record(z.string(), z.string()),
  overrides: z.record(z.string(), z.unknown()),
  version: z.number().int(),
  canEdit: z.boolean(),
});

export const settingsInput = z.object({
  settings: z.record(z.string(), z.unknown()),
  /** 0 while the municipality has no settings stored. */
  version: versionSchema(0, 'Ange versionen du utgick från.'),
});

export const taskSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  step: z.string(),
  stepKey: z.string(),
  /** The step's title in the year's cycle (Swedish, from core). */
  title: z.string(),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  dueOn: isoDate,
  meetingId: z.string().nullable(),
  meetingTitle: z.string().nullable(),
  state: z.enum(storedTaskStates),
  shownState: z.enum(taskStates),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
  planId: z.string().nullable(),
  /** False when no step of the year's cycle produces the task any more (a setting changed); only done ones stay. */
  inCycle: z.boolean(),
  canEdit: z.boolean(),
  version: z.number().int(),
});
export type Task = z.infer<typeof taskSchema>;

export const taskStateInput = z.object({
  state: z.enum(storedTaskStates, { error: 'Tillståndet kan vara not_started, in_progress eller done.' }),
  version,
});

export const generateResult = z.object({
  year: z.number().int(),
  created: z.number().int(),
  /** Unfinished tasks whose due date or meeting changed. */
  moved: z.number().int(),
  /** Tasks that only got the plan their step produced linked. */
  linked: z.number().int(),
  /** Unfinished tasks that no step produces any more, deleted. */
  removed: z.number().int(),
  /** Done tasks that no step produces any more, kept as they are. */
  retired: z.number().int(),
  unchanged: z.number().int(),
});
