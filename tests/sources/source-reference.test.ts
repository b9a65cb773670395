import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sourcesFile from '../../lexicons/sources.json';
import { SOURCE_SECTIONS_FILE, sourceSectionsJson } from '../../scripts/build-source-sections.js';
import { referenceText, sectionOfLines, sourceReference } from '../../src/core/sources/source-reference.js';
import { SHARED_DIR, skipWithoutShared } from '../setup/shared-folder.js';
import { allCitations } from './citations.js';

const citations = allCitations();

describe('every citation in the lexicons reads as a full reference', () => {
  it('finds the citations (the scan is not empty)', () => {
    expect(citations.length).toBeGreaterThan(100);
    expect(citations.some((c) => /^L\d/.test(c.ref))).toBe(true);
  });

  it('cites only sources with a title and an author or publisher', () => {
    const known = new Map(sourcesFile.sources.map((s) => [s.id, s]));
    const lacking = citations.filter((c) => {
      const s = known.get(c.id);
      return !s || s.title.length < 3 || !('author' in s || 'publisher' in s);
    });
    expect(lacking).toEqual([]);
  });

  it('maps every cited line range to a section heading', () => {
    const unplaced = citations.filter((c) => /^L\d/.test(c.ref) && !sourceReference(c).section).map((c) => `${c.id} ${c.ref}`);
    expect(unplaced).toEqual([]);
  });

  it('never shows a line number of our text copies', () => {
    const shown = citations.map((c) => referenceText(sourceReference(c))).filter((t) => /\bL\d+|\bline \d/.test(t));
    expect(shown).toEqual([]);
  });
});

describe('section map of each document', () => {
  it.each([
    ['peer-handbook', 'L1698-1705', 'Developing a Job Description'],
    ['peer-handbook', 'L1287-1289', 'Knowledge of the CPS Code of Ethics'],
    ['samhsa-jd-tool', 'L213', 'Appendix 1. Sample Job Description'],
    ['wise-toolkit', 'L2383-2384', 'Strength Based Language'],
    ['wise-employer', 'L1354', 'Words that stigmatize, demean and pathologize and invite discrimination'],
    ['wise-training', 'L584-586', 'Disruption #3: We can help each other'],
  ])('%s %s is in “%s”', (id, ref, heading) => {
    expect(sourceReference({ id, ref }).section).toBe(heading);
  });

  it('places nothing before a document’s first heading or for a source without a section map', () => {
    expect(sectionOfLines('peer-handbook', 'L1')).toBeUndefined();
    expect(sectionOfLines('ap-stylebook-2017', 'L10')).toBeUndefined();
  });

  it.skipIf(skipWithoutShared('seeds'))(
    'is what scripts/build-source-sections.ts writes from the documents (needs ../shared/seeds)',
    () => {
      expect(readFileSync(SOURCE_SECTIONS_FILE, 'utf8')).toBe(sourceSectionsJson(SHARED_DIR.replace(/\/$/, '')));
    },
  );
});

describe('a reference as readers see it', () => {
  it('names the author, year, title and section of a document cited by lines', () => {
    const r = sourceReference({ id: 'peer-handbook', ref: 'L1698-1705' });
    expect(referenceText(r)).toBe(
      "Legere, L. (2015). A Provider's Handbook on Developing and Implementing Peer Roles, section “Developing a Job Description”",
    );
    expect(r.url).toMatch(/^https?:\/\//);
  });

  it('names a guide’s entry as the guide calls it', () => {
    expect(referenceText(sourceReference({ id: 'ap-stylebook-2017', ref: 'addiction entry' }))).toBe(
      'The Associated Press (2017). AP Stylebook, addiction entry',
    );
  });
});
