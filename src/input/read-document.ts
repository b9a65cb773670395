// One document (path or URL) -> what analyze() takes, for the CLI's commands and the audit. PDF
// and Word files are read here; everything else goes through readInput (text, Markdown, HTML,
// encodings). A URL is downloaded once, under the limit of the type it declares; a file that
// turns out to be a PDF or .docx under another name is read as what it is.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { AnalyzeInput } from '../core/types.js';
import { normalizeText } from './normalize-text.js';
import { InputError } from './input-error.js';
import { fetchUrl, megabytes, mimeOf } from './fetch-url.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, inputFromDownload, readInput } from './read-input.js';

export interface DocumentReading {
  source: string;
  input: AnalyzeInput;
  /** text, markdown, json-ld, readability, body, pdf or docx */
  via: string;
  notes: string[];
}

type Packed = 'pdf' | 'docx';

/** PDFs and Word files are bigger than the text they hold; the text itself is what costs. */
export const MAX_PACKED_BYTES = 50 * 1024 * 1024;

const isUrl = (spec: string): boolean => /^https?:\/\//i.test(spec);

function packedByName(spec: string): Packed | undefined {
  let path = spec;
  if (isUrl(spec)) {
    try {
      path = new URL(spec).pathname;
    } catch {
      return undefined;
    }
  }
  const ext = extname(path).toLowerCase();
  return ext === '.pdf' ? 'pdf' : ext === '.docx' ? 'docx' : undefined;
}

// The PDF and Word readers (and node:zlib under them) load only for those inputs.
const docxReader = () => import('./read-docx.js');

async function packedByBytes(bytes: Uint8Array): Promise<Packed | undefined> {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf'; // %PDF
  const { looksLikeOle, looksLikeZip } = await docxReader();
  if (looksLikeZip(bytes) || looksLikeOle(bytes)) return 'docx';
  return undefined;
}

async function fileBytes(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('unreadable', path, `${path}: is a directory`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(error, path);
  }
  if (size > MAX_PACKED_BYTES) {
    throw new InputError('too-large', path, `${path}: is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_PACKED_BYTES / 1048576} MB`);
  }
  try {
    return await readFile(path);
  } catch (error) {
    throw fileError(error, path);
  }
}

function fileError(error: unknown, path: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('not-found', path, `${path}: no such file`);
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
  return new InputError('unreadable', path, `${path}: cannot be read (${why})`);
}

const PACKED_TYPES: Record<string, Packed> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** Text and pages are held to the text limit; PDF, Word and undeclared types to the packed one. */
function limitForType(mime: string, url: URL): number {
  if (PACKED_TYPES[mime] || packedByName(url.href)) return MAX_PACKED_BYTES;
  if (mime === '' || mime === 'application/octet-stream' || mime === 'binary/octet-stream') return MAX_PACKED_BYTES;
  return DEFAULT_MAX_BYTES;
}

/** A URL, downloaded once: read as PDF or Word by its type, name or first bytes, else as text or HTML. */
async function readUrl(spec: string): Promise<DocumentReading> {
  const download = await fetchUrl(spec, { maxBytesFor: limitForType, timeoutMs: DEFAULT_TIMEOUT_MS });
  const kind = PACKED_TYPES[mimeOf(download.contentType)] ?? packedByName(download.url) ?? (await packedByBytes(download.bytes));
  if (kind) return readPacked(spec, download.bytes, kind);
  // Downloaded under the packed limit because its type was not declared: text is held to its own.
  if (download.bytes.length > DEFAULT_MAX_BYTES) {
    throw new InputError(
      'too-large',
      spec,
      `${spec}: is ${megabytes(download.bytes.length)}; the limit is ${megabytes(DEFAULT_MAX_BYTES)}`,
    );
  }
  const reading = await inputFromDownload(spec, download);
  return { source: reading.source, input: reading.input, via: reading.via, notes: reading.notes };
}

async function readPacked(spec: string, bytes: Uint8Array, kind: Packed): Promise<DocumentReading> {
  if (bytes.length === 0) throw new InputError('empty', spec, `${spec}: is empty`);
  const notes: string[] = [];
  let raw: string;
  if (kind === 'pdf') {
    const { pdfToText } = await import('./read-pdf.js');
    const pdf = await pdfToText(bytes, spec);
    raw = pdf.text;
    if (pdf.pagesRead) {
      notes.push(
        `only the first ${pdf.pagesRead.read.toLocaleString('en-US')} of ${pdf.pagesRead.of.toLocaleString('en-US')} pages were read: they already hold more text than PeerLens analyzes`,
      );
    }
  } else {
    const { docxToText } = await docxReader();
    raw = await docxToText(bytes, spec);
  }
  const text = normalizeText(raw.replace(/\r\n?/g, '\n'));
  if (text === '') {
    const why = kind === 'pdf' ? 'has no text layer (a scanned image?); PeerLens cannot read it without OCR' : 'has no text';
    throw new InputError('no-text', spec, `${spec}: ${why}`);
  }
  return { source: spec, input: text, via: kind, notes };
}

export async function readDocument(spec: string): Promise<DocumentReading> {
  if (isUrl(spec)) return readUrl(spec);
  const packed = packedByName(spec);
  if (packed) return readPacked(spec, await fileBytes(spec), packed);
  try {
    const reading = await readInput(spec);
    return { source: reading.source, input: reading.input, via: reading.via, notes: reading.notes };
  } catch (error) {
    // "looks like a PDF, not text" / "content type application/pdf is not supported": read it as one.
    if (!(error instanceof InputError) || (error.code !== 'binary' && error.code !== 'unsupported')) throw error;
    const bytes = await fileBytes(spec);
    const sniffed = await packedByBytes(bytes);
    if (!sniffed) throw error;
    return readPacked(spec, bytes, sniffed);
  }
}
