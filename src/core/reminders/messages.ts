// The words of a reminder, as a notification and as an e-mail, in Swedish (the source
// language). Stored with the notification, so it reads the same later.
import { monthName } from '../calendar/dates.js';
import type { ReminderKind } from './due.js';

export interface ReminderTextInput {
  kind: ReminderKind;
  dueOn: string;
  today: string;
  stepTitle: string;
  unitName: string;
}

/** "30 april 2026". */
export const swedishDate = (iso: string) => `${Number(iso.slice(8, 10))} ${monthName(Number(iso.slice(5, 7)))} ${iso.slice(0, 4)}`;

const dayCount = (n: number) => (n === 1 ? '1 dag' : `${n} dagar`);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function reminderText(r: ReminderTextInput): { title: string; body: string } {
  const date = swedishDate(r.dueOn);
  if (r.kind === 'late') {
    const late = daysBetween(r.dueOn, r.today);
    return {
      title: `Försenad: ${r.stepTitle} – ${r.unitName}`,
      body: `${r.stepTitle} för ${r.unitName} skulle vara klar ${date} och är ${dayCount(late)} försenad. Markera uppgiften som klar i Styr när den är gjord.`,
    };
  }
  const left = daysBetween(r.today, r.dueOn);
  const when = left === 0 ? 'i dag' : left === 1 ? 'i morgon' : `om ${dayCount(left)}`;
  return {
    title: `Påminnelse: ${r.stepTitle} – ${r.unitName}`,
    body: `${r.stepTitle} för ${r.unitName} ska vara klar senast ${date}, ${when}.`,
  };
}

/** The e-mail of a reminder: the notification's words and where to act on it. */
export function reminderEmail(
  text: { title: string; body: string },
  personName: string,
  appUrl: string,
): { subject: string; body: string } {
  return {
    subject: text.title,
    body: `Hej ${personName}!\n\n${text.body}\n\nDina aviseringar: ${appUrl}/aviseringar\n\nDet här meddelandet skickades av Styr. Du får det för att du är chef eller controller för enheten.`,
  };
}
