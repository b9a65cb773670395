// A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes.
// Throws on anything the RFC does not allow (a bare quote, a lone LF outside quotes).
export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
        i += 1;
      }
      continue;
    }
    if (c === '"') {
      if (!atFieldStart) throw new Error(`bare quote at ${i}`);
      quoted = true;
      atFieldStart = false;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      atFieldStart = true;
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`line break outside quotes without CRLF at ${i}`);
    } else {
      field += c;
      atFieldStart = false;
      i += 1;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}
