// Calendar dates as ISO strings (YYYY-MM-DD): the cycle has no times of day, and ISO strings
// sort as they read, so comparisons are plain string comparisons.
import { periodRange } from '../period.js';

export const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const monthName = (month: number): string => monthNames[month - 1] ?? String(month);

const pad = (n: number) => String(n).padStart(2, '0');

export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Month `month` of `year`, where 13 is January of the year after (a step due "January of Y+1"). */
export function monthRange(year: number, month: number): { from: string; to: string } {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return periodRange({ frequency: 'month', year: y, index: m });
}

export const monthStart = (year: number, month: number) => monthRange(year, month).from;
export const monthEnd = (year: number, month: number) => monthRange(year, month).to;

const toUtc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};
const fromUtc = (d: Date) => isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The same day `months` later, held at the month's last day (31 August + 2 months = 31 October). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const end = monthEnd(y, m + months);
  const last = Number(end.slice(8));
  return `${end.slice(0, 8)}${pad(Math.min(d, last))}`;
}

/** A real calendar date written as YYYY-MM-DD (rejects 2027-02-29). */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && fromUtc(toUtc(text)) === text;
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (iso: string) => toUtc(iso).getUTCDay();
