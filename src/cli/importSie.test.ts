// `styr import sie`: in-process on the test database with a progress bar, and once as a real
// process on an embedded data directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../server/testing/harness.js';
import { importSie } from './importSie.js';

const fixtures = join(import.meta.dirname, '../../fixtures/sie');
const dir = mkdtempSync(join(tmpdir(), 'styr-sie-'));
let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

function terminal(isTTY: boolean) {
  let text = '';
  const out = Object.assign(
    new Writable({
      write(chunk, _enc, done) {
        text += String(chunk);
        done();
      },
    }),
    { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true },
  );
  return { out, text: () => text };
}

describe('styr import sie', () => {
  it('imports a PC8 SIE file with a progress bar on a terminal, and a second time changes nothing', async () => {
    const tty = terminal(true);
    const r = await importSie(t.database, join(fixtures, 'liten-kommun.se'), {}, tty.out);
    // The demo already has January–October 2026: this file replaces its January and February.
    expect(r).toMatchObject({ inserted: 7, updated: 2, newCodes: 2 });
    expect(r.deleted).toBeGreaterThan(100);
    expect(tty.text()).toContain('100%');
    expect(tty.text()).toMatch(
      /Utfall 2026-01–2026-02, budget 2026-01–2026-02: 7 nya, 2 ändrade, \d+ borttagna, 0 oförändrade rader\. 2 nya ansvarskoder väntar på en enhet\.\n$/,
    );
    const pipe = terminal(false);
    await importSie(t.database, join(fixtures, 'liten-kommun.se'), { municipality: '0482' }, pipe.out);
    expect(pipe.text()).toBe('Utfall 2026-01–2026-02, budget 2026-01–2026-02: 0 nya, 0 ändrade, 0 borttagna, 9 oförändrade rader.\n');
  });

  it('refuses a malformed file naming every line and reason', async () => {
    const file = join(dir, 'trasig.se');
    writeFileSync(file, '#SIETYP 4\n#VER A 1 20260101\n{\n#TRANS 5010 {1 "1"}\n#TRANS 1930 {} -1x\n}\n');
    await expect(importSie(t.database, file, {}, terminal(false).out)).rejects.toThrow(
      [
        'SIE-filen kan inte läsas in: rad 4: #TRANS saknar belopp (och 1 fel till). Inget av den har sparats.',
        '  rad 4: #TRANS saknar belopp',
        '  rad 5: #TRANS: "-1x" är inget belopp (skriv t.ex. -1234.50, med punkt)',
      ].join('\n'),
    );
  });
});

describe('styr import sie as a process', () => {
  const bin = join(import.meta.dirname, '../../bin/styr.mjs');
  const styr = (args: string[], env: Record<string, string>) =>
    new Promise<{ code: number; out: string }>((resolve) => {
      const p = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env, DATABASE_URL: '' } });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.stderr.on('data', (d) => (out += d));
      p.on('close', (code) => resolve({ code: code ?? -1, out }));
    });

  it('reads the demo ledger into the embedded database, which already has it from the seed', async () => {
    const env = { DATA_DIR: join(dir, 'data') };
    expect((await styr(['seed', 'demo'], env)).code).toBe(0);
    const r = await styr(['import', 'sie', join(fixtures, 'flen-2026.se')], env);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Utfall 2026-01–2026-10, budget 2026-01–2026-12: 0 nya, 0 ändrade, 0 borttagna, \d+ oförändrade rader\.\n$/);
    const bad = await styr(['import', 'sie', join(dir, 'saknas.se')], env);
    expect(bad.code).toBe(1);
  }, 120_000);
});
