// How much a PDF's compressed streams unpack to, found before PDF.js opens it: PDF.js inflates a
// stream whole into memory, so a 1 MB file whose one stream unpacks to 1 GB must be refused
// first. Each `stream … endstream` body is inflated with zlib's output capped at what is left of
// the budget, so the check itself never holds more than the budget. Bodies that are not zlib
// data (images in other encodings, damage) are left to PDF.js.
import { inflateSync, constants } from 'node:zlib';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** Bytes the streams unpack to, or `undefined` as soon as that passes `budget`. */
export function pdfUnpackedSize(bytes: Uint8Array, budget: number): number | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let at = 0;
  for (;;) {
    const keyword = buf.indexOf(STREAM, at);
    if (keyword < 0) return total;
    at = keyword + STREAM.length;
    // "endstream" is not the start of a body.
    if (keyword >= 3 && buf.toString('latin1', keyword - 3, keyword) === 'end') continue;
    let start = at;
    if (buf[start] === 0x0d) start += 1;
    if (buf[start] === 0x0a) start += 1;
    const end = buf.indexOf(END_STREAM, start);
    if (end < 0) return total;
    at = end + END_STREAM.length;
    try {
      const out = inflateSync(buf.subarray(start, end), {
        maxOutputLength: budget - total + 1,
        finishFlush: constants.Z_SYNC_FLUSH,
      });
      total += out.length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
      // Not zlib data: not ours to measure.
    }
    if (total > budget) return undefined;
  }
}
