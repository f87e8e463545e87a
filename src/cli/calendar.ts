// `styr calendar YEAR`: the annual cycle for other programs (--json) and for people at a terminal.
import { annualCycle, calendarYears } from '../core/calendar/cycle.js';
import { monthNames } from '../core/calendar/dates.js';
import type { AnnualCycle, Step } from '../core/calendar/schemas.js';
import { cycleOf } from '../server/calendar/service.js';
import type { Database } from '../server/db/connection.js';
import { pickMunicipality } from './export.js';

export interface CalendarOptions {
  municipality?: string;
  json?: boolean;
}

export function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < calendarYears.min || year > calendarYears.max)
    throw new Error(`Året ska vara ett årtal ${calendarYears.min}–${calendarYears.max}, inte "${text}".`);
  return year;
}

/**
 * The cycle as text. The municipality, when given, must exist; its stored settings apply and its
 * steps land on its meetings (decision 0010).
 */
export async function calendarOutput(yearText: string, opts: CalendarOptions, database?: Database): Promise<string> {
  const year = parseYear(yearText);
  let municipality: { id: string; name: string } | null = null;
  if (opts.municipality) {
    if (!database) throw new Error('--municipality behöver databasen.');
    municipality = await pickMunicipality(database, opts.municipality);
  }
  // Without a municipality: the specification's defaults; with one: its settings and meetings.
  const cycle = municipality && database ? await cycleOf(database.db, municipality.id, year) : annualCycle(year);
  if (opts.json) return `${JSON.stringify(cycle, null, 2)}\n`;
  return readable(cycle, municipality?.name);
}

const dayMonth = (iso: string, year: number) => {
  const text = `${Number(iso.slice(8))} ${monthNames[Number(iso.slice(5, 7)) - 1]?.slice(0, 3)}`;
  return iso.startsWith(`${year}-`) ? text : `${text} ${iso.slice(0, 4)}`;
};
const bodies = { kommunstyrelse: 'KS', fullmaktige: 'KF' } as const;
const rings = { planning: 'planering', followup: 'uppföljning', election: 'val' } as const;

function line(s: Step, year: number): string {
  const d = (iso: string) => dayMonth(iso, year);
  const parts = [`${rings[s.ring]} ${s.phase}`, s.start === s.due ? d(s.due) : `${d(s.start)} – ${d(s.due)}`];
  if (s.period) parts.push(`period ${d(s.period.from)} – ${d(s.period.to)}`);
  parts.push(...s.goesTo.map((g) => `${bodies[g.body]} senast ${d(g.by)}`));
  return `  ${d(s.due).padEnd(12)} ${s.title} (${parts.join('; ')})\n  ${' '.repeat(12)} ${s.owner}`;
}

const termStarts = (c: AnnualCycle) => dayMonth(c.steps.find((s) => s.step === 'val')?.due ?? '', c.year);

/** A Swedish list grouped by the month each step is due. */
function readable(c: AnnualCycle, municipality?: string): string {
  const head = [
    `Årshjulet ${c.year}${municipality ? `, ${municipality}` : ''}`,
    c.electionDay
      ? `Valår: allmänna val söndag ${dayMonth(c.electionDay, c.year)}, nya fullmäktige från ${termStarts(c)}.`
      : 'Inget valår.',
    `Planering av budgetår ${c.year + 1} och uppföljning av ${c.year}.`,
  ];
  const lines: string[] = [];
  let month = '';
  for (const s of c.steps) {
    const m = s.due.slice(0, 7);
    if (m !== month) lines.push('', `${monthNames[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`);
    month = m;
    lines.push(line(s, c.year));
  }
  return `${[...head, ...lines].join('\n')}\n`;
}
