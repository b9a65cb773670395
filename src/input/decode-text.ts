// Bytes -> text. UTF-8 (with or without BOM) and UTF-16 with a BOM; a charset named by the
// server is honoured; bytes that are not valid UTF-8 are read as Windows-1252, the usual
// encoding of older .txt files. Binary content is recognized rather than analyzed as gibberish.
// iconv-lite, not TextDecoder, for legacy charsets: Node's TextDecoder reads "windows-1252" as
// ISO-8859-1, losing curly quotes and dashes.
// Loaded on first use: UTF-8 and UTF-16 text, the usual case, never needs it.
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

let iconvModule: typeof Iconv | null = null;
function iconv(): typeof Iconv {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv;
  return iconvModule;
}

export type Decoded = { ok: true; text: string } | { ok: false; binaryKind: string };

const MAGIC: ReadonlyArray<[bytes: number[], kind: string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (a .docx?)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
];

/** Bytes looked at for NULs: text never has them, nearly every binary format does early on. */
const SNIFF_BYTES = 8192;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [prefix, kind] of MAGIC) if (startsWith(bytes, prefix)) return kind;
  const head = bytes.subarray(0, SNIFF_BYTES);
  return head.includes(0) ? 'a binary file' : undefined;
}

export function decodeText(bytes: Uint8Array, charset?: string): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, binaryKind: kind };
  const named = charset?.trim().toLowerCase();
  if (named && named !== 'utf-8' && named !== 'utf8') {
    // A label iconv-lite does not know falls through to detection.
    if (iconv().encodingExists(named)) return { ok: true, text: iconv().decode(Buffer.from(bytes), named) };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: iconv().decode(Buffer.from(bytes), 'windows-1252') };
  }
}
