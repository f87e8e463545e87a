// Reading a sammanträdesplan (meeting plan) from CSV or iCalendar. Pure: the caller passes the
// organs that meet, and gets every meeting or every error with its line, so nothing is stored
// unless the whole file is right.
import ICAL from 'ical.js';
import { AppError, type FieldError } from '../errors.js';
import { isIsoDate } from './dates.js';

/** The kinds of org unit that hold meetings the cycle's steps land on. */
export const meetingOrganKinds = ['fullmaktige', 'kommunstyrelse', 'namnd'] as const;

export interface OrganRef {
  id: string;
  name: string;
  shortName?: string | null;
}

export interface ParsedMeeting {
  line: number;
  orgUnitId: string;
  heldOn: string;
  title: string;
  externalUid: string | null;
}

const norm = (s: string) => s.trim().toLocaleLowerCase('sv');

/** The organ a text names: its id, its name or its short name (KF, KS). */
export function findOrgan(organs: readonly OrganRef[], text: string): OrganRef | undefined {
  const t = norm(text);
  return organs.find((o) => o.id === text.trim() || norm(o.name) === t || (o.shortName && norm(o.shortName) === t));
}

/** The organ a free text (an event's summary) mentions; the longest name wins ("Kommunstyrelsens arbetsutskott" is not KF). */
function organIn(organs: readonly OrganRef[], text: string): OrganRef | undefined {
  const t = norm(text);
  const named = organs
    .filter((o) => t.includes(norm(o.name)) || (o.shortName && new RegExp(`(^|[^\\p{L}])${norm(o.shortName)}($|[^\\p{L}])`, 'u').test(t)))
    .sort((a, b) => b.name.length - a.name.length);
  return named[0];
}

function refuse(errors: FieldError[], what: string): AppError {
  const first = errors[0] as FieldError;
  const more = errors.length > 1 ? ` (och ${errors.length - 1} fel till)` : '';
  return new AppError('validation', `${what} lästes inte in: ${first.field}: ${first.message}${more}. Inget sparades.`, { fields: errors });
}

function checkMeeting(errors: FieldError[], seen: Map<string, number>, m: ParsedMeeting, year: number, at: string) {
  if (!m.heldOn.startsWith(`${year}-`)) {
    errors.push({ field: at, message: `Datumet ${m.heldOn} ligger inte i ${year}, året som läses in.` });
    return false;
  }
  const key = `${m.orgUnitId}|${m.heldOn}`;
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    errors.push({ field: at, message: `Samma organ och datum står redan på rad ${earlier}.` });
    return false;
  }
  seen.set(key, m.line);
  return true;
}

/** Splits one CSV line on the separator, honouring "quoted; fields" and "" inside quotes. */
function cells(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim());
}

const headers = {
  organ: ['organ', 'nämnd', 'namnd', 'enhet', 'org_unit', 'orgunit', 'org_unit_id'],
  datum: ['datum', 'date', 'held_on', 'sammanträdesdatum'],
  titel: ['titel', 'title', 'rubrik', 'beskrivning'],
};

/** CSV with a header row naming the columns organ, datum and (optionally) titel; ; or , between fields. */
export function parseMeetingsCsv(text: string, organs: readonly OrganRef[], year: number): ParsedMeeting[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const head = lines[0] ?? '';
  const sep = (head.match(/;/g)?.length ?? 0) >= (head.match(/,/g)?.length ?? 0) ? ';' : ',';
  const names = cells(head, sep).map(norm);
  const col = (k: keyof typeof headers) => names.findIndex((n) => headers[k].includes(n));
  const [organCol, dateCol, titleCol] = [col('organ'), col('datum'), col('titel')];
  if (organCol < 0 || dateCol < 0)
    throw refuse([{ field: 'rad 1', message: 'Första raden ska namnge kolumnerna organ;datum;titel (titel får saknas).' }], 'Filen');
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const meetings: ParsedMeeting[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (i === 0 || !raw.trim()) return;
    const c = cells(raw, sep);
    const organText = c[organCol] ?? '';
    const heldOn = c[dateCol] ?? '';
    const organ = findOrgan(organs, organText);
    if (!organText) errors.push({ field: `rad ${line}: organ`, message: 'Organet saknas.' });
    else if (!organ)
      errors.push({
        field: `rad ${line}: organ`,
        message: `Det finns inget fullmäktige, ingen kommunstyrelse eller nämnd som heter "${organText}".`,
      });
    if (!isIsoDate(heldOn)) errors.push({ field: `rad ${line}: datum`, message: `"${heldOn}" är inget datum; skriv ÅÅÅÅ-MM-DD.` });
    if (!organ || !isIsoDate(heldOn)) return;
    const m = { line, orgUnitId: organ.id, heldOn, title: (titleCol >= 0 ? c[titleCol] : '') || organ.name, externalUid: null };
    if (checkMeeting(errors, seen, m, year, `rad ${line}: datum`)) meetings.push(m);
  });
  if (errors.length) throw refuse(errors, 'Filen');
  if (!meetings.length) throw refuse([{ field: 'rad 2', message: 'Filen har inga sammanträden.' }], 'Filen');
  return meetings;
}

/** Line number of each VEVENT's BEGIN, so that errors can point into the file. */
function eventLines(text: string): number[] {
  return text.split(/\r?\n/).flatMap((l, i) => (/^BEGIN:VEVENT\s*$/i.test(l) ? [i + 1] : []));
}

/**
 * iCalendar (.ics) as a calendar program exports it: one VEVENT per meeting. The organ is taken
 * from CATEGORIES when it names one, else from the SUMMARY ("Socialnämnden, sammanträde").
 */
export function parseMeetingsIcal(text: string, organs: readonly OrganRef[], year: number): ParsedMeeting[] {
  let events: ICAL.Component[];
  try {
    events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  } catch (e) {
    throw refuse([{ field: 'fil', message: `Filen är inte iCalendar (${(e as Error).message}).` }], 'Filen');
  }
  const lines = eventLines(text);
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const meetings: ParsedMeeting[] = [];
  events.forEach((ev, i) => {
    const line = lines[i] ?? 0;
    const at = `rad ${line}`;
    const summary = String(ev.getFirstPropertyValue('summary') ?? '').trim();
    const categories = ev.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
    const organ = categories.map((c) => findOrgan(organs, c)).find(Boolean) ?? organIn(organs, summary);
    const start = ev.getFirstPropertyValue('dtstart');
    // The meeting's local date as written in the file; a time of day does not move the day.
    const heldOn =
      start instanceof ICAL.Time ? `${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')}` : '';
    if (!organ)
      errors.push({
        field: `${at}: SUMMARY`,
        message: `"${summary}" nämner inget fullmäktige, ingen kommunstyrelse eller nämnd; ange organet i CATEGORIES.`,
      });
    if (!heldOn) errors.push({ field: `${at}: DTSTART`, message: 'Händelsen saknar startdatum.' });
    if (!organ || !heldOn) return;
    const uid = ev.getFirstPropertyValue('uid');
    const m = { line, orgUnitId: organ.id, heldOn, title: summary || organ.name, externalUid: uid ? String(uid) : null };
    if (checkMeeting(errors, seen, m, year, `${at}: DTSTART`)) meetings.push(m);
  });
  if (errors.length) throw refuse(errors, 'Filen');
  if (!meetings.length) throw refuse([{ field: 'fil', message: 'Filen har inga händelser (VEVENT).' }], 'Filen');
  return meetings;
}
