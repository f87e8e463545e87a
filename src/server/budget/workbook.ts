// Excel files with exceljs: one sheet per table with a caption row-free header (so the sheet
// reads back), numbers as numbers in whole kronor; and a workbook's first sheet as a grid.
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import type { CellValue, Grid } from '../../core/budget/sheet.js';
import { AppError, fail } from '../../core/errors.js';

export interface SheetSpec {
  name: string;
  header: string[];
  rows: CellValue[][];
  /** Zero-based columns holding amounts in kronor. */
  amountColumns?: number[];
  /** Column widths in characters. */
  widths?: number[];
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function workbook(sheets: SheetSpec[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Styr';
  for (const s of sheets) {
    const ws = book.addWorksheet(s.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(s.header).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
    s.header.forEach((_, i) => {
      const col = ws.getColumn(i + 1);
      col.width = s.widths?.[i] ?? (i === 0 ? 40 : 16);
      if (s.amountColumns?.includes(i)) col.numFmt = '#,##0';
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * What an uploaded workbook may hold (issue 10, finding 4). The compressed size alone says
 * nothing: 1 MB of zip can inflate to a gigabyte. Sheets people upload to Styr (frames,
 * distributions) have hundreds of rows and a few dozen columns; these leave room for a hundred
 * times that.
 */
export const UPLOAD_LIMITS = {
  compressedBytes: 5 * 1024 * 1024,
  /** All entries together, inflated; checked against the zip's directory and again while inflating. */
  uncompressedBytes: 50 * 1024 * 1024,
  entries: 1000,
  rows: 100_000,
  columns: 1000,
  /** Rows times their width: the size of the grid handed on. */
  cells: 2_000_000,
  /** Cell errors reported one by one; the rest are counted. */
  reportedErrors: 100,
};

const refuse = (message: string, field = message) => fail('validation', message, { fields: [{ field: 'file', message: field }] });
const notExcel = () =>
  fail('validation', 'Filen kunde inte läsas som en Excel-fil (.xlsx).', {
    fields: [{ field: 'file', message: 'Välj en Excel-fil (.xlsx).' }],
  });
const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

const plain = (v: ExcelJS.CellValue): CellValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'result' in v) return plain(v.result as ExcelJS.CellValue);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return null;
};

/** The zip's directory, read without inflating anything: entries by name, their declared sizes bounded. */
async function openZip(bytes: Buffer) {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true });
  } catch {
    throw notExcel();
  }
  if (zip.entryCount > UPLOAD_LIMITS.entries) throw notExcel();
  const entries = new Map<string, yauzl.Entry>();
  let declared = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      declared += entry.uncompressedSize;
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', () => reject(notExcel()));
    zip.readEntry();
  });
  if (declared > UPLOAD_LIMITS.uncompressedBytes)
    throw refuse(
      `Filen packas upp till ${MB(declared)}; högst ${MB(UPLOAD_LIMITS.uncompressedBytes)} tas emot. Ta bort det som inte behövs, eller dela upp filen.`,
      `Uppackad högst ${MB(UPLOAD_LIMITS.uncompressedBytes)}.`,
    );
  // yauzl refuses an entry that inflates past its declared size (validateEntrySizes), so the
  // declared total above bounds what can come out, whatever the file claims.
  const open = async (name: string): Promise<Readable | null> => {
    const entry = entries.get(name);
    if (!entry) return null;
    const stream = await zip.openReadStreamPromise(entry);
    stream.setEncoding('utf8');
    return stream;
  };
  return { entries, open };
}

/** exceljs's streaming reader, driven part by part from our own unzip instead of its unbounded one. */
interface ReaderParts {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string }[] };
  _parseRels(s: Readable): Promise<void>;
  _parseWorkbook(s: Readable): Promise<void>;
  _parseStyles(s: Readable): Promise<void>;
  _parseSharedStrings(s: Readable): AsyncIterable<unknown>;
  _parseWorksheet(s: Readable, sheetNo: string): Iterable<{ value: AsyncIterable<ExcelJS.Row> }>;
}

/** The workbook's first sheet (in the workbook's order, as Excel shows it) as a part name. */
function firstSheetPart(reader: ReaderParts, names: Iterable<string>): string | undefined {
  const first = reader.model?.sheets?.[0];
  const target = first && reader.workbookRels?.find((r) => r.Id === first.rId)?.Target;
  if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  return [...names].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}

/** The first sheet of an uploaded .xlsx as a grid of plain values; a file that is not one, or too big, is a 400. */
export async function readGrid(bytes: ArrayBuffer): Promise<Grid> {
  if (bytes.byteLength === 0)
    throw fail('validation', 'Filen är tom.', { fields: [{ field: 'file', message: 'Välj en Excel-fil (.xlsx).' }] });
  if (bytes.byteLength > UPLOAD_LIMITS.compressedBytes)
    throw fail('validation', 'Filen är större än 5 MB.', { fields: [{ field: 'file', message: 'Högst 5 MB.' }] });
  const zip = await openZip(Buffer.from(bytes));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ReaderParts;
  const streams: Readable[] = [];
  const part = async (name: string) => {
    const s = await zip.open(name);
    if (s) streams.push(s);
    return s;
  };
  try {
    const rels = await part('xl/_rels/workbook.xml.rels');
    if (rels) await reader._parseRels(rels);
    const book = await part('xl/workbook.xml');
    if (!book) throw notExcel();
    await reader._parseWorkbook(book);
    const styles = await part('xl/styles.xml');
    if (styles) await reader._parseStyles(styles);
    const strings = await part('xl/sharedStrings.xml');
    if (strings) for await (const _ of reader._parseSharedStrings(strings));
    const sheetName = firstSheetPart(reader, zip.entries.keys());
    const sheet = sheetName && (await part(sheetName));
    if (!sheet) throw fail('validation', 'Filen har inget blad.', { fields: [{ field: 'file', message: 'Filen har inget blad.' }] });
    const sheetNo = /(\d+)\.xml$/.exec(sheetName)?.[1] ?? '1';
    const [emitted] = reader._parseWorksheet(sheet, sheetNo);
    if (!emitted) throw notExcel();
    return await collectRows(emitted.value);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notExcel();
  } finally {
    for (const s of streams) s.destroy();
  }
}

async function collectRows(rows: AsyncIterable<ExcelJS.Row>): Promise<Grid> {
  const grid: CellValue[][] = [];
  let seen = 0;
  let cells = 0;
  for await (const row of rows) {
    seen++;
    if (seen > UPLOAD_LIMITS.rows || row.number > UPLOAD_LIMITS.rows)
      throw refuse(
        `Bladet har fler än ${UPLOAD_LIMITS.rows.toLocaleString('sv-SE')} rader; så många tas inte emot. Dela upp filen.`,
        `Högst ${UPLOAD_LIMITS.rows.toLocaleString('sv-SE')} rader.`,
      );
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (c > UPLOAD_LIMITS.columns)
        throw refuse(
          `Bladet har fler än ${UPLOAD_LIMITS.columns.toLocaleString('sv-SE')} kolumner; så många tas inte emot.`,
          `Högst ${UPLOAD_LIMITS.columns.toLocaleString('sv-SE')} kolumner.`,
        );
      values[c - 1] = plain(cell.value);
    });
    cells += values.length;
    if (cells > UPLOAD_LIMITS.cells)
      throw refuse(
        `Bladet har fler än ${UPLOAD_LIMITS.cells.toLocaleString('sv-SE')} celler; så många tas inte emot. Dela upp filen.`,
        `Högst ${UPLOAD_LIMITS.cells.toLocaleString('sv-SE')} celler.`,
      );
    grid[row.number - 1] = Array.from(values, (v) => v ?? null);
  }
  return Array.from(grid, (r) => r ?? []);
}

/** The sheet's errors as one 400, each cell its own field (the first hundred); nothing has been stored. */
export function sheetErrors(errors: { cell: string; message: string }[]) {
  const shown = errors.slice(0, UPLOAD_LIMITS.reportedErrors);
  const more = errors.length - shown.length;
  const fields = shown.map((e) => ({ field: e.cell, message: e.message }));
  if (more > 0) fields.push({ field: 'file', message: `… och ${more.toLocaleString('sv-SE')} fel till.` });
  return fail(
    'validation',
    `Filen har ${errors.length.toLocaleString('sv-SE')} fel och ingenting sparades. Rätta cellerna och ladda upp igen.`,
    {
      fields,
    },
  );
}
