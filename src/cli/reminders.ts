// `styr reminders sweep`: the same idempotent sweep the hourly job runs, in the foreground.
import type { Command } from 'commander';
import { isIsoDate } from '../core/calendar/dates.js';
import type { SweepResult } from '../core/reminders/schemas.js';
import type { Database } from '../server/db/connection.js';
import { sweepReminders } from '../server/reminders/sweep.js';
import { pickMunicipality } from './export.js';

type WithDatabase = <T>(fn: (db: Database) => Promise<T>) => Promise<T>;

export interface SweepCliOptions {
  municipality?: string;
  date?: string;
  json?: boolean;
}

export async function sweepOutput(database: Database, opts: SweepCliOptions): Promise<string> {
  if (opts.date !== undefined && !isIsoDate(opts.date)) throw new Error(`--date ska vara ett datum ÅÅÅÅ-MM-DD, inte "${opts.date}".`);
  const municipality = opts.municipality ? await pickMunicipality(database, opts.municipality) : null;
  const r = await sweepReminders(database.db, { municipalityId: municipality?.id, today: opts.date });
  if (opts.json) return `${JSON.stringify(r, null, 2)}\n`;
  return readable(r);
}

function readable(r: SweepResult): string {
  const lines = [
    `Påminnelser ${r.today} (${r.municipalities} ${r.municipalities === 1 ? 'kommun' : 'kommuner'}):`,
    `  ${r.remindersCreated} nya påminnelser av ${r.tasksConsidered} ej klara uppgifter nära sista dag`,
    `  ${r.emailsSent} e-brev skickade, ${r.emailsFailed} misslyckade (försöks igen), ${r.emailsHeld} lagda i utkorgen (ingen SMTP)`,
  ];
  if (r.tasksWithoutResponsible) lines.push(`  ${r.tasksWithoutResponsible} uppgifter har ingen chef eller controller att påminna`);
  return `${lines.join('\n')}\n`;
}

export function registerReminderCommands(program: Command, withDatabase: WithDatabase) {
  program
    .command('reminders')
    .description('Påminnelser om årshjulets uppgifter')
    .command('sweep')
    .description('Skicka de påminnelser som har kommit; det som redan skickats skickas inte igen')
    .option('--municipality <kod-eller-id>', 'bara denna kommun (annars alla)')
    .option('--date <ÅÅÅÅ-MM-DD>', 'kör som om det vore denna dag (annars i dag)')
    .option('--json', 'som JSON')
    .action((opts: SweepCliOptions) =>
      withDatabase(async (db) => {
        process.stdout.write(await sweepOutput(db, opts));
      }),
    );
}
