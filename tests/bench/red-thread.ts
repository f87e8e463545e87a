// Generates a large municipality and times the red thread and the integrity list on it.
// Usage: npx tsx tests/bench/red-thread.ts [enheter per avdelning=20]
//        BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/red-thread.ts
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Caller } from '../../src/server/auth/caller.js';
import { type Database, openPglite, openPostgres } from '../../src/server/db/connection.js';
import { migrate } from '../../src/server/db/migrate.js';
import type { DB } from '../../src/server/db/schema.js';
import { integrityOf } from '../../src/server/plans/integrity.js';
import { redThreadOf } from '../../src/server/plans/thread.js';

const YEAR = 2030;
const perAvdelning = Number(process.argv[2] ?? 20);
const NAMNDER = 10;
const AVDELNINGAR = 10;
const GOALS = 5;

async function open(): Promise<Database> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return openPglite();
  const name = `styr_bench_${Date.now()}`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = openPostgres(u.toString());
  return {
    ...database,
    close: async () => {
      await database.close();
      const d = new pg.Client({ connectionString: url });
      await d.connect();
      await d.query(`DROP DATABASE ${name}`);
      await d.end();
    },
  };
}

async function generate(database: Database) {
  const { db } = database;
  const m = (await db.insertInto('municipality').values({ code: '9000', name: 'Storstad' }).returning('id').executeTakeFirstOrThrow()).id;
  const units: { id: string; kind: string; parent_id: string | null }[] = [];
  const add = (kind: string, parent: string | null) => {
    const id = randomUUID();
    units.push({ id, kind, parent_id: parent });
    return id;
  };
  const kf = add('fullmaktige', null);
  const plans: Record<string, unknown>[] = [];
  const goals: Record<string, unknown>[] = [];
  const links: Record<string, unknown>[] = [];
  const plan = (kind: string, unit: string) => {
    const id = randomUUID();
    plans.push({
      municipality_id: m,
      id,
      series_id: randomUUID(),
      kind,
      org_unit_id: unit,
      title: `${kind} ${YEAR}`,
      year_from: YEAR,
      year_to: YEAR,
      status: 'adopted',
      decided_on: `${YEAR - 1}-11-01`,
      decided_by: 'KF',
      diarienummer: 'X',
    });
    return id;
  };
  const goalsIn = (planId: string, parents: string[], kind = 'result') =>
    Array.from({ length: GOALS }, (_, i) => {
      const lineage = randomUUID();
      const id = randomUUID();
      goals.push({ municipality_id: m, id, plan_id: planId, lineage_id: lineage, kind, title: `Mål ${i}`, owner_org_unit_id: kf });
      if (parents.length)
        links.push({ municipality_id: m, goal_id: id, parent_lineage_id: parents[i % parents.length], parent_type: 'goal' });
      return lineage;
    });
  plan('vision', kf);
  const sp = plan('strategisk_plan', kf);
  const kfGoals = goalsIn(sp, []);
  for (let n = 0; n < NAMNDER; n++) {
    const namnd = add('namnd', kf);
    const nGoals = goalsIn(plan('namndplan', namnd), kfGoals);
    const forv = add('forvaltning', namnd);
    const fGoals = goalsIn(plan('verksamhetsplan', forv), nGoals);
    for (let a = 0; a < AVDELNINGAR; a++) {
      const avd = add('avdelning', forv);
      const aGoals = goalsIn(plan('verksamhetsplan', avd), fGoals);
      for (let e = 0; e < perAvdelning; e++) goalsIn(plan('verksamhetsplan', add('enhet', avd)), aGoals);
    }
  }
  const chunks = async (table: keyof DB, rows: Record<string, unknown>[]) => {
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto(table)
        .values(rows.slice(i, i + 500) as never)
        .execute();
  };
  await chunks(
    'org_unit',
    units.map((u) => ({ municipality_id: m, ...u, name: `${u.kind} ${u.id.slice(0, 6)}` })),
  );
  await chunks('plan', plans);
  await chunks('goal', goals);
  await chunks('goal_link', links);
  await database.execScript('ANALYZE');
  return { m, units: units.length, goals: goals.length, kf };
}

async function time(label: string, fn: () => Promise<unknown>) {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label}: median ${runs[2]?.toFixed(0)} ms (min ${runs[0]?.toFixed(0)}, max ${runs[4]?.toFixed(0)})`);
}

const database = await open();
await migrate(database);
const g = await generate(database);
console.log(`${database.kind}: ${g.units} units, ${g.goals} goals`);
const caller: Caller = { sessionId: '', personId: randomUUID(), municipalityId: g.m, name: '', email: '', roles: [] };
await time('red thread of the year (load + build)', () => redThreadOf(database.db, g.m, YEAR, caller));
await time('integrity list', () => integrityOf(database.db, caller, YEAR));
await database.close();
