#!/usr/bin/env node
// Measures `npm start` as a person runs it (web build + `styr serve`): time from the command to
// the first answered page, on an empty data directory and on a warm one, and the server's
// resident memory after it has answered a signed-in page's requests.
// Usage: node scripts/measure-start.mjs
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 4999;
const dataDir = mkdtempSync(join(tmpdir(), 'styr-measure-'));

/** Resident memory (MiB) of the largest process under `pid`: the server, not npm or the shell. */
function serverRssMiB(pid) {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='])
    .toString()
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of rows) {
      if (tree.has(pp) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  return Math.max(...rows.filter(([p]) => tree.has(p)).map(([, , rss]) => rss)) / 1024;
}

async function firstResponse() {
  const t0 = performance.now();
  const proc = spawn('npm', ['start'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '' },
    stdio: 'ignore',
    detached: true,
  });
  for (;;) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 25));
  }
  const ms = performance.now() - t0;
  const login = await fetch(`http://localhost:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ municipality: '0482', email: 'admin@flen.example', password: 'styr-demo-admin' }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  for (const path of ['/api/auth/me', '/api/org-units', '/api/people', '/api/audit'])
    await (await fetch(`http://localhost:${port}${path}`, { headers: { cookie } })).text();
  const rss = serverRssMiB(proc.pid);
  process.kill(-proc.pid, 'SIGTERM');
  await new Promise((r) => proc.once('close', r));
  await new Promise((r) => setTimeout(r, 500));
  return { ms, rss };
}

const cold = await firstResponse();
const warm = await firstResponse();
rmSync(dataDir, { recursive: true, force: true });
console.log(
  `empty data directory: first response ${(cold.ms / 1000).toFixed(1)} s after npm start (build, migrate, demo load); server RSS ${cold.rss.toFixed(0)} MiB`,
);
console.log(`warm data directory:  first response ${(warm.ms / 1000).toFixed(1)} s after npm start; server RSS ${warm.rss.toFixed(0)} MiB`);
