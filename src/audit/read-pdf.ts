// PDF bytes -> text, page by page, through unpdf (PDF.js). Loaded on first use: most audits
// have few PDFs, and PDF.js is large. PDF.js's console warnings are off (verbosity 0): they
// would land in the report on stdout or break the progress bar.
import { DocumentError } from './document-error.js';

async function openPdf(bytes: Uint8Array, source: string) {
  const { getDocumentProxy } = await import('unpdf');
  try {
    // PDF.js refuses a Node Buffer (a Uint8Array subclass) and may detach what it is given.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new DocumentError('encrypted', source, `${source}: is password-protected; PeerLens cannot open it`);
    }
    const detail = (error as Error).message || name;
    throw new DocumentError('corrupt', source, `${source}: is not a readable PDF, it may be damaged (${detail})`);
  }
}

/** The text of every page, pages separated by a blank line. */
export async function pdfToText(bytes: Uint8Array, source: string): Promise<string> {
  const { extractText } = await import('unpdf');
  const pdf = await openPdf(bytes, source);
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.map((page) => page.trim()).filter(Boolean).join('\n\n');
  } catch (error) {
    throw new DocumentError('corrupt', source, `${source}: the PDF's text could not be read (${(error as Error).message})`);
  } finally {
    await pdf.destroy();
  }
}
