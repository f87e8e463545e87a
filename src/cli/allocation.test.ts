// `styr budget allocate` and `styr import population` as an operator runs them: real processes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allocate } from '../core/allocation/model.js';

const bin = join(import.meta.dirname, '../../bin/styr.mjs');
const fixtures = join(import.meta.dirname, '../../fixtures/population');
const dir = mkdtempSync(join(tmpdir(), 'styr-allocation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function styr(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: join(dir, 'data'), ...env } });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

describe('styr budget allocate', () => {
  it('prints the same JSON as the core function', async () => {
    const file = join(fixtures, 'model-2024.json');
    const r = await styr(['budget', 'allocate', '--in', file, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(allocate(JSON.parse(readFileSync(file, 'utf8'))));
  });

  it('refuses a bad model with the field named and no stack trace', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        budgetYear: 2024,
        populationRule: 'mean_of_year_ends',
        population: [],
        priceTags: [{ verksamhet: 'g', ageBand: '7-9', krPerInhabitant: 1 }],
      }),
    );
    const r = await styr(['budget', 'allocate', '--in', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/priceTags\.0\.ageBand: Befolkning saknas för åldersgruppen 7-9 per 2023-12-31 och 2024-12-31/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('styr import population', () => {
  it("imports Flen's real file into the demo, twice with the same result", async () => {
    expect((await styr(['seed', 'demo'])).code).toBe(0);
    const file = join(fixtures, 'flen_folkmangd_aldersgrupp_regionfakta.csv');
    const first = await styr(['import', 'population', file, '--municipality', '0482', '--region', 'Flen']);
    expect(first.err).toBe('');
    expect(first.out).toMatch(/Flens kommun: 10 rader befolkning \(utfall\) per 2016-12-31, 2018-12-31; 10 tidigare rader ersattes/);
    const again = await styr(['import', 'population', file, '--region', 'Flen']);
    expect(again.out).toMatch(/10 rader .* 10 tidigare rader ersattes/);
    const unnamed = await styr(['import', 'population', file, '--region', 'Stockholm']);
    expect(unnamed.code).toBe(1);
    expect(unnamed.err).toMatch(/Regionen "Stockholm" finns inte i filen. Där finns: Flen, Södermanlands län, Riket/);
  }, 120_000);
});
