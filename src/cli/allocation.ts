// `styr budget allocate --in MODEL.json [--json]` (no database: the model file is the input) and
// `styr import population FILE` (SCB PxWeb JSON-stat2 or CSV into a municipality's population).
import { readFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { allocate, parseModel } from '../core/allocation/model.js';
import { type PopulationKind, populationKinds } from '../core/allocation/populationImport.js';
import { AppError } from '../core/errors.js';
import { guessPopulationFormat, runPopulationImport } from '../server/allocation/importFile.js';
import type { Database } from '../server/db/connection.js';

type WithDatabase = <T>(fn: (db: Database) => Promise<T>) => Promise<T>;

/** A refusal with every field that is wrong, for a person at a terminal. */
export function explained(err: unknown): unknown {
  if (!(err instanceof AppError) || !err.fields.length) return err;
  const lines = err.fields.map((f) => `  ${f.field}: ${f.message}`);
  return new Error(
    [err.fields.length === 1 && err.message.includes(err.fields[0]?.message ?? '\0') ? 'Ogiltiga uppgifter:' : err.message, ...lines].join(
      '\n',
    ),
  );
}

const kr = (n: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(n);

export async function allocateOutput(file: string, json: boolean): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`Kan inte läsa ${file}.`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} är inte giltig JSON: ${(e as Error).message}`);
  }
  try {
    const result = allocate(parseModel(input));
    if (json) return `${JSON.stringify(result, null, 2)}\n`;
    const rows = result.lines.map(
      (l) =>
        `${l.verksamhet.padEnd(20)} ${l.ageBand.padEnd(7)} ${kr(l.population).padStart(10)} × ${kr(l.krPerInhabitant).padStart(10)} = ${kr(l.amountKr).padStart(15)} kr`,
    );
    const totals = result.totals.map((t) => `${t.verksamhet.padEnd(20)} ${kr(t.amountKr).padStart(52)} kr`);
    return [
      `Budgetår ${result.budgetYear}`,
      ...rows,
      '',
      ...totals,
      `${'Summa'.padEnd(20)} ${kr(result.totalKr).padStart(52)} kr`,
      '',
    ].join('\n');
  } catch (e) {
    throw explained(e);
  }
}

/** The `budget` command group, made once: other areas add their subcommands to the same group. */
export function budgetCommand(program: Command): Command {
  return program.commands.find((c) => c.name() === 'budget') ?? program.command('budget').description('Budget och resursfördelning');
}

interface PopulationOptions {
  municipality?: string;
  kind?: PopulationKind;
  series?: string;
  region?: string;
  format?: 'pxweb' | 'csv';
}

async function tenantOf(database: Database, wanted?: string) {
  const rows = await database.db.selectFrom('municipality').select(['id', 'code', 'name']).orderBy('code').execute();
  const found = wanted ? rows.filter((r) => r.code === wanted || r.id === wanted) : rows;
  if (found.length === 1) return found[0] as (typeof rows)[number];
  const list = rows.map((r) => `${r.code} ${r.name}`).join(', ') || 'inga';
  throw new Error(
    wanted ? `Kommunen "${wanted}" finns inte. Det finns: ${list}.` : `Ange kommun med --municipality KOD. Det finns: ${list}.`,
  );
}

export async function importPopulation(
  database: Database,
  file: string,
  opts: PopulationOptions,
  out: NodeJS.WriteStream = process.stderr,
) {
  const content = await readFile(file, 'utf8').catch(() => {
    throw new Error(`Kan inte läsa ${file}.`);
  });
  const tenant = await tenantOf(database, opts.municipality);
  const bar = new cliProgress.SingleBar(
    { stream: out, format: 'Befolkning [{bar}] {value}/{total} rader', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  try {
    const r = await runPopulationImport(
      database.db,
      { municipalityId: tenant.id, actorId: null },
      {
        format: opts.format ?? guessPopulationFormat(file, content),
        content,
        kind: opts.kind,
        series: opts.series,
        region: opts.region,
        name: file.split('/').at(-1),
      },
      (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    );
    return `${tenant.name}: ${r.stored} rader befolkning (${r.kind === 'actual' ? 'utfall' : `prognos ${r.series}`}) per ${r.dates.join(', ')}; ${r.replaced} tidigare rader ersattes.\n`;
  } catch (e) {
    throw explained(e);
  } finally {
    if (started) bar.stop();
  }
}

export function registerAllocationCommands(program: Command, importer: Command, withDatabase: WithDatabase) {
  budgetCommand(program)
    .command('allocate')
    .description(
      'Räkna resursfördelningsmodellen: prislapp × befolkning per åldersgrupp, summerat per verksamhet (docs/allocation-model.md)',
    )
    .requiredOption('--in <MODEL.json>', 'modellen: budgetår, befolkningsregel, befolkning och prislappar')
    .option('--json', 'som JSON')
    .action(async (opts: { in: string; json?: boolean }) => {
      process.stdout.write(await allocateOutput(opts.in, opts.json === true));
    });

  importer
    .command('population')
    .argument('<fil>', 'SCB:s PxWeb-svar (JSON-stat2) eller en CSV med datum, ålder/åldersgrupp och antal')
    .description('Läs in befolkning per ålder (utfall eller prognos) för resursfördelningen')
    .option('--municipality <kod-eller-id>', 'kommunen i Styr som läser in (behövs när databasen har flera)')
    .option('--kind <actual|forecast>', 'utfall eller prognos (annars enligt filen)', (v) => {
      if (!(populationKinds as readonly string[]).includes(v)) throw new Error('--kind är actual eller forecast.');
      return v;
    })
    .option('--series <namn>', 'prognosens namn, t.ex. "SCB 2025"')
    .option('--region <namn-eller-kod>', 'regionen i filen, när den har flera')
    .option('--format <pxweb|csv>', 'filens format, om filnamnet inte säger det')
    .action((file: string, opts: PopulationOptions) =>
      withDatabase(async (db) => {
        process.stdout.write(await importPopulation(db, file, opts));
      }),
    );
}
