// The contract between the page reader (content.js) and the keyboard list script
// (mark-list.js), injected once marks are drawn: both run in the extension's isolated world, so
// mark-list.js leaves its API on that world's global object.
import type { MarkList, MarkSource } from './mark-list';

export interface MarkListApi {
  attach(source: MarkSource): MarkList;
}

const KEY = '__peerlensMarkList';

export function publishMarkListApi(api: MarkListApi): void {
  (globalThis as Record<string, unknown>)[KEY] = api;
}

export function markListApi(): MarkListApi | null {
  return ((globalThis as Record<string, unknown>)[KEY] as MarkListApi | undefined) ?? null;
}
