// Uploaded workbooks are bounded (issue 10, finding 4): a zip bomb, a zip that lies about its
// size and a 2-million-row sheet are refused within seconds, with memory bounded and the event
// loop free for other requests. Each file is read in a child process of its own
// (scripts/measure-upload.ts), so that its memory and blocking are measured alone and a
// regression cannot take the test runner down with it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { lieAboutSheetSize, writeManyRows, writeZipBomb } from './bombs.js';
import { readGrid, sheetErrors, UPLOAD_LIMITS } from './workbook.js';

const root = join(import.meta.dirname, '../../..');
let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'styr-xlsx-'));
  await writeZipBomb(join(dir, 'bomb.xlsx'), 400);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, 'lie.xlsx'), lieAboutSheetSize(readFileSync(join(dir, 'bomb.xlsx')), 1000));
  await writeManyRows(join(dir, 'rows.xlsx'), 2_000_000);
  await writeManyRows(join(dir, 'rows-150k.xlsx'), 150_000);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Measured {
  fileBytes: number;
  ms: number;
  growthMiB: number;
  maxPingMs: number;
  maxLoopBlockedMs: number;
  outcome: string;
  message: string;
  fields: { field: string; message: string }[];
}

/** Reads the file in a child process; one that has not finished in 20 s is killed and fails the test. */
function measure(file: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/measure-upload.ts', join(dir, file)], { cwd: root });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${file} was still being read after 20 s`));
    }, 20_000);
    child.on('close', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1) as string));
      } catch {
        reject(new Error(out));
      }
    });
  });
}

const bounded = (m: Measured) => {
  expect(m.outcome).toBe('refused');
  expect(m.fields.some((f) => f.field === 'file')).toBe(true);
  expect(m.ms).toBeLessThan(5_000);
  expect(m.growthMiB).toBeLessThan(300);
  expect(m.maxLoopBlockedMs).toBeLessThan(1_000);
};

describe('hostile workbooks', () => {
  it('refuses a zip bomb (400 MB of sheet in 0.4 MB) by its inflated size', async () => {
    const m = await measure('bomb.xlsx');
    expect(m.fileBytes).toBeLessThan(1024 * 1024);
    bounded(m);
    expect(m.message).toMatch(/packas upp till 400 MB; högst 50 MB/);
  }, 30_000);

  it('refuses a zip that declares a small sheet and inflates a large one', async () => {
    const m = await measure('lie.xlsx');
    bounded(m);
    expect(m.message).toMatch(/kunde inte läsas som en Excel-fil/);
  }, 30_000);

  it('refuses a sheet of 2 million rows in under 5 MB', async () => {
    const m = await measure('rows.xlsx');
    expect(m.fileBytes).toBeLessThan(UPLOAD_LIMITS.compressedBytes);
    bounded(m);
  }, 30_000);

  it('refuses a sheet of more rows than the limit that is small enough when inflated', async () => {
    const m = await measure('rows-150k.xlsx');
    bounded(m);
    expect(m.message).toMatch(/fler än 100\s000 rader/);
  }, 30_000);
});

describe('an honest workbook', () => {
  it('still reads as before: the first sheet, shared strings, dates, formulas and gaps', async () => {
    const book = new ExcelJS.Workbook();
    const first = book.addWorksheet('Ramar');
    book.addWorksheet('Annat').addRow(['inte detta']);
    first.addRow(['Nämnd', 'Belopp', 'Datum', 'Summa']);
    first.addRow(['Socialnämnden', 1200, new Date('2027-01-31T00:00:00Z'), { formula: 'B2*2', result: 2400 }]);
    first.getCell('B4').value = { richText: [{ text: 'rik ' }, { text: 'text' }] };
    const bytes = await book.xlsx.writeBuffer();
    expect(await readGrid(bytes as ArrayBuffer)).toEqual([
      ['Nämnd', 'Belopp', 'Datum', 'Summa'],
      ['Socialnämnden', 1200, '2027-01-31', 2400],
      [],
      [null, 'rik text'],
    ]);
  });

  it('reports the first hundred cell errors and counts the rest', () => {
    const err = sheetErrors(Array.from({ length: 200_001 }, (_, i) => ({ cell: `B${i + 2}`, message: 'Ange ett belopp.' })));
    expect(err).toBeInstanceOf(AppError);
    expect(err.message).toMatch(/^Filen har 200\s001 fel och ingenting sparades/);
    expect(err.fields).toHaveLength(101);
    expect(err.fields.at(-1)).toEqual({ field: 'file', message: '… och 199\u00a0901 fel till.' });
  });
});
