// A CLI argument (file path, http(s) URL, or "-" for stdin) -> the input analyze() takes.
// Every failure is an InputError with a one-line message naming the input.
import { readFile, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StructuredPosting } from '../core/types.js';
import { decodeText } from './decode-text.js';
import { fetchUrl, megabytes, mimeOf, type FetchedUrl } from './fetch-url.js';
import { InputError, describeSource } from './input-error.js';
import { markdownToText } from './markdown-to-text.js';
import type { HtmlVia } from './read-html.js';

export type InputVia = 'text' | 'markdown' | HtmlVia;
type Format = 'text' | 'markdown' | 'html';

export interface InputReading {
  source: string;
  input: string | StructuredPosting;
  via: InputVia;
  /** Things worth telling the user about how the input was read. */
  notes: string[];
}

export interface ReadInputOptions {
  /** Where "-" reads from; defaults to process.stdin. */
  stdin?: AsyncIterable<Uint8Array | string>;
  maxBytes?: number;
  timeoutMs?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;

const EXTENSION_FORMATS: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

function tooLarge(source: string, size: number | undefined, max: number): InputError {
  const what = size === undefined ? 'is larger than' : `is ${megabytes(size)};`;
  const limit = size === undefined ? megabytes(max) : `the limit is ${megabytes(max)}`;
  return new InputError('too-large', source, `${describeSource(source)}: ${what} ${limit}`);
}

/** Collects a byte stream, stopping as soon as it passes the limit. */
export async function collect(chunks: AsyncIterable<Uint8Array | string>, source: string, max: number): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += part.length;
    if (total > max) throw tooLarge(source, undefined, max);
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/** Without an extension or content type to go by: does it look like an HTML page? */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/.test(head) || head.includes('application/ld+json');
}

async function toInput(source: string, text: string, format: Format | undefined): Promise<InputReading> {
  const label = describeSource(source);
  if (text.trim() === '') {
    throw new InputError('empty', source, `${label}: ${text === '' ? 'is empty' : 'contains only whitespace'}`);
  }
  const kind = format ?? (looksLikeHtml(text) ? 'html' : 'text');
  if (kind === 'html') {
    // The HTML readers (linkedom, Readability) load only for HTML: a plain text never pays for them.
    const { readHtml } = await import('./read-html.js');
    const reading = readHtml(text);
    const posting = reading.posting;
    const hasText = typeof posting === 'string' ? posting.trim() !== '' : posting.sections.some((s) => s.text.trim() !== '');
    if (!hasText) throw new InputError('empty', source, `${label}: the page has no readable text`);
    const notes =
      reading.postingsFound > 1
        ? [`the page holds ${reading.postingsFound} job postings; the first one was analyzed`, ...reading.notes]
        : reading.notes;
    return { source, input: posting, via: reading.via, notes };
  }
  if (kind === 'markdown') return { source, input: markdownToText(text), via: 'markdown', notes: [] };
  return { source, input: text.replace(/\r\n?/g, '\n'), via: 'text', notes: [] };
}

function decodeOrThrow(source: string, bytes: Uint8Array, charset?: string): string {
  const decoded = decodeText(bytes, charset);
  if (!decoded.ok) {
    throw new InputError(
      'binary',
      source,
      `${describeSource(source)}: looks like ${decoded.binaryKind}, not text; PeerLens reads .txt, .md and .html`,
    );
  }
  return decoded.text;
}

async function readFileInput(path: string, source: string, max: number): Promise<InputReading> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw fileError(error, source);
  }
  if (info.isDirectory()) {
    const glob = `${source.replace(/[\\/]+$/, '')}/*.txt`;
    throw new InputError('is-directory', source, `${source}: is a directory; give the files in it (${glob})`);
  }
  if (info.isFile() && info.size > max) throw tooLarge(source, info.size, max);
  let bytes: Uint8Array;
  try {
    // Pipes and process substitutions (<(cmd)) have no size up front: stream them.
    bytes = info.isFile() ? await readFile(path) : await collect(createReadStream(path), source, max);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(error, source);
  }
  const format = EXTENSION_FORMATS[extname(path).toLowerCase()];
  return toInput(source, decodeOrThrow(source, bytes), format);
}

function fileError(error: unknown, source: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('not-found', source, `${source}: no such file`);
  if (code === 'EISDIR') return new InputError('is-directory', source, `${source}: is a directory`);
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
  return new InputError('unreadable', source, `${source}: cannot be read (${why})`);
}

function formatOfContentType(mime: string): Format | undefined | 'unsupported' {
  if (mime === '' || mime === 'application/octet-stream') return undefined;
  if (mime.includes('html')) return 'html';
  if (mime === 'text/markdown' || mime === 'text/x-markdown') return 'markdown';
  if (mime.startsWith('text/')) return 'text';
  return 'unsupported';
}

/** A downloaded page or text file -> what to analyze, by its content type, else its name. */
export function inputFromDownload(source: string, download: FetchedUrl): Promise<InputReading> {
  const mime = mimeOf(download.contentType);
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(download.contentType)?.[1];
  let format = formatOfContentType(mime);
  if (format === 'unsupported') {
    throw new InputError('unsupported', source, `${source}: content type ${mime} is not supported; PeerLens reads HTML and plain text`);
  }
  format ??= EXTENSION_FORMATS[extname(new URL(download.url).pathname).toLowerCase()];
  return toInput(source, decodeOrThrow(source, download.bytes, charset), format);
}

async function readUrlInput(url: string, max: number, timeoutMs: number): Promise<InputReading> {
  const download = await fetchUrl(url, { maxBytesFor: () => max, timeoutMs, accept: 'text/html, text/plain;q=0.9, */*;q=0.1' });
  return inputFromDownload(url, download);
}

/** Reads one input. `spec` is a path, an http(s) or file URL, or "-" for stdin. */
export async function readInput(spec: string, options: ReadInputOptions = {}): Promise<InputReading> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (spec === '-') {
    const bytes = await collect(options.stdin ?? process.stdin, '-', max);
    return toInput('-', decodeOrThrow('-', bytes), undefined);
  }
  if (/^https?:\/\//i.test(spec)) return readUrlInput(spec, max, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const path = /^file:\/\//i.test(spec) ? fileURLToPath(spec) : spec;
  return readFileInput(path, spec, max);
}
