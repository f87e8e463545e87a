// Times a year's ledger of a large municipality through the SIE path: decode (PC8), parse, turn
// into monthly rows per ansvar and account, and store (first run, then the same file again).
// Usage: npx tsx tests/bench/sie-import.ts [vouchers=100000] [ansvar=600]
//        BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/sie-import.ts
import pg from 'pg';
import { decodeSie, encodePc8 } from '../../src/core/actuals/decode.js';
import { ledgerFromSie } from '../../src/core/actuals/ledger.js';
import { parseSie } from '../../src/core/actuals/sie.js';
import { type Database, openPglite, openPostgres } from '../../src/server/db/connection.js';
import { migrate } from '../../src/server/db/migrate.js';
import { storeLedger } from '../../src/server/actuals/store.js';

const vouchers = Number(process.argv[2] ?? 100_000);
const ansvarCount = Number(process.argv[3] ?? 600);
const accounts = ['3110', '3510', '4010', '5010', '5410', '6110', '6410', '7010', '7310'];

/** Deterministic pseudo-random numbers (xorshift32), so every run measures the same file. */
let seed = 2463534242;
const next = (n: number) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};

/** A PC8 ledger: each voucher books two costs on two ansvar and the bank on the other side. */
function ledgerText(): Uint8Array {
  const out = ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#FNAMN "Storkommun för mätning"', '#RAR 0 20260101 20261231'];
  for (let a = 0; a < ansvarCount; a++) out.push(`#OBJEKT 1 "${1000 + a}" "Ansvar ${1000 + a} Ålderdomshem"`);
  for (let v = 0; v < vouchers; v++) {
    const month = String((v % 12) + 1).padStart(2, '0');
    const day = String((v % 28) + 1).padStart(2, '0');
    const a1 = 1000 + next(ansvarCount);
    const a2 = 1000 + next(ansvarCount);
    const acc = accounts[next(accounts.length)];
    const x = ((v % 997) + 1) * 100.25;
    out.push(`#VER A ${v + 1} 2026${month}${day} "Verifikat ${v + 1}"`, '{');
    out.push(`#TRANS ${acc} {1 "${a1}"} ${x.toFixed(2)}`, `#TRANS ${acc} {1 "${a2}"} ${(x / 2).toFixed(2)}`);
    out.push(`#TRANS 1930 {} ${(-(x + x / 2)).toFixed(2)}`, '}');
  }
  return encodePc8(`${out.join('\r\n')}\r\n`);
}

async function open(): Promise<{ database: Database; drop?: () => Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return { database: await openPglite() };
  const name = `styr_bench_${Date.now()}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(q);
    await c.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { database: openPostgres(u.toString(), 4), drop: () => admin(`DROP DATABASE ${name} WITH (FORCE)`) };
}

const time = async <T>(label: string, fn: () => T | Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const r = await fn();
  console.log(`${label}: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  return r;
};

const bytes = await time('generate', ledgerText);
console.log(`file: ${(bytes.length / 1e6).toFixed(1)} MB, ${vouchers} vouchers, ${vouchers * 3} #TRANS, ${ansvarCount} ansvar`);
const text = await time('decode (PC8)', () => decodeSie(bytes).text);
const sie = await time('parse', () => parseSie(text));
const data = await time('monthly rows', () => ledgerFromSie(sie));
console.log(`rows: ${data.rows.length}`);

const { database, drop } = await open();
try {
  await migrate(database);
  const m = (
    await database.db.insertInto('municipality').values({ code: '9999', name: 'Mätkommun' }).returning('id').executeTakeFirstOrThrow()
  ).id;
  const audit = { actorId: null, importId: 'bench', file: 'bench.se', source: 'sie' };
  const first = await time(`store, empty (${database.kind})`, () => storeLedger(database.db, m, data, audit));
  console.log(`  inserted ${first.inserted}`);
  const again = await time(`store, same file again (${database.kind})`, () => storeLedger(database.db, m, data, audit));
  console.log(`  unchanged ${again.unchanged}, inserted ${again.inserted}, updated ${again.updated}`);
  console.log(`rss: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
} finally {
  await database.close();
  await drop?.();
}
