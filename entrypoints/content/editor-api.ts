// The contract between the page reader (content.js) and the editing script (editor.js), which
// is injected only when the user applies a suggestion (see world-api.ts).
import { worldApi } from './world-api';

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

const slot = worldApi<EditorApi>('__peerlensEditor');
export const publishEditorApi = slot.publish;
export const editorApi = slot.get;
