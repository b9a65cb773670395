// How much a PDF's compressed streams unpack to, found before PDF.js opens it: PDF.js inflates a
// stream whole into memory, so a 1 MB file whose one stream unpacks to 1 GB must be refused
// first. Each `stream … endstream` body is inflated as a stream whose output is counted and
// dropped, stopping once the total passes the budget, so the check itself holds one chunk at a
// time. Bodies that are not zlib data (images in other encodings, damage) are left to PDF.js.
import { constants, createInflate } from 'node:zlib';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** How many bytes `body` inflates to, counting no further than `limit` (+1); 0 if it is not zlib data. */
function inflatedLength(body: Buffer, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    let length = 0;
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        inflate.destroy();
        resolve(length);
      }
    });
    inflate.on('end', () => resolve(length));
    inflate.on('error', () => resolve(length));
    inflate.on('close', () => resolve(length));
    inflate.end(body);
  });
}

/** Bytes the streams unpack to, or `undefined` as soon as that passes `budget`. */
export async function pdfUnpackedSize(bytes: Uint8Array, budget: number): Promise<number | undefined> {
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
    total += await inflatedLength(buf.subarray(start, end), budget - total);
    if (total > budget) return undefined;
  }
}
