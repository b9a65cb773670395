// The central directory of a zip (a .docx), read before anything is inflated: how many entries it
// has and how large they say they unpack to. mammoth's zip reader (JSZip) inflates whole entries
// into memory, so a 1 MB file that unpacks to 1 GB must be refused here, from its directory, and
// a directory that understates a size is caught by inflating that entry with a cap at the size it
// declared (zlib stops there instead of growing the output).
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: 'not-a-zip' | 'zip64' | 'truncated' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = bytes.length - EOCD_SIZE; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: 'not-a-zip' };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { ok: false, problem: 'zip64' };
  if (offset + size > eocd) return { ok: false, problem: 'truncated' };
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) return { ok: false, problem: 'truncated' };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return { ok: false, problem: 'zip64' };
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/**
 * Whether an entry unpacks to no more than the size the directory gives it. Stored entries are
 * their size; deflated ones are inflated with zlib's output capped at that size (an entry that
 * claims 1 KB and holds 1 GB fails after 1 KB). Other methods are left to the reader to refuse.
 */
export function checkEntrySize(bytes: Uint8Array, entry: ZipEntry): 'ok' | 'larger' | 'damaged' {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return 'damaged';
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length === entry.size ? 'ok' : 'damaged';
  if (entry.method !== 8) return 'ok';
  try {
    // One byte of room past the declared size: more than that is a lie.
    const out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    return out.length === entry.size ? 'ok' : out.length > entry.size ? 'larger' : 'damaged';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'larger' : 'damaged';
  }
}
