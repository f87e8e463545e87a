// Small text helpers of the annual cycle's pages: month names in the reader's language and the
// address of a step's page.
import { locale } from '../../i18n/index.js';

export const monthLabel = (month: number, width: 'long' | 'short' = 'long') =>
  new Intl.DateTimeFormat(locale(), { month: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2001, month - 1, 1)));

export const stepHref = (year: number, key: string) => `/arshjul/${year}/steg/${encodeURIComponent(key)}`;

/** The year in the address, or this year when it is missing or outside 2000–2100. */
export function yearFrom(param: string | undefined): number | null {
  if (param === undefined) return new Date().getFullYear();
  const n = Number(param);
  return /^\d{4}$/.test(param) && n >= 2000 && n <= 2100 ? n : null;
}
