// Hostile .xlsx files for the upload limits' tests and measurements (issue 10, finding 4), written
// streaming so that generating hundreds of megabytes of sheet costs no memory.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbookXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const sheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const sheetTail = '</sheetData></worksheet>';

/** A sheet's XML produced piece by piece: head and `open`, `count` pieces from `piece(i)`, `close` and tail. */
function sheetStream(count: number, piece: (i: number) => string, open = '', close = ''): Readable {
  return Readable.from(
    (function* () {
      let batch = sheetHead + open;
      for (let i = 1; i <= count; i++) {
        batch += piece(i);
        if (batch.length >= 1 << 16) {
          yield batch;
          batch = '';
        }
      }
      yield batch + close + sheetTail;
    })(),
  );
}

async function writeXlsx(file: string, sheet: Readable) {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(contentTypes), '[Content_Types].xml');
  zip.addBuffer(Buffer.from(rootRels), '_rels/.rels');
  zip.addBuffer(Buffer.from(workbookXml), 'xl/workbook.xml');
  zip.addBuffer(Buffer.from(workbookRels), 'xl/_rels/workbook.xml.rels');
  zip.addReadStream(sheet, 'xl/worksheets/sheet1.xml', { compressionLevel: 9 });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
}

const letters = 'A'.repeat(1 << 20);

/** One cell holding `megabytes` MB of the same letter: about 1 kB compressed per MB. */
export const writeZipBomb = (file: string, megabytes: number) =>
  writeXlsx(
    file,
    sheetStream(megabytes, () => letters, '<row r="1"><c r="A1" t="inlineStr"><is><t>', '</t></is></c></row>'),
  );

/** `rows` numbered rows of one number each, like the 2-million-row sheet of finding 4. */
export const writeManyRows = (file: string, rows: number) =>
  writeXlsx(
    file,
    sheetStream(rows, (i) => `<row r="${i}"><c r="A1"><v>1</v></c></row>`),
  );

/**
 * The same file with the sheet's uncompressed size in the central directory rewritten to
 * `declared` bytes: a zip that lies about its size, so only counting what inflates catches it.
 */
export function lieAboutSheetSize(zip: Buffer, declared: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  for (let at = out.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = out.indexOf('PK\x01\x02', at + 4, 'latin1')) {
    const nameLength = out.readUInt16LE(at + 28);
    if (out.subarray(at + 46, at + 46 + nameLength).equals(name)) {
      out.writeUInt32LE(declared, at + 24);
      return out;
    }
  }
  throw new Error('no central directory entry for the sheet');
}
