// CSV as spreadsheets read it (RFC 4180: CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled), with a UTF-8 BOM so the encoding is picked up. Text cells starting
// with = + - @ (or a tab or carriage return) get a leading apostrophe: the text comes from web
// pages and documents, and a spreadsheet would otherwise run such a cell as a formula.
export type CsvCell = string | number;

function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(cell: CsvCell): string {
  const value = typeof cell === 'number' ? String(cell) : textCell(cell);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A whole file: the header row first. */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
