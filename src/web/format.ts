// Numbers and times in the reader's language (UI.md rule 3: sv-SE by default).
import { locale } from './i18n/index.js';

export const formatNumber = (n: number) => new Intl.NumberFormat(locale()).format(n);

/** A UTC instant shown as local date and time. */
export const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));

/** Calendar dates stay ISO (ÅÅÅÅ-MM-DD): Swedish usage, and unambiguous in English too. */
export const formatDate = (d: string | null | undefined) => d ?? '';
