// The one error type the input readers throw (text, Markdown, HTML, PDF and Word alike): the CLI
// turns it into a one-line message and exit 2, the audit into an error row named by its code.

export type InputErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unsupported'
  | 'fetch-failed'
  | 'corrupt'
  | 'encrypted'
  | 'no-text';

export class InputError extends Error {
  override readonly name = 'InputError';

  /** `message` is one line and names the input ("jobs/a.txt: no such file"). */
  constructor(
    readonly code: InputErrorCode,
    readonly source: string,
    message: string,
  ) {
    super(message);
  }
}

/** How an input is named in messages: stdin has no path. */
export function describeSource(source: string): string {
  return source === '-' ? 'stdin' : source;
}
