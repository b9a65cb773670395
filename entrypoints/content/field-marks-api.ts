// The contract between the page reader (content.js) and the overlay script (field-marks.js),
// which is injected only when a textarea or text input is read (see world-api.ts).
import { worldApi } from './world-api';
import type { FieldOverlay, TextField } from './field-overlay';

export interface FieldMarksApi {
  create(field: TextField): FieldOverlay;
}

const slot = worldApi<FieldMarksApi>('__peerlensFieldMarks');
export const publishFieldMarksApi = slot.publish;
export const fieldMarksApi = slot.get;
