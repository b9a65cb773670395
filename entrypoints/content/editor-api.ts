// The contract between the page reader (content.js) and the editing script (editor.js), which
// is injected only when the user applies a suggestion: both run in the extension's isolated
// world, so editor.js leaves its API on that world's global object.
export interface ApplyRequest {
  /** The finding's offsets in the text that was analyzed. */
  start: number;
  end: number;
  /** The finding's text, as the analyzer saw it. */
  text: string;
  /** Where the finding stands on the page, as drawn (null in a textarea or text input, whose
   *  value was analyzed as it is). */
  onPage: Range | null;
  replacement: string;
}

export interface ApplyOutcome {
  outcome: 'applied' | 'copied' | 'failed';
  message: string;
}

export interface EditorApi {
  apply(element: HTMLElement, request: ApplyRequest): Promise<ApplyOutcome>;
  /** Inserts a whole text at the caret of the field that has the focus (the builder page's "insert"). */
  insert(element: Element | null, text: string): Promise<ApplyOutcome>;
}

const KEY = '__peerlensEditor';

export function publishEditorApi(api: EditorApi): void {
  (globalThis as Record<string, unknown>)[KEY] = api;
}

export function editorApi(): EditorApi | null {
  return ((globalThis as Record<string, unknown>)[KEY] as EditorApi | undefined) ?? null;
}
