// General elections (allmänna val) and the mandate period (MandatePeriod) of fullmäktige.
// Elections are held every fourth year (since 1994; this system serves 2000–2100), on the
// second Sunday of September since 2014 (vallagen 1 kap. 3 §) and on the third before that.
// The new fullmäktige's term starts 15 October of the election year (KL 5 kap. 9 §); under
// the older kommunallag it started 1 November, which the past years here keep.
import { addDays, isoDate, weekday } from './dates.js';
import type { Step } from './schemas.js';

export interface MandatePeriod {
  electionYear: number;
  from: string;
  to: string;
}

export const isElectionYear = (year: number) => year >= 1994 && (year - 2022) % 4 === 0;

/** Election day of an election year, null in other years. */
export function electionDay(year: number): string | null {
  if (!isElectionYear(year)) return null;
  const first = weekday(isoDate(year, 9, 1));
  const firstSunday = 1 + ((7 - first) % 7);
  return isoDate(year, 9, firstSunday + (year >= 2014 ? 7 : 14));
}

/** The day the fullmäktige elected in `electionYear` takes office. */
export const termStart = (electionYear: number) => (electionYear >= 2014 ? isoDate(electionYear, 10, 15) : isoDate(electionYear, 11, 1));

/** The mandate period that includes the date. */
export function mandatePeriodOf(date: string): MandatePeriod {
  const year = Number(date.slice(0, 4));
  let e = year - ((((year - 2022) % 4) + 4) % 4);
  if (date < termStart(e)) e -= 4;
  return { electionYear: e, from: termStart(e), to: addDays(termStart(e + 4), -1) };
}

/** The election on the wheel: from election day to the day the new fullmäktige takes office. */
export function electionStep(year: number): Step | null {
  const day = electionDay(year);
  if (!day) return null;
  return {
    step: 'val',
    title: 'Allmänna val',
    start: day,
    due: termStart(year),
    budgetYear: null,
    period: null,
    ring: 'election',
    // It moves the planning: the new fullmäktige adopts next year's strategisk plan.
    phase: 'P',
    owner: 'Valnämnden',
    produces: `Nya kommunfullmäktige; mandatperioden ${termStart(year)} – ${addDays(termStart(year + 4), -1)}`,
    goesTo: [],
  };
}
