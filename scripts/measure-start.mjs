#!/usr/bin/env node
// Measures `styr serve` as `npm start` runs it (after the web build): time from process start
// to the first answered page, on an empty data directory and on a warm one, and resident memory.
// Usage: npm run build && node scripts/measure-start.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 4999;
const dataDir = mkdtempSync(join(tmpdir(), 'styr-measure-'));

const rssMiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

async function firstResponse() {
  const t0 = performance.now();
  const proc = spawn(process.execPath, ['bin/styr.mjs', 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '' },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      const res = await fetch(`http://localhost:${port}/`);
      if (res.ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 25));
  }
  const ms = performance.now() - t0;
  // A few requests of the kind a signed-in page makes, then the memory it holds.
  const login = await fetch(`http://localhost:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ municipality: '0482', email: 'admin@flen.example', password: 'styr-demo-admin' }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  for (let i = 0; i < 20; i++) await (await fetch(`http://localhost:${port}/api/org-units`, { headers: { cookie } })).text();
  const rss = rssMiB(proc.pid);
  proc.kill('SIGTERM');
  await new Promise((r) => proc.once('close', r));
  return { ms, rss };
}

const cold = await firstResponse();
const warm = await firstResponse();
rmSync(dataDir, { recursive: true, force: true });
console.log(
  `empty data directory: first response after ${(cold.ms / 1000).toFixed(1)} s (migrate + demo load), RSS ${cold.rss.toFixed(0)} MiB`,
);
console.log(`warm data directory:  first response after ${(warm.ms / 1000).toFixed(1)} s, RSS ${warm.rss.toFixed(0)} MiB`);
