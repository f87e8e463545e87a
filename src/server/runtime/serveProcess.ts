// Test helper: a real `styr serve` process (bin/styr.mjs) on a data directory of its own, for the
// tests that kill, stop and restart the server as an operator or a crash would.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '../../../bin/styr.mjs');

export interface ServeProcess {
  proc: ChildProcess;
  url: string;
  out: () => string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts `styr serve`; resolves when it listens, or when it exits first (then `exited` has settled). */
export async function spawnServe(env: Record<string, string>): Promise<ServeProcess & { listening: boolean }> {
  const port = await freePort();
  const proc = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, DATABASE_URL: '', STYR_DEMO: '0', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | string>((resolve) => proc.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const listening = await new Promise<boolean>((resolve) => {
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes('Styr kör på')) resolve(true);
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    void exited.then(() => resolve(false));
  });
  return { proc, url: `http://127.0.0.1:${port}`, out: () => out, exited, listening };
}

export async function stop(p: ServeProcess) {
  if (p.proc.exitCode === null && p.proc.signalCode === null) {
    p.proc.kill('SIGCONT');
    p.proc.kill('SIGKILL');
  }
  await p.exited;
}
