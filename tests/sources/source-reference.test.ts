import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sourcesFile from '../../lexicons/sources.json';
import { SOURCE_SECTIONS_FILE, sourceSectionsJson } from '../../scripts/build-source-sections.js';
import sectionsFile from '../../lexicons/source-sections.json';
import { pagesOfLines, referenceText, sectionOfLines, sourceReference } from '../../src/core/sources/source-reference.js';
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
    ['peer-handbook', 'L1287-1289', 'Is that really part of a ‘peer’ role?'],
    ['samhsa-jd-tool', 'L213', 'Appendix 1. Sample Job Description'],
    ['wise-toolkit', 'L2383-2384', 'Strength Based Language'],
    ['wise-employer', 'L1354', 'Words that stigmatize, demean and pathologize and invite discrimination'],
    ['wise-training', 'L584-586', 'Disruption #3: We can help each other'],
  ])('%s %s is in “%s”', (id, ref, heading) => {
    expect(sourceReference({ id, ref }).section).toBe(heading);
  });

  // Each read in the document around the cited lines: the heading a reader finds them under.
  it.each([
    ['peer-handbook', 'L1279-1282', 'Is that really part of a ‘peer’ role?'],
    ['peer-handbook', 'L1582-1588', 'Is that really part of a ‘peer’ role?'],
    ['peer-handbook', 'L1609-1617', 'Is that Really a Part of the Peer Role?: The Why of It'],
    ['peer-handbook', 'L1688-1692', 'Is that Really a Part of the Peer Role?: The Why of It'],
    ['peer-handbook', 'L1948-1953', 'Recruitment'],
    ['samhsa-jd-tool', 'L41-48', 'Defining Concepts: Role(s), Competencies, and Tasks'],
    ['samhsa-jd-tool', 'L289', 'Category 3. Shares lived experiences of recovery'],
    ['samhsa-jd-tool', 'L319', 'Category 5. Supports recovery planning'],
    ['wise-training', 'L56-57', 'What is a peer?'],
    ['wise-training', 'L653-655', 'Can you think of any examples of microaggressions you have a experienced in your life?'],
    ['wise-training', 'L681-682', 'Lack of Preparation'],
    ['wise-training', 'L745-750', 'Lack of Preparation'],
    ['wise-training', 'L813-817', 'Certification Categories'],
    ['wise-toolkit', 'L248', 'Category 2: Provides support'],
    ['wise-toolkit', 'L1660-1668', 'Guideline 1: Peer support is voluntary'],
    ['wise-toolkit', 'L2277-2278', 'The Old Worldview Hides in Our Language'],
    ['wise-toolkit', 'L2778-2781', 'Types of Peer Positions'], // a box whose title the copy printed after its text
    ['wise-toolkit', 'L2838-2841', 'Lived Experience Requirements'],
    ['wise-toolkit', 'L3681-3683', 'Cover Letter Template'],
    ['wise-toolkit', 'L3761-3763', 'Sample Interview Questions'],
    ['wise-toolkit', 'L4409', 'Barrier #3: Isolation'],
    // the sub-headings repeated under every competency name their competency
    ['wise-employer', 'L1174', 'Flexible Workplace Policies and Procedures — The Bigger Picture: Why it Matters'],
    ['wise-employer', 'L1122', 'Flexible Workplace Policies and Procedures — Breaking it Down: What is it?'],
  ])('%s %s is under “%s”, the heading it falls under in the document', (id, ref, heading) => {
    expect(sourceReference({ id, ref }).section).toBe(heading);
  });

  it('never names a chart’s row or column label, a form field or a heading repeated under every part as a section', () => {
    const labels = ['Social Events', 'Giving Rides', 'Consistent with Peer Role', 'Not Consistent with Peer Role', 'Team Participation'];
    const repeated = ['Breaking It Down: What Is It?', 'The Bigger Picture: Why It Matters', 'Recovery Coach', 'Challenges'];
    const sections = sectionsFile.sections as unknown as Record<string, [number, string][]>;
    const all = Object.values(sections)
      .flat()
      .map(([, h]) => h);
    const named = (list: string[], h: string) => list.some((l) => l.toLowerCase() === h.toLowerCase());
    expect(all.filter((h) => named(labels, h) || named(repeated, h))).toEqual([]);
    // a page header repeated on each page opens its section once
    const appendix2 = (sections['samhsa-jd-tool'] ?? []).filter(([, h]) => h.startsWith('Appendix 2.'));
    expect(appendix2).toHaveLength(1);
  });

  /** Cited ranges that run on into the next sections, each read in the document: shown by the section they start in. */
  const SPANNING = new Set([
    'peer-handbook L1290-1696', // the whole chart and the explanation after it
    'peer-handbook L1698-1727', // the job description sections
    'peer-handbook L1706-1712',
    'peer-handbook L1706-1720',
    'samhsa-jd-tool L247-460', // the whole of Appendix 2
    'wise-toolkit L1660-1668', // a guideline and its practice
    'wise-toolkit L1660-1671',
    'wise-toolkit L2773-2863', // the types of peer positions and their lived experience requirements
  ]);

  it('shows each cited range by a section holding all its lines, unless it is known to run on into the next', () => {
    const runOn = citations
      .filter((c) => /^L\d+-\d+$/.test(c.ref))
      .filter((c) => sectionOfLines(c.id, c.ref) !== sectionOfLines(c.id, `L${c.ref.split('-')[1]}`))
      .map((c) => `${c.id} ${c.ref}`);
    expect(runOn.sort()).toEqual([...SPANNING].sort());
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

describe('printed pages of a citation', () => {
  it('shows the page the document’s own list of handouts gives, and the span of a handout over several pages', () => {
    expect(pagesOfLines('wise-employer', 'L1354')).toBe('p. 30');
    expect(pagesOfLines('wise-employer', 'L2245')).toBe('pp. 61–63');
  });

  it('shows the page between two page footers, and a short span of pages between footers further apart', () => {
    expect(pagesOfLines('wise-toolkit', 'L2660')).toBe('p. 67');
    expect(pagesOfLines('wise-toolkit', 'L500-520')).toBe('pp. 16–18');
  });

  it('gives no page where the copy does not tell it: wide spans, lines outside any run, documents without page marks', () => {
    expect(pagesOfLines('wise-toolkit', 'L1200')).toBeUndefined(); // between the footers of pages 21 and 66
    expect(pagesOfLines('wise-toolkit', 'L4409')).toBeUndefined(); // after the last footer
    expect(pagesOfLines('wise-employer', 'L1354-2245')).toBeUndefined();
    expect(pagesOfLines('wise-employer', 'L31')).toBeUndefined(); // the chapters before the handouts
    for (const id of ['peer-handbook', 'wise-training', 'samhsa-jd-tool']) expect(pagesOfLines(id, 'L300')).toBeUndefined();
    expect(pagesOfLines('ap-stylebook-2017', 'addiction entry')).toBeUndefined();
  });

  it('says for every document we hold a copy of whether its citations can name a page', () => {
    const seeds = sourcesFile.sources.filter((s) => s.kind === 'seed');
    expect(seeds.length).toBeGreaterThan(0);
    for (const s of seeds) expect('pages' in s && typeof s.pages === 'string' && s.pages.length > 20).toBe(true);
  });

  it('shows the page after the section in every format’s reference', () => {
    expect(referenceText(sourceReference({ id: 'wise-employer', ref: 'L1354' }))).toBe(
      'Cal Voices, WISE program. WISE Employer Toolkit: Implementing Essential Organizational Changes to Successfully Integrate Peers, section “Words that stigmatize, demean and pathologize and invite discrimination”, p. 30',
    );
  });
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
