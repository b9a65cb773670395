// The contract between the page reader (content.js) and the keyboard list script
// (mark-list.js), injected once marks are drawn (see world-api.ts).
import { worldApi } from './world-api';
import type { MarkList, MarkSource } from './mark-list';

export interface MarkListApi {
  attach(source: MarkSource): MarkList;
}

const slot = worldApi<MarkListApi>('__peerlensMarkList');
export const publishMarkListApi = slot.publish;
export const markListApi = slot.get;
