// The embedded database's one-process lock (decision 0016), tried with real `styr serve` processes:
// it must hold while the owner is frozen for longer than any timestamp-based lock would wait, and
// it must be free the moment the owner is killed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { readConfig } from './config.js';
import { type LockMethod, lockDataDir } from './lock.js';
import { openConfigured } from './open.js';
import { type ServeProcess, spawnServe, stop } from './serveProcess.js';

const dirs: string[] = [];
const running: ServeProcess[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'styr-lock-'));
  dirs.push(d);
  return d;
};
const serve = async (dataDir: string) => {
  const p = await spawnServe({ DATA_DIR: dataDir, STYR_WEB_ROOT: join(dataDir, 'no-web') });
  running.push(p);
  return p;
};
afterAll(async () => {
  for (const p of running) await stop(p);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const health = async (url: string) => (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) })).status;

describe('the data directory lock', () => {
  // proper-lockfile's lock went stale after 15 s without a heartbeat; 17 s of a frozen owner
  // (SIGSTOP: as busy as a process can be) is past that.
  it('refuses a second server while the owner is frozen, and the owner survives', async () => {
    const dataDir = tempDir();
    const owner = await serve(dataDir);
    expect(owner.listening).toBe(true);
    owner.proc.kill('SIGSTOP');
    await new Promise((r) => setTimeout(r, 17_000));
    const second = await serve(dataDir);
    owner.proc.kill('SIGCONT');
    expect(second.listening).toBe(false);
    expect(await second.exited).toBe(1);
    expect(second.out()).toMatch(new RegExp(`Datakatalogen .* används redan av en annan Styr-process \\(pid ${owner.proc.pid}\\)`));
    expect(second.out()).not.toMatch(/\n\s+at /);
    // The owner answers after it is thawed, and is still alive a moment later.
    expect(await health(owner.url)).toBe(200);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(owner.proc.exitCode).toBeNull();
    expect(await health(owner.url)).toBe(200);
  }, 180_000);

  it('is free the moment its owner is killed', async () => {
    const dataDir = tempDir();
    const owner = await serve(dataDir);
    expect(owner.listening).toBe(true);
    owner.proc.kill('SIGKILL');
    await owner.exited;
    // At once, in this process (a new `styr serve` spends seconds loading before it reaches the
    // lock, and under load more than the 15 s a timestamp lock waited).
    const reopened = await openConfigured(readConfig({ ...process.env, DATABASE_URL: '', DATA_DIR: dataDir }));
    await reopened.close();
    const restarted = await serve(dataDir);
    expect(restarted.out()).not.toMatch(/används redan/);
    expect(restarted.listening).toBe(true);
    expect(await health(restarted.url)).toBe(200);
    expect(readFileSync(join(dataDir, 'styr.pid'), 'utf8')).toMatch(new RegExp(`^${restarted.proc.pid}\\b`));
  }, 180_000);
});

describe.each<LockMethod>(['socket', 'pidfile'])('the lock by %s, in one process', (method) => {
  it('is held once, under any spelling of the directory, and free again after release', async () => {
    const dataDir = tempDir();
    const alias = `${dataDir}-alias`;
    symlinkSync(dataDir, alias);
    dirs.push(alias);
    const lock = await lockDataDir(dataDir, method);
    expect(readFileSync(join(dataDir, 'styr.pid'), 'utf8')).toMatch(new RegExp(`^${process.pid}\\n.*pid ${process.pid}`));
    await expect(lockDataDir(alias, method)).rejects.toThrow(
      `Datakatalogen ${alias} används redan av en annan Styr-process (pid ${process.pid}).`,
    );
    await lock.release();
    expect(existsSync(join(dataDir, 'styr.pid'))).toBe(false);
    const again = await lockDataDir(alias, method);
    await again.release();
  });

  it("takes over a pid file a dead process left, and the old lock's directory", async () => {
    const dataDir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
    writeFileSync(join(dataDir, 'styr.pid'), `${dead}\n`);
    mkdirSync(join(dataDir, 'styr.lock'));
    const lock = await lockDataDir(dataDir, method);
    expect(readFileSync(join(dataDir, 'styr.pid'), 'utf8')).toMatch(new RegExp(`^${process.pid}\\n`));
    expect(existsSync(join(dataDir, 'styr.lock'))).toBe(false);
    await lock.release();
  });
});
