// Job boards where the user may let PeerLens check postings automatically, one by one, as each
// board adapter declares them. Their addresses are the manifest's optional host permissions:
// nothing here is granted until the user asks for a board on the options page.
import { boardAdapters } from '../page-reading/board-adapters/index.js';

export interface Board {
  /** The adapter's id ("board:<id>" in a reading). */
  id: string;
  name: string;
  origins: readonly string[];
}

export const BOARDS: readonly Board[] = boardAdapters.map((a) => ({ id: a.name, name: a.label, origins: a.origins }));

export const BOARD_ORIGINS: readonly string[] = BOARDS.flatMap((b) => b.origins);
