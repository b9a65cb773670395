// .docx bytes -> text through mammoth (paragraphs separated by blank lines). A password-protected
// .docx is not a zip but an OLE container, like an old .doc: both are told apart from damage.
import { DocumentError } from './document-error.js';

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
    throw new DocumentError('encrypted', source, `${source}: is password-protected or an old Word .doc; save it as .docx without a password`);
  }
  if (!looksLikeZip(bytes)) {
    throw new DocumentError('corrupt', source, `${source}: is not a readable .docx, it may be damaged`);
  }
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return value;
  } catch (error) {
    throw new DocumentError('corrupt', source, `${source}: is not a readable .docx, it may be damaged (${(error as Error).message})`);
  }
}
