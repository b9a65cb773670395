// The contract between the page reader (content.js) and the overlay script (field-marks.js),
// which is injected only when a textarea or text input is read: both run in the extension's
// isolated world, so field-marks.js leaves its API on that world's global object.
import type { FieldOverlay, TextField } from './field-overlay';

export interface FieldMarksApi {
  create(field: TextField): FieldOverlay;
}

const KEY = '__peerlensFieldMarks';

export function publishFieldMarksApi(api: FieldMarksApi): void {
  (globalThis as Record<string, unknown>)[KEY] = api;
}

export function fieldMarksApi(): FieldMarksApi | null {
  return ((globalThis as Record<string, unknown>)[KEY] as FieldMarksApi | undefined) ?? null;
}
