// The `styr` command as an operator uses it: a real process on a real data directory.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const freePort = () =>
  new Promise<string>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(String(port)));
    });
  });

const bin = join(import.meta.dirname, '../../bin/styr.mjs');
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'styr-cli-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function styr(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env, DATABASE_URL: '' } });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

function startServer(env: Record<string, string>): Promise<{ proc: ChildProcess; out: () => string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, ...env, DATABASE_URL: '' } });
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes('Styr kör på')) resolve({ proc, out: () => out });
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.on('close', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe('styr on an embedded database', () => {
  it('refuses a second process on the same data directory with a clear message', async () => {
    const dataDir = tempDir();
    const server = await startServer({ DATA_DIR: dataDir, PORT: '0', STYR_DEMO: '0', STYR_WEB_ROOT: join(dataDir, 'no-web') });
    try {
      expect(server.out()).toMatch(/engångslänk/);
      const second = await styr(['migrate'], { DATA_DIR: dataDir });
      expect(second.code).toBe(1);
      expect(second.out).toMatch(/används redan av en annan Styr-process/);
      expect(second.out).not.toMatch(/\n\s+at /);
    } finally {
      server.proc.kill('SIGTERM');
      await new Promise((r) => server.proc.once('close', r));
    }
  });

  it('creates the first administrator from the environment on a production start', async () => {
    const dataDir = tempDir();
    // A port the system says is free: a random one once hit PostgreSQL's 5432.
    const port = await freePort();
    const env = { DATA_DIR: dataDir, PORT: port, STYR_DEMO: '0', STYR_WEB_ROOT: join(dataDir, 'no-web') };
    const admin = {
      STYR_ADMIN_EMAIL: 'it@kommun.example',
      STYR_ADMIN_PASSWORD: 'ett-langt-admin-losen',
      STYR_MUNICIPALITY_CODE: '0480',
      STYR_MUNICIPALITY_NAME: 'Nyköpings kommun',
    };
    const server = await startServer({ ...env, ...admin });
    try {
      expect(server.out()).toMatch(/Administratören it@kommun.example är skapad/);
      const login = await fetch(`http://localhost:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ municipality: '0480', email: 'it@kommun.example', password: 'ett-langt-admin-losen' }),
      });
      expect(login.status).toBe(204);
      const health = await (await fetch(`http://localhost:${port}/api/health`)).json();
      expect(health).toEqual({ status: 'ok', database: 'pglite' });
    } finally {
      server.proc.kill('SIGTERM');
      await new Promise((r) => server.proc.once('close', r));
    }
  });

  // Three processes each open and migrate their own embedded database: under CI load the whole
  // round trip has taken 55 s, so it gets more room than the suite's 60 s default.
  it('seeds the demo, backs up and restores into a fresh directory', async () => {
    const a = tempDir();
    const b = tempDir();
    const file = join(a, 'styr.backup.gz');
    expect((await styr(['seed', 'demo'], { DATA_DIR: a })).out).toMatch(/Demokommunen är inläst: \d+ enheter/);
    const exported = await styr(['export', 'red-thread', '--year', '2026', '--json'], { DATA_DIR: a });
    expect(exported.code, exported.out).toBe(0);
    const thread = JSON.parse(exported.out);
    expect(thread.roots[0]).toMatchObject({ kind: 'vision', children: expect.any(Array) });
    const kinds = new Set<string>();
    const walk = (n: { kind: string; goalKind: string | null; children: unknown[] }) => {
      kinds.add(n.goalKind ?? n.kind);
      for (const c of n.children) walk(c as never);
    };
    walk(thread.roots[0]);
    expect([...kinds]).toEqual(expect.arrayContaining(['vision', 'strategic_area', 'strategic', 'result', 'contribution']));
    expect(thread.untraced).toEqual([]);
    const status = await styr(['export', 'goal-status', '--year', '2026', '--json'], { DATA_DIR: a });
    expect(status.code, status.out).toBe(0);
    const goals = JSON.parse(status.out).goals as { status: string; reason: string }[];
    expect(goals.length).toBeGreaterThan(50);
    expect(goals.every((g) => ['achieved', 'partly', 'not_achieved', 'not_assessed'].includes(g.status) && g.reason.length > 0)).toBe(true);
    const dump = await styr(['backup', file], { DATA_DIR: a });
    expect(dump.code, dump.out).toBe(0);
    const back = await styr(['restore', file], { DATA_DIR: b });
    expect(back.code, back.out).toBe(0);
    const again = await styr(['restore', file], { DATA_DIR: b });
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/--force/);
    const rows = (s: string) => Number(/(\d+) rader/.exec(s)?.[1]);
    expect(rows(back.out)).toBe(rows(dump.out));
    expect(rows(dump.out)).toBeGreaterThan(150);
  }, 180_000);
});
