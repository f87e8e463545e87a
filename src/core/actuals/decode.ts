// The bytes of an SIE file as text. The standard's character set is IBM PC8 (code page 437,
// "#FORMAT PC8"), in which å is byte 0x86; newer programs sometimes write UTF-8 instead. A PC8
// file with Swedish letters is never valid UTF-8 (0x86 alone is a continuation byte), so a file
// that is valid UTF-8 and has letters beyond ASCII is read as UTF-8, and every other as PC8.
import iconv from 'iconv-lite';

export type SieEncoding = 'utf8' | 'cp437';

export function detectSieEncoding(bytes: Uint8Array): SieEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8';
  if (!bytes.some((b) => b > 0x7f)) return 'cp437';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf8';
  } catch {
    return 'cp437';
  }
}

export function decodeSie(bytes: Uint8Array): { text: string; encoding: SieEncoding } {
  const encoding = detectSieEncoding(bytes);
  const text = encoding === 'utf8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(Buffer.from(bytes), 'cp437');
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}

/** Text as PC8 bytes, for writing fixtures and exports the way the standard says. */
export const encodePc8 = (text: string): Uint8Array => iconv.encode(text, 'cp437');
