// Pattern lists that are not entries (cues, proper names, signals) are validated at load like
// entries are: a bad pattern is a LexiconError naming the file and the list, not a crash later.
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { LexiconError } from '../../src/core/lexicon/lexicon-error.js';
import { miniLexicons } from './mini-lexicons.js';

describe('cue lists', () => {
  it('refuse a pattern that cannot compile, naming the file and the list', () => {
    const raw = miniLexicons();
    (raw.context as { metaCues: string[] }).metaCues.push('avoid (the word');
    expect(() => loadLexicons(raw)).toThrow(LexiconError);
    expect(() => loadLexicons(raw)).toThrow(/context\.json[\s\S]*field metaCues: unbalanced "\("/);
  });
  it('check lived-experience and role cue lists too', () => {
    const raw = miniLexicons();
    (raw.livedExperience as { shareCues: string[] }).shareCues.push('* #num');
    expect(() => loadLexicons(raw)).toThrow(/lived-experience\.json[\s\S]*field shareCues: .*needs at least one word/);
    const raw2 = miniLexicons();
    (raw2.roles as { peerSummaryCues: { patterns: string[] } }).peerSummaryCues.patterns.push('peer)');
    expect(() => loadLexicons(raw2)).toThrow(/roles\.json[\s\S]*field peerSummaryCues: unbalanced "\)"/);
  });
  it('refuse a list of role words without its sources, or citing a source sources.json does not hold', () => {
    const unsourced = miniLexicons();
    delete (unsourced.roles as { jobTitleHeads: { sources?: unknown } }).jobTitleHeads.sources;
    expect(() => loadLexicons(unsourced)).toThrow(/roles\.json[\s\S]*jobTitleHeads[\s\S]*sources/);
    const unknown = miniLexicons();
    (unknown.roles as { subjectLeads: { sources: { id: string; ref: string }[] } }).subjectLeads.sources = [
      { id: 'no-such-guide', ref: 'L1' },
    ];
    expect(() => loadLexicons(unknown)).toThrow(/roles\.json[\s\S]*field subjectLeads, sources: unknown source "no-such-guide"/);
  });
});
