// A command's input -> what analyze() takes. `analyze` and `rewrite` read files and URLs through
// the audit's reader, so a PDF or .docx reads the same in every command; "-" is standard input.
import { readDocument, type DocumentReading } from '../input/read-document.js';
import { InputError } from '../input/input-error.js';
import { readInput } from '../input/read-input.js';

export async function readCliInput(spec: string, stdin: AsyncIterable<Uint8Array | string> | undefined): Promise<DocumentReading> {
  if (spec !== '-') return readDocument(spec);
  const reading = await readInput(spec, stdin ? { stdin } : {});
  return { source: reading.source, input: reading.input, via: reading.via, notes: reading.notes };
}

/** An input PeerLens could not read (as opposed to a bug): its message names the input and says why. */
export function isUnreadable(error: unknown): error is InputError {
  return error instanceof InputError;
}

/** Read (`via`) from a PDF or Word file: what comes out is its text, not the file's layout. */
export function isPackedDocument(via: string): boolean {
  return via === 'pdf' || via === 'docx';
}
