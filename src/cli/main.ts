// The `styr` command.
import { Command } from 'commander';
import { backup, restore } from '../server/db/backup.js';
import { migrate } from '../server/db/migrate.js';
import { readConfig } from '../server/runtime/config.js';
import { DataDirLockedError, openConfigured } from '../server/runtime/open.js';
import { startServer } from '../server/runtime/serve.js';
import { seedDemo } from '../server/seed/demo.js';
import type { Database } from '../server/db/connection.js';
import { registerAllocationCommands } from './allocation.js';
import { type CalendarOptions, calendarOutput } from './calendar.js';
import { exportGoalStatus, exportRedThread } from './export.js';
import { type ImportKoladaOptions, importKolada } from './importKolada.js';
import { type ImportSieOptions, importSie } from './importSie.js';
import { registerReminderCommands } from './reminders.js';

async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const database = await openConfigured(readConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

// Output piped into `head` and the like may close early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command('styr').description('Styr – kommunens styrmodell i ett system');

program
  .command('serve')
  .description('Starta webbappen och API:t')
  .action(async () => {
    await startServer(readConfig());
  });

program
  .command('migrate')
  .description('Uppdatera databasens schema')
  .action(() =>
    withDatabase(async (db) => {
      const applied = await migrate(db);
      console.log(applied.length ? `Körde ${applied.length} migreringar: ${applied.join(', ')}` : 'Databasen är redan uppdaterad.');
    }),
  );

program
  .command('seed')
  .argument('<what>', 'vad som ska läsas in: demo')
  .description('Läs in exempeldata (demo = Flens kommun)')
  .action((what: string) =>
    withDatabase(async (db) => {
      if (what !== 'demo') throw new Error(`Okänd seed "${what}". Det som finns: demo.`);
      await migrate(db);
      const r = await seedDemo(db);
      console.log(`Demokommunen är inläst: ${r.units} enheter, ${r.people} personer.`);
    }),
  );

program
  .command('backup')
  .argument('<file>', 'fil att skriva (gzip-komprimerad JSON Lines)')
  .description('Säkerhetskopiera hela databasen till en fil')
  .action((file: string) =>
    withDatabase(async (db) => {
      const r = await backup(db, file);
      console.log(`Säkerhetskopian ${file} är skriven: ${r.tables} tabeller, ${r.rows} rader.`);
    }),
  );

program
  .command('restore')
  .argument('<file>', 'säkerhetskopia från styr backup')
  .option('--force', 'ersätt en databas som redan innehåller data')
  .description('Återställ databasen från en säkerhetskopia')
  .action((file: string, opts: { force?: boolean }) =>
    withDatabase(async (db) => {
      const r = await restore(db, file, { force: opts.force });
      console.log(`Återställt från ${file}: ${r.tables} tabeller, ${r.rows} rader.`);
    }),
  );

const exporter = program.command('export').description('Skriv ut data ur Styr');
exporter
  .command('red-thread')
  .description('Röda tråden från visionen ned till medarbetarnas bidrag, och mål som inte hänger ihop')
  .option('--municipality <kod-eller-id>', 'kommunen (behövs när databasen har flera)')
  .option('--year <år>', 'året (i år om inget anges)', (v) => {
    if (!/^\d{4}$/.test(v)) throw new Error(`--year ska vara ett årtal, inte "${v}".`);
    return Number(v);
  })
  .option('--json', 'som JSON')
  .action((opts: { municipality?: string; year?: number; json?: boolean }) =>
    withDatabase(async (db) => {
      process.stdout.write(await exportRedThread(db, opts));
    }),
  );

exporter
  .command('goal-status')
  .description('Varje måls status ett år, beräknad från indikatorerna, med förklaring')
  .option('--municipality <kod-eller-id>', 'kommunen (behövs när databasen har flera)')
  .option('--year <år>', 'året (i år om inget anges)', (v) => {
    if (!/^\d{4}$/.test(v)) throw new Error(`--year ska vara ett årtal, inte "${v}".`);
    return Number(v);
  })
  .option('--json', 'som JSON')
  .action((opts: { municipality?: string; year?: number; json?: boolean }) =>
    withDatabase(async (db) => {
      process.stdout.write(await exportGoalStatus(db, opts));
    }),
  );

program
  .command('calendar')
  .argument('<år>', 'kalenderåret, 2000–2100')
  .description('Årshjulet ett år: planeringen av nästa budgetår, uppföljningen av året och valet ett valår')
  .option('--municipality <kod-eller-id>', 'kommunen (i dag gäller specifikationens standardinställningar för alla)')
  .option('--json', 'som JSON')
  .action(async (year: string, opts: CalendarOptions) => {
    // Without a municipality the cycle needs no database.
    const out = opts.municipality ? await withDatabase((db) => calendarOutput(year, opts, db)) : await calendarOutput(year, opts);
    process.stdout.write(out);
  });

const importer = program.command('import').description('Läs in data i Styr');
importer
  .command('kolada')
  .argument('[fil]', 'Kolada-värden som JSON (API-svar v3/v2) eller CSV-export')
  .description('Läs in Kolada-värden från en fil eller, med --api, från Koladas API')
  .option('--api', 'hämta från Koladas API (KOLADA_BASE_URL, annars api.kolada.se/v3)')
  .option('--kpi <id,…>', 'KPI:er att hämta, t.ex. N00945,N00090')
  .option('--municipality <kod,…>', 'Kolada-områden att hämta, t.ex. 0482,0000 (riket)')
  .option('--years <år>', 'år att hämta: 2019-2025 eller 2019,2021')
  .option('--tenant <kod>', 'kommunen i Styr som läser in (behövs när databasen har flera)')
  .option('--format <json|csv>', 'filens format, om filnamnet inte säger det')
  .action((file: string | undefined, opts: ImportKoladaOptions) =>
    withDatabase(async (db) => {
      await importKolada(db, file, opts);
    }),
  );

importer
  .command('sie')
  .argument('<fil>', 'huvudbokens utfall: en SIE 4-fil (PC8 eller UTF-8) eller en CSV med period, ansvar, konto och belopp')
  .description('Läs in utfall (och budget) per månad, ansvar och konto från ekonomisystemet')
  .option('--municipality <kod-eller-id>', 'kommunen i Styr som läser in (behövs när databasen har flera)')
  .option('--format <sie|csv>', 'filens format, om filnamnet inte säger det')
  .action((file: string, opts: ImportSieOptions) =>
    withDatabase(async (db) => {
      await importSie(db, file, opts);
    }),
  );

registerAllocationCommands(program, importer, withDatabase);
registerReminderCommands(program, withDatabase);

program.parseAsync().catch((err: unknown) => {
  // A person at a terminal gets the message, not a stack trace.
  console.error(err instanceof DataDirLockedError || err instanceof Error ? err.message : String(err));
  process.exit(1);
});
