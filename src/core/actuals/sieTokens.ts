// Splits one line of an SIE file into fields, as the standard writes them: separated by spaces
// or tabs, a field with spaces inside quotes ("Lön och pension", \" for a quote inside), and an
// object list in braces ({1 "100" 6 "P12"}) as one field holding its own fields.

export type SieField = { kind: 'text'; value: string } | { kind: 'list'; items: string[] };

export type TokenResult = { ok: true; fields: SieField[] } | { ok: false; message: string };

export function tokenizeSieLine(line: string): TokenResult {
  const fields: SieField[] = [];
  let list: string[] | null = null;
  let i = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '{' && list === null) {
      // A lone brace opens or closes a #VER block; the caller tells the two apart.
      list = [];
      i++;
      continue;
    }
    if (ch === '}' && list !== null) {
      fields.push({ kind: 'list', items: list });
      list = null;
      i++;
      continue;
    }
    let value = '';
    if (ch === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const c = line[i] as string;
        if (c === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) {
          value += line[i + 1];
          i += 2;
          continue;
        }
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        value += c;
        i++;
      }
      if (!closed) return { ok: false, message: 'citattecknet stängs inte' };
    } else {
      while (i < line.length && !' \t{}"'.includes(line[i] as string)) value += line[i++];
      if (!value) return { ok: false, message: `tecknet ${line[i]} står på fel plats` };
    }
    if (list) list.push(value);
    else fields.push({ kind: 'text', value });
  }
  if (list) return { ok: false, message: 'objektlistan stängs inte med }' };
  return { ok: true, fields };
}
