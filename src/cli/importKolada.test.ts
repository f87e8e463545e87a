// `styr import kolada`: a file and the API, in-process on the test database, and once as a real
// process on an embedded data directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entry, koladaStub, sendJson } from '../server/indicators/kolada/stub.js';
import { testApp } from '../server/testing/harness.js';
import { importKolada } from './importKolada.js';

const fixtures = join(import.meta.dirname, '../../fixtures/kolada');
const dir = mkdtempSync(join(tmpdir(), 'styr-kolada-'));
let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A terminal (or a pipe) that keeps what is written to it. */
function terminal(isTTY: boolean) {
  let text = '';
  const out = Object.assign(
    new Writable({
      write(chunk, _enc, done) {
        text += String(chunk);
        done();
      },
    }),
    { isTTY },
  );
  return { out, text: () => text };
}

describe('styr import kolada', () => {
  it('imports a file with progress on a terminal, and a second time changes nothing', async () => {
    const tty = terminal(true);
    const r = await importKolada(t.database, join(fixtures, 'rKolada_n00945.csv'), {}, tty.out);
    expect(r.inserted).toBe(63);
    expect(tty.text()).toMatch(/\r\[#{20}\] Sparar värden: 63 av 63\./);
    expect(tty.text()).toMatch(/\n63 nya, 0 ändrade, 0 oförändrade värden\.\n$/);
    const pipe = terminal(false);
    await importKolada(t.database, join(fixtures, 'rKolada_n00945.csv'), { tenant: '0482' }, pipe.out);
    expect(pipe.text()).toBe('0 nya, 0 ändrade, 63 oförändrade värden.\n');
  });

  it('refuses a malformed file naming every line and field', async () => {
    const file = join(dir, 'trasig.csv');
    writeFileSync(file, 'kpi,year,municipality_id,gender,value\nN00945,2020,0482,T,1\nN00945,tjugo,0482,T,1\nN00945,2021,0482,F,x\n');
    await expect(importKolada(t.database, file, {}, terminal(false).out)).rejects.toThrow(
      [
        'Filen kan inte läsas in. Rad 3, fältet year: "tjugo" är inget årtal (och 2 fel till). Inget av den har sparats.',
        '  rad 3: year: "tjugo" är inget årtal.',
        '  rad 4: gender: "F" är inget kön som Kolada använder (T, K eller M).',
        '  rad 4: value: "x" är inget tal.',
      ].join('\n'),
    );
  });

  it('fetches from the API given on the command line', async () => {
    const stub = await koladaStub((_url, res) => sendJson(res, { values: [entry('N03702', '0482', 2020, 250.5)], next_url: null }));
    try {
      const pipe = terminal(false);
      const opts = { api: true, kpi: 'N03702', municipality: '0482', years: '2020' };
      await importKolada(t.database, undefined, opts, pipe.out, { baseUrl: stub.baseUrl });
      expect(pipe.text()).toBe('1 nya, 0 ändrade, 0 oförändrade värden.\n');
      await expect(importKolada(t.database, undefined, { ...opts, kpi: 'sjukfrånvaro' }, pipe.out)).rejects.toThrow(
        '--kpi Ett Kolada-id ser ut som N00945.',
      );
    } finally {
      await stub.close();
    }
  });
});

describe('styr import kolada as a process', () => {
  const bin = join(import.meta.dirname, '../../bin/styr.mjs');
  const styr = (args: string[], env: Record<string, string>) =>
    new Promise<{ code: number; out: string }>((resolve) => {
      const p = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env, DATABASE_URL: '' } });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.stderr.on('data', (d) => (out += d));
      p.on('close', (code) => resolve({ code: code ?? -1, out }));
    });

  it('reads a file into the embedded database and prints the summary', async () => {
    const env = { DATA_DIR: join(dir, 'data') };
    expect((await styr(['seed', 'demo'], env)).code).toBe(0);
    const r = await styr(['import', 'kolada', join(fixtures, 'rKolada_grp_data.csv')], env);
    expect(r).toEqual({ code: 0, out: '192 nya, 0 ändrade, 0 oförändrade värden.\n' });
  }, 120_000);
});
