// The contract between the page reader (content.js) and the card script (finding-card.js), which
// is injected when the user first opens a mark's card (see world-api.ts).
import { worldApi } from './world-api';
import type { FindingCard } from './finding-card';

export interface FindingCardApi {
  create(): FindingCard;
}

const slot = worldApi<FindingCardApi>('__peerlensFindingCard');
export const publishFindingCardApi = slot.publish;
export const findingCardApi = slot.get;
