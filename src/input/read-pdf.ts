// PDF bytes -> text, page by page, through unpdf (PDF.js). Loaded on first use: most audits
// have few PDFs, and PDF.js is large. PDF.js's console warnings are off (verbosity 0): they
// would land in the report on stdout or break the progress bar.
// Bounds, checked before the work they bound: the unpacked size of the streams (before PDF.js
// opens the file), the page count (before any page is read), and the text kept (pages read one
// at a time, stopping once there is more than analyze() reads).
import { MAX_ANALYZE_CHARS } from '../core/text/input-limit.js';
import { pdfUnpackedSize } from './pdf-unpacked-size.js';
import { InputError } from './input-error.js';

export const MAX_PDF_PAGES = 2000;
export const MAX_PDF_UNPACKED_BYTES = 256 * 1024 * 1024;
const MB = 1024 * 1024;

export interface PdfText {
  text: string;
  /** Set when the text passed the analyzer's limit and the later pages were not read. */
  pagesRead?: { read: number; of: number };
}

async function openPdf(bytes: Uint8Array, source: string) {
  const { getDocumentProxy } = await import('unpdf');
  try {
    // PDF.js refuses a Node Buffer (a Uint8Array subclass) and may detach what it is given.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new InputError('encrypted', source, `${source}: is password-protected; PeerLens cannot open it`);
    }
    const detail = (error as Error).message || name;
    throw new InputError('corrupt', source, `${source}: is not a readable PDF, it may be damaged (${detail})`);
  }
}

/** The text of every page, pages separated by a blank line. */
export async function pdfToText(bytes: Uint8Array, source: string): Promise<PdfText> {
  if ((await pdfUnpackedSize(bytes, MAX_PDF_UNPACKED_BYTES)) === undefined) {
    throw new InputError(
      'too-large',
      source,
      `${source}: its contents unpack to more than ${MAX_PDF_UNPACKED_BYTES / MB} MB, the limit for a PDF`,
    );
  }
  const pdf = await openPdf(bytes, source);
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new InputError(
        'too-large',
        source,
        `${source}: has ${pdf.numPages.toLocaleString('en-US')} pages; the limit is ${MAX_PDF_PAGES.toLocaleString('en-US')} pages`,
      );
    }
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .trim();
      page.cleanup();
      if (text) {
        pages.push(text);
        length += text.length + 2;
      }
      if (length > MAX_ANALYZE_CHARS && n < pdf.numPages) {
        return { text: pages.join('\n\n'), pagesRead: { read: n, of: pdf.numPages } };
      }
    }
    return { text: pages.join('\n\n') };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('corrupt', source, `${source}: the PDF's text could not be read (${(error as Error).message})`);
  } finally {
    await pdf.destroy();
  }
}
