// Starts the real app (`styr serve`) on a fresh embedded database with the demo loaded.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

let server: ChildProcess | undefined;
let dataDir = '';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export async function setup(project: TestProject) {
  dataDir = mkdtempSync(join(tmpdir(), 'styr-e2e-'));
  const port = String(4100 + Math.floor(Math.random() * 800));
  const proc = spawn(process.execPath, ['bin/styr.mjs', 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: port, DATABASE_URL: '', STYR_DEMO: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = proc;
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes('Styr kör på')) resolve();
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.on('close', (code) => reject(new Error(`styr serve exited with ${code}:\n${out}`)));
  });
  project.provide('baseUrl', `http://localhost:${port}`);
}

export async function teardown() {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server?.once('close', r));
  }
  rmSync(dataDir, { recursive: true, force: true });
}
