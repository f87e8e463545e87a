// CSV that Swedish Excel opens as it is: UTF-8 with a byte order mark (or å, ä, ö break),
// semicolons between fields (the comma is the decimal sign) and numbers with a decimal comma
// and no thousands separator (Excel reads "1 234,5" as text).

export type Cell = string | number | null | undefined;

const quote = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const cell = (c: Cell) => {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return Number.isFinite(c) ? String(c).replace('.', ',') : '';
  return quote(c);
};

export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** A file name from a title: letters, digits and dashes only, so every system keeps it. */
export const fileName = (title: string, ext = 'csv') =>
  `${
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'data'
  }.${ext}`;

/** Hands the text to the browser as a download; nothing leaves the machine. */
export function download(name: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
