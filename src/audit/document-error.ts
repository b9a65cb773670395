// Why a PDF or Word file could not be read. Like the CLI's InputError, the message is one line
// that names the document; the code says which kind of failure it was, for the report's rows.

export type DocumentErrorCode = 'empty' | 'too-large' | 'corrupt' | 'encrypted' | 'no-text' | 'unreadable' | 'fetch-failed';

export class DocumentError extends Error {
  override readonly name = 'DocumentError';

  constructor(
    readonly code: DocumentErrorCode,
    readonly source: string,
    message: string,
  ) {
    super(message);
  }
}
