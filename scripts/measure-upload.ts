// Reads one .xlsx the way an upload is read (readGrid) and prints, as JSON, how long it took, the
// process's peak resident memory, and the slowest answer of a small HTTP server in the same
// process asked every 50 ms meanwhile (as /api/health would be), and the longest the event loop
// was blocked (any other request would have waited that long).
//   node --import tsx scripts/measure-upload.ts <file.xlsx>
// Generate hostile files with: node --import tsx scripts/measure-upload.ts --make bomb|rows|lie <file> [size]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { lieAboutSheetSize, writeManyRows, writeZipBomb } from '../src/server/budget/bombs.js';
import { readGrid } from '../src/server/budget/workbook.js';

const MiB = 1024 * 1024;
const [first, ...rest] = process.argv.slice(2);

if (first === '--make') {
  const [kind, file, size] = rest as [string, string, string | undefined];
  if (kind === 'bomb') await writeZipBomb(file, Number(size ?? 400));
  else if (kind === 'rows') await writeManyRows(file, Number(size ?? 2_000_000));
  else if (kind === 'lie') {
    await writeZipBomb(`${file}.honest`, Number(size ?? 400));
    const { writeFileSync, rmSync } = await import('node:fs');
    writeFileSync(file, lieAboutSheetSize(readFileSync(`${file}.honest`), 1000));
    rmSync(`${file}.honest`);
  } else throw new Error(`unknown kind ${kind}`);
  // Making a file is the whole job of --make: end here, before the measuring part below.
  process.exit(0);
}

const bytes = readFileSync(first as string);
const server = createServer((_req, res) => res.end('ok'));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address() as { port: number };

const baseRss = process.memoryUsage.rss();
let peakRss = baseRss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 10);
let maxPing = 0;
let pings = 0;
let reading = true;
const pinger = (async () => {
  while (reading) {
    const t = performance.now();
    await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
    maxPing = Math.max(maxPing, performance.now() - t);
    pings++;
    await new Promise((r) => setTimeout(r, 50));
  }
})();

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const started = performance.now();
let outcome: Record<string, unknown>;
try {
  const grid = await readGrid(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  outcome = { outcome: 'read', rows: grid.length };
} catch (err) {
  const e = err as { code?: string; message: string; fields?: unknown };
  outcome = { outcome: e.code === 'validation' ? 'refused' : 'error', code: e.code, message: e.message, fields: e.fields };
}
const ms = Math.round(performance.now() - started);
loop.disable();
reading = false;
await pinger;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage.rss());
server.close();
console.log(
  JSON.stringify({
    file: first,
    fileBytes: bytes.byteLength,
    ms,
    baseRssMiB: Math.round(baseRss / MiB),
    peakRssMiB: Math.round(peakRss / MiB),
    growthMiB: Math.round((peakRss - baseRss) / MiB),
    maxPingMs: Math.round(maxPing),
    pings,
    maxLoopBlockedMs: Math.round(loop.max / 1e6),
    ...outcome,
  }),
);
// The probe server and the event-loop monitor would keep the process alive; the figures are printed.
process.exit(0);
