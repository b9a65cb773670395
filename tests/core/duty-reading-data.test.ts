// The duty reading names duties by id in three places (a pair's duty, an object class's `alone` and
// `governs`): each must be an entry of the duty list, or the reading would report nothing for it.
import { describe, expect, it } from 'vitest';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';

const { duties } = loadLexicons(bundledLexicons);
const ids = new Set(duties.duties.map((d) => d.id));

describe('duty ids named by the duty reading', () => {
  it.each(duties.reading.pairs.map((p) => [p.id, p.duty]))('pair %s names %s', (_pair, duty) => expect(ids).toContain(duty));
  const named = duties.reading.objects.flatMap((o) => [o.alone, o.governs].filter((d): d is string => !!d).map((d) => [o.id, d]));
  it('some object classes name a duty alone or whatever verb acts on them', () => expect(named.length).toBeGreaterThan(5));
  it.each(named)('object class %s names %s', (_object, duty) => expect(ids).toContain(duty));
});
