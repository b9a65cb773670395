// Real PDF and Word files made from plain text, for the audit's tests and its benchmark
// (pdf-lib and docx are development dependencies: nothing in the CLI imports this file).
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const PAGE = { width: 612, height: 792, margin: 56 };
const SIZE = 11;
const LEADING = 15;

/** Helvetica's WinAnsi encoding has Latin-1 and typographic punctuation; anything else is "?". */
function winAnsi(text: string): string {
  return text.replace(/[^\x20-\x7e\xa0-\xff“”‘’–—•…]/g, (c) => (c === '\t' ? ' ' : '?'));
}

/** A text PDF: paragraphs (split at blank lines) wrapped to the page, as many pages as needed. */
export async function pdfFromText(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const maxWidth = PAGE.width - 2 * PAGE.margin;
  const lines: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const sourceLine of paragraph.split('\n')) {
      let line = '';
      for (const word of winAnsi(sourceLine).split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (line && font.widthOfTextAtSize(candidate, SIZE) > maxWidth) {
          lines.push(line);
          line = word;
        } else {
          line = candidate;
        }
      }
      lines.push(line);
    }
    lines.push('');
  }
  const perPage = Math.floor((PAGE.height - 2 * PAGE.margin) / LEADING);
  for (let i = 0; i < lines.length; i += perPage) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    lines.slice(i, i + perPage).forEach((line, n) => {
      if (line) page.drawText(line, { x: PAGE.margin, y: PAGE.height - PAGE.margin - n * LEADING, size: SIZE, font });
    });
  }
  // Classic cross-reference table, so tests can edit the trailer (e.g. to mark it encrypted).
  return pdf.save({ useObjectStreams: false });
}

/** A .docx: the first line as a heading, then one paragraph per line. */
export async function docxFromText(text: string): Promise<Uint8Array> {
  const [title = '', ...rest] = text.split('\n');
  const children = [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
    ...rest.filter((line) => line.trim() !== '').map((line) => new Paragraph(line)),
  ];
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
