// Rounds of documents written fresh for the document kind, peer detection and category: each
// with what it is and, for a peer posting, its category, decided before the first run.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import type { RoleCategory } from '../../src/core/types.js';

/** A document, what it is ('document': about peer work or another page), and its category when it is a peer posting. */
export type KindCase = readonly [
  name: string,
  text: string,
  kind: 'peer-posting' | 'non-peer-posting' | 'document',
  category: RoleCategory | null,
];

export function describeKindRound(round: string, cases: readonly KindCase[]): void {
  beforeAll(loadPartsOfSpeech);
  describe(`document kind, ${round}: what the text is, and the peer category`, () => {
    it.each(cases)('%s', (_name, text, kind, category) => {
      const r = analyze(text);
      const read = r.document.kind === 'about-peer-work' || r.document.kind === 'other' ? 'document' : r.document.kind;
      expect(read).toBe(kind);
      expect(r.role.isPeerRole).toBe(kind === 'peer-posting');
      expect(r.role.category).toBe(category);
    });
  });
}
