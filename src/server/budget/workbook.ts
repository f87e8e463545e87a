// Excel files with exceljs: one sheet per table with a caption row-free header (so the sheet
// reads back), numbers as numbers in whole kronor; and a workbook's first sheet as a grid.
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../core/budget/sheet.js';
import { fail } from '../../core/errors.js';

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

const MAX_BYTES = 5 * 1024 * 1024;

const plain = (v: ExcelJS.CellValue): CellValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'result' in v) return plain(v.result as ExcelJS.CellValue);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return null;
};

/** The first sheet of an uploaded .xlsx as a grid of plain values; a file that is not one is a 400. */
export async function readGrid(bytes: ArrayBuffer): Promise<Grid> {
  if (bytes.byteLength === 0)
    throw fail('validation', 'Filen är tom.', { fields: [{ field: 'file', message: 'Välj en Excel-fil (.xlsx).' }] });
  if (bytes.byteLength > MAX_BYTES)
    throw fail('validation', 'Filen är större än 5 MB.', { fields: [{ field: 'file', message: 'Högst 5 MB.' }] });
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes);
  } catch {
    throw fail('validation', 'Filen kunde inte läsas som en Excel-fil (.xlsx).', {
      fields: [{ field: 'file', message: 'Välj en Excel-fil (.xlsx).' }],
    });
  }
  const ws = book.worksheets[0];
  if (!ws) throw fail('validation', 'Filen har inget blad.', { fields: [{ field: 'file', message: 'Filen har inget blad.' }] });
  const grid: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      values[c - 1] = plain(cell.value);
    });
    grid[n - 1] = Array.from(values, (v) => v ?? null);
  });
  return Array.from(grid, (r) => r ?? []);
}

/** All the sheet's errors as one 400, each cell its own field; nothing has been stored. */
export function sheetErrors(errors: { cell: string; message: string }[]) {
  return fail('validation', `Filen har ${errors.length} fel och ingenting sparades. Rätta cellerna och ladda upp igen.`, {
    fields: errors.map((e) => ({ field: e.cell, message: e.message })),
  });
}
