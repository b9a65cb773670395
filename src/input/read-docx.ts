// .docx bytes -> text through mammoth (paragraphs separated by blank lines). A password-protected
// .docx is not a zip but an OLE container, like an old .doc: both are told apart from damage.
import { checkEntrySize, readZipDirectory } from './zip-directory.js';
import { InputError } from './input-error.js';

/**
 * Limits checked from the zip's directory before anything is inflated. A .docx holding 5 MB of
 * text (the most analyze() reads) is some tens of MB of XML; images are never read.
 */
export const MAX_DOCX_ENTRIES = 2000;
export const MAX_DOCX_XML_BYTES = 100 * 1024 * 1024;
const MB = 1024 * 1024;

/** The parts mammoth reads to get the text: XML and relationship files, not media. */
const isXmlPart = (name: string): boolean => /\.(?:xml|rels)$/i.test(name);

function checkDirectory(bytes: Uint8Array, source: string): void {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    const why =
      directory.problem === 'zip64'
        ? 'uses the large-archive (ZIP64) format, which PeerLens does not read in a .docx'
        : 'is not a readable .docx, its zip directory is missing or cut short (it may be damaged)';
    throw new InputError('corrupt', source, `${source}: ${why}`);
  }
  const { entries } = directory;
  if (entries.length > MAX_DOCX_ENTRIES) {
    throw new InputError(
      'too-large',
      source,
      `${source}: holds ${entries.length.toLocaleString('en-US')} files in its zip; the limit is ${MAX_DOCX_ENTRIES.toLocaleString('en-US')}`,
    );
  }
  const parts = entries.filter((e) => isXmlPart(e.name));
  const unpacked = parts.reduce((sum, e) => sum + e.size, 0);
  if (unpacked > MAX_DOCX_XML_BYTES) {
    throw new InputError(
      'too-large',
      source,
      `${source}: its text parts unpack to ${(unpacked / MB).toFixed(0)} MB; the limit is ${MAX_DOCX_XML_BYTES / MB} MB`,
    );
  }
  for (const part of parts) {
    const check = checkEntrySize(bytes, part);
    if (check === 'larger') {
      throw new InputError(
        'too-large',
        source,
        `${source}: its part ${part.name} unpacks to more than its zip directory says; not read, to stay within the ${MAX_DOCX_XML_BYTES / MB} MB unpacked limit`,
      );
    }
    if (check === 'damaged') {
      throw new InputError('corrupt', source, `${source}: is not a readable .docx, its part ${part.name} is damaged`);
    }
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP);
}

export function looksLikeOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE);
}

export async function docxToText(bytes: Uint8Array, source: string): Promise<string> {
  if (looksLikeOle(bytes)) {
    throw new InputError('encrypted', source, `${source}: is password-protected or an old Word .doc; save it as .docx without a password`);
  }
  if (!looksLikeZip(bytes)) {
    throw new InputError('corrupt', source, `${source}: is not a readable .docx, it may be damaged`);
  }
  checkDirectory(bytes, source);
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return value;
  } catch (error) {
    throw new InputError('corrupt', source, `${source}: is not a readable .docx, it may be damaged (${(error as Error).message})`);
  }
}
