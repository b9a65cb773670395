// The phrase matcher's trie packed into the compiled lexicons (src/core/patterns/packed-trie.ts):
// unpacked, it gives the nodes building from the sequences gives, and a revived matcher's trie
// has the same arrays as a freshly compiled one's.
import { describe, expect, it } from 'vitest';
import { reviveSnapshot, type CompiledSnapshot } from '../../src/core/compiled-snapshot.js';
import { compileLexicons } from '../../src/core/compiled-lexicons.js';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import readyLexicons from '../../src/core/lexicon/ready-lexicons.generated.js';
import { nodesOf, packTrie, unpackTrie } from '../../src/core/patterns/packed-trie.js';
import type { CompactTrie } from '../../src/core/patterns/compact-trie.js';
import type { PhraseMatcher } from '../../src/core/patterns/phrase-matcher.js';
import { tokenize } from '../../src/core/text/tokenize.js';

describe('a packed trie', () => {
  it('unpacks to the nodes of its sequences: shared starts, repeats, a sequence inside another', () => {
    const sequences = [[1, 2, 3], [1, 2, 4], [1, 2], [5], [1, 2, 3], [0, 7, 7, 7], [5, 6], [2]];
    const nodes = nodesOf(sequences);
    expect(unpackTrie(packTrie(sequences))).toEqual(nodes);
    // "1 2" is made by the first sequence and ends the third; the fifth repeats the first.
    expect(nodes.endNode[2]).toBe(2);
    expect(nodes.endNode[4]).toBe(nodes.endNode[0]);
    expect(Array.from(nodes.parent.slice(1, 4))).toEqual([0, 1, 2]);
  });

  it('holds numbers of any size in few characters', () => {
    const sequences = [
      [31, 32, 1023, 1024, 40_000],
      [31, 32, 2 ** 30],
    ];
    const packed = packTrie(sequences);
    expect(unpackTrie(packed)).toEqual(nodesOf(sequences));
    expect(packed).toMatch(/^[0-9A-Za-z_-]+$/);
    expect(packTrie([[3, 4]])).toHaveLength(6);
  });

  it('refuses a damaged form, saying what is wrong', () => {
    const packed = packTrie([
      [1, 2],
      [1, 3],
    ]);
    expect(() => unpackTrie(packed.slice(0, -1))).toThrow(/packed trie: unexpected end/);
    expect(() => unpackTrie(`${packed}0`)).toThrow(/does not match its counts/);
    expect(() => unpackTrie(`${packed.slice(0, -1)}"`)).toThrow(/unexpected character 34/);
  });

  it('revived, makes the very arrays a fresh compile makes, matcher by matcher', () => {
    const revived = reviveSnapshot(readyLexicons() as CompiledSnapshot);
    const fresh = compileLexicons(loadLexicons(bundledLexicons));
    const tokens = tokenize('The mentally ill and addicts; collect urine samples; lived experience required; Peer Support Specialist.');
    const pairs: [PhraseMatcher<unknown>, PhraseMatcher<unknown>][] = [
      [revived.language.matcher, fresh.language.matcher],
      [revived.livedExperience.mention, fresh.livedExperience.mention],
    ];
    for (const [a, b] of pairs) {
      expect(a.matchAll(tokens)).toEqual(b.matchAll(tokens));
      const trieOf = (m: PhraseMatcher<unknown>) => {
        const t = (m as unknown as { trie: CompactTrie<unknown> }).trie;
        const slots = Array.from(t.edgeTo, (_, e) => t.edgeSlot(e));
        return {
          ...t,
          // A slot is a set: the snapshot keeps its words, not their order.
          edgeSlots: slots.map((s) => [[...s.words].sort(), [...s.plurals].sort()]),
          // Labels number the slots of the snapshot's table, or of the one trie.
          edgeLabel: undefined,
          slotOf: undefined,
          // The tables hold the word numbers met so far, which differ between the two runs.
          table: undefined,
          mask: undefined,
          filled: undefined,
          indexState: undefined,
        };
      };
      expect(trieOf(a)).toStrictEqual(trieOf(b));
    }
  });
});
