// Hostile inputs, generated when a test or the bench runs (nothing large is committed): deep
// HTML, a JSON-LD description of nested tags, PDFs with too many pages or a stream that unpacks
// to far more than the file, .docx zip bombs (honest and lying directories), organization terms
// sharing a long prefix, and dense flagged text. Written for PeerLens; sentences are our own.
import { createDeflate, createDeflateRaw, crc32 } from 'node:zlib';
import { stigmatizingSentences } from '../../bench/sentence-banks.js';
import type { CustomTerm } from '../../src/core/lexicon/schema.js';

const POSTING = 'Peer Support Specialist. The program serves addicts and people who suffer from depression.';

/** An HTML page whose posting sits inside `depth` nested <div>s. */
export function deepHtml(depth: number): string {
  return `<!DOCTYPE html><html><head><title>Peer job</title></head><body>${'<div>'.repeat(depth)}${POSTING}${'</div>'.repeat(depth)}</body></html>`;
}

/** A page whose JSON-LD JobPosting description is `depth` nested <b> tags. */
export function nestedJsonLdHtml(depth: number): string {
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Peer Support Specialist',
    description: `${'<b>'.repeat(depth)}${POSTING}${'</b>'.repeat(depth)}`,
  };
  return `<!DOCTYPE html><html><head><script type="application/ld+json">${JSON.stringify(posting)}</script></head><body><p>Jobs</p></body></html>`;
}

/** zlib (or raw deflate) of `size` spaces, streamed: never holds the unpacked bytes. */
async function deflateSpaces(size: number, raw: boolean): Promise<Buffer> {
  const stream = raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  for (let left = size; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    if (!stream.write(piece)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await done;
  return Buffer.concat(parts);
}

/** A minimal PDF from objects (index + 1 is the object number), with a correct xref table. */
function pdfOf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const bytes = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(bytes);
    length += bytes.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const TEXT_STREAM = (text: string): string => {
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  return `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
};

/** A PDF whose page tree says it has `pages` pages (all the same small page). */
export function manyPagesPdf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, () => '3 0 R').join(' ');
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    TEXT_STREAM(POSTING),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** A one-page PDF with an extra stream that unpacks to `unpacked` bytes. */
export async function streamBombPdf(unpacked: number): Promise<Buffer> {
  const bomb = await deflateSpaces(unpacked, false);
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 6 0 R] /Resources << /Font << /F1 5 0 R >> >> >>',
    TEXT_STREAM(POSTING),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    Buffer.concat([Buffer.from(`<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`), bomb, Buffer.from('\nendstream')]),
  ]);
}

interface ZipPart {
  name: string;
  data: Buffer;
  /** Deflated bytes stored instead of `data` (with `size` as the declared unpacked size). */
  deflated?: { bytes: Buffer; size: number; crc: number };
}

/** A little-endian record of `size` bytes: [offset, width in bytes, value] fields, the rest zero. */
function record(size: number, fields: Array<[at: number, width: 2 | 4, value: number]>): Buffer {
  const bytes = Buffer.alloc(size);
  for (const [at, width, value] of fields) {
    if (width === 4) bytes.writeUInt32LE(value >>> 0, at);
    else bytes.writeUInt16LE(value, at);
  }
  return bytes;
}

/** A zip archive from parts, with a central directory. */
function zipOf(parts: ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const stored = part.deflated?.bytes ?? part.data;
    const size = part.deflated?.size ?? part.data.length;
    const crc = part.deflated?.crc ?? crc32(part.data);
    const method = part.deflated ? 8 : 0;
    // Local header, then the central directory's entry: the same fields at other offsets.
    const local = record(30, [
      [0, 4, 0x04034b50],
      [4, 2, 20],
      [8, 2, method],
      [14, 4, crc],
      [18, 4, stored.length],
      [22, 4, size],
      [26, 2, name.length],
    ]);
    const entry = record(46, [
      [0, 4, 0x02014b50],
      [4, 2, 20],
      [6, 2, 20],
      [10, 2, method],
      [16, 4, crc],
      [20, 4, stored.length],
      [24, 4, size],
      [28, 2, name.length],
      [42, 4, offset],
    ]);
    chunks.push(local, name, stored);
    central.push(entry, name);
    offset += 30 + name.length + stored.length;
  }
  const directory = Buffer.concat(central);
  const end = record(22, [
    [0, 4, 0x06054b50],
    [8, 2, parts.length],
    [10, 2, parts.length],
    [12, 4, directory.length],
    [16, 4, offset],
  ]);
  return Buffer.concat([...chunks, directory, end]);
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
);

/**
 * A .docx whose word/document.xml unpacks to `unpacked` bytes of spaces. `declared`: the size
 * its directory gives (the truth by default; smaller for a directory that lies).
 */
export async function docxBomb(unpacked: number, declared = unpacked): Promise<Buffer> {
  const bytes = await deflateSpaces(unpacked, true);
  return zipOf([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'word/document.xml', data: Buffer.alloc(0), deflated: { bytes, size: declared, crc: 0 } },
  ]);
}

/** A .docx-shaped zip with `entries` tiny files. */
export function manyEntriesZip(entries: number): Buffer {
  return zipOf(Array.from({ length: entries }, (_, i) => ({ name: `word/part${i}.xml`, data: Buffer.from('<a/>') })));
}

/** `count` organization terms that share the same `prefixWords` leading words. */
export function sharedPrefixTerms(count: number, word = 'peer', prefixWords = 14): CustomTerm[] {
  const prefix = Array(prefixWords).fill(word).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    term: `${prefix} x${i}`,
    suggestion: 'peer worker',
    note: '',
    severity: 'warning' as const,
  }));
}

/** Text of about `bytes` characters that is the shared prefix's word, over and over. */
export function prefixWordText(bytes: number, word = 'peer'): string {
  return `${word} `.repeat(Math.ceil(bytes / (word.length + 1))).slice(0, bytes);
}

/** About `bytes` characters of made-up text where every sentence holds flagged wording. */
export function denseFlaggedText(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const sentence = stigmatizingSentences[i % stigmatizingSentences.length]!;
    const piece = i % 5 === 4 ? `${sentence}\n\n` : `${sentence} `;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, bytes);
}
