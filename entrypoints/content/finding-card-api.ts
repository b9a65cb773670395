// The contract between the page reader (content.js) and the card script (finding-card.js), which
// is injected when the user first opens a mark's card: both run in the extension's isolated
// world, so finding-card.js leaves its API on that world's global object.
import type { FindingCard } from './finding-card';

export interface FindingCardApi {
  create(): FindingCard;
}

const KEY = '__peerlensFindingCard';

export function publishFindingCardApi(api: FindingCardApi): void {
  (globalThis as Record<string, unknown>)[KEY] = api;
}

export function findingCardApi(): FindingCardApi | null {
  return ((globalThis as Record<string, unknown>)[KEY] as FindingCardApi | undefined) ?? null;
}
