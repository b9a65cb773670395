// Every lexicon entry's own examples, run through analyze(): positives fire, traps stay silent.
// Also the integrity checks a schema cannot make: sources that exist at the cited lines,
// suggestions that do not trigger rules themselves, and coverage.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, getAnalyzer } from '../src/core/index.js';
import { bundledLexicons } from '../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../src/core/lexicon/load-lexicons.js';
import { pageReadingFileSchema } from '../src/core/lexicon/page-reading-schema.js';
import { profileWordingSchema } from '../src/core/lexicon/seeker-profile-schema.js';
import pageReading from '../lexicons/page-reading.json';
import seekerProfile from '../lexicons/seeker-profile.json';
import { SHARED_DIR, sharedHas, skipWithoutShared } from './setup/shared-folder.js';

const lex = loadLexicons(bundledLexicons);
const ids = (text: string) => analyze(text).findings.map((f) => f.ruleId);
type Cited = { sources: { id: string; ref: string }[] };
/** Every entry of roles.json and every list of it that is not a list of entries, as the file holds them. */
const roleLists = (): Cited[] =>
  Object.entries(bundledLexicons.roles as Record<string, unknown>)
    .filter(([key]) => key !== '$comment')
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]) as Cited[]);
/** Role and lived-experience rules run only on peer postings: give each example one. */
const asPeerPosting = (sentence: string) => `Peer Support Specialist\nFull-time position\n\n${sentence}`;

describe('language entries', () => {
  it('cover every group with at least 80 entries', () => {
    expect(lex.language.length).toBeGreaterThanOrEqual(80);
    const groups = new Set(lex.language.map((e) => e.group));
    expect(groups.size).toBe(8);
  });
  for (const entry of lex.language) {
    describe(entry.id, () => {
      it.each(entry.examples.positive)('fires on: %s', (s) => expect(ids(s)).toContain(entry.id));
      if (entry.examples.traps.length) it.each(entry.examples.traps)('stays silent on: %s', (s) => expect(ids(s)).not.toContain(entry.id));
      it('suggests wording that triggers no language rule', () => {
        for (const s of entry.suggestions) {
          for (const text of typeof s === 'string' ? [s] : [s.singular, s.plural])
            expect(
              analyze(text)
                .findings.filter((f) => f.family === 'language')
                .map((f) => f.ruleId),
            ).toEqual([]);
        }
      });
    });
  }
});

describe('role, duty, barrier and inquiry entries', () => {
  const patterned = [...lex.duties.duties, ...lex.duties.barriers, ...lex.livedExperience.prohibitedInquiries];
  for (const entry of patterned) {
    describe(entry.id, () => {
      it.each(entry.examples.positive)('fires on: %s', (s) => expect(ids(asPeerPosting(s))).toContain(entry.id));
      if (entry.examples.traps.length)
        it.each(entry.examples.traps)('stays silent on: %s', (s) => expect(ids(asPeerPosting(s))).not.toContain(entry.id));
    });
  }
  for (const pair of lex.duties.reading.pairs) {
    describe(`duty reading ${pair.id}`, () => {
      it.each(pair.examples.positive)('fires on: %s', (s) => expect(ids(asPeerPosting(s))).toContain(pair.duty));
      if (pair.examples.traps.length)
        it.each(pair.examples.traps)('stays silent on: %s', (s) => expect(ids(asPeerPosting(s))).not.toContain(pair.duty));
    });
  }
  describe('peer team named by its members (duties.json peerTeamCues)', () => {
    const { examples } = lex.duties.peerTeamCues;
    it.each(examples.positive)('names a peer team: %s', (s) => expect(ids(asPeerPosting(s))).not.toContain('role-single-peer'));
    it.each(examples.traps)('names none: %s', (s) => expect(ids(asPeerPosting(s))).toContain('role-single-peer'));
  });
  describe('a label that names who the peer reports to (duties.json reportingLabels)', () => {
    const { examples } = lex.duties.reportingLabels;
    const stated = (s: string) => !ids(asPeerPosting(s)).includes('role-no-reporting-line');
    it.each(examples.positive)('says it: %s', (s) => expect(stated(s)).toBe(true));
    it.each(examples.traps)('does not: %s', (s) => expect(stated(s)).toBe(false));
  });
  describe('barriers another part of the job makes none (duties.json barrierWaivers)', () => {
    const { examples, byBarrier } = lex.duties.barrierWaivers;
    const waivable = Object.keys(byBarrier);
    const barriers = (s: string) => ids(asPeerPosting(s)).filter((id) => waivable.includes(id));
    it.each(examples.positive)('waived: %s', (s) => expect(barriers(s)).toEqual([]));
    it.each(examples.traps)('still a barrier: %s', (s) => expect(barriers(s)).not.toEqual([]));
  });
  for (const entry of lex.roles.peerTitles) {
    // A title other fields use too heads a peer job only beside peer work named in the text.
    const peerWork = entry.sharedWithOtherFields ? '\nShare your own lived experience of recovery.' : '';
    it.each(entry.examples.positive)(`${entry.id} marks a peer role: %s`, (s) => {
      const r = analyze(`${s}\n\nJoin our team.${peerWork}`).role;
      expect(r.isPeerRole).toBe(true);
      if (entry.category) expect(r.category).toBe(entry.category);
    });
    if (entry.examples.traps.length)
      it.each(entry.examples.traps)(`${entry.id} does not mark a peer role: %s`, (s) =>
        expect(analyze(`${s}\n\nJoin our team.`).role.isPeerRole).toBe(false),
      );
  }
  for (const entry of lex.roles.nonPeerTitles)
    it.each(entry.examples.positive)(`${entry.id} is not a peer role: %s`, (s) =>
      expect(analyze(`${s}\n\nJoin our team.`).role.isPeerRole).toBe(false),
    );
  for (const entry of lex.duties.competencies) {
    it.each(entry.examples.positive)(`${entry.id} counts as a peer competency: %s`, (s) =>
      expect(ids(asPeerPosting(s))).not.toContain('role-no-peer-competencies'),
    );
    if (entry.examples.traps.length)
      it.each(entry.examples.traps)(`${entry.id} is no peer competency: %s`, (s) =>
        expect(ids(asPeerPosting(s))).toContain('role-no-peer-competencies'),
      );
  }
  for (const shape of lex.duties.competencyReading?.shapes ?? []) {
    it.each(shape.examples.positive)(`${shape.id} reads peer work: %s`, (s) =>
      expect(ids(asPeerPosting(s))).not.toContain('role-no-peer-competencies'),
    );
    it.each(shape.examples.traps)(`${shape.id} reads no peer work: %s`, (s) =>
      expect(ids(asPeerPosting(s))).toContain('role-no-peer-competencies'),
    );
  }
  it('requirement sentences trigger no rule of their own', () => {
    for (const r of lex.livedExperience.requirementSentences) {
      const report = analyze(asPeerPosting(`Minimum Qualifications\n- ${r.sentence}`), { category: r.category });
      expect(report.findings.filter((f) => f.family === 'language')).toEqual([]);
      expect(report.livedExperience.status).toBe('required');
      expect(report.findings.map((f) => f.ruleId)).not.toContain('le-category-mismatch');
    }
  });
});

describe('lexicon integrity', () => {
  const all = [
    ...lex.language,
    ...lex.duties.duties,
    ...lex.duties.barriers,
    ...lex.duties.competencies,
    ...lex.livedExperience.prohibitedInquiries,
    ...lex.roles.peerTitles,
    ...lex.roles.nonPeerTitles,
  ];
  it('has at least 60 trap sentences in all', () => {
    expect(all.reduce((n, e) => n + e.examples.traps.length, 0)).toBeGreaterThanOrEqual(60);
  });
  it.skipIf(skipWithoutShared('seeds'))('cites seed lines that exist (needs ../shared/seeds)', () => {
    const lengths = new Map<string, number>();
    const seeds = lex.sources.sources.filter((s) => s.kind === 'seed' && s.file);
    for (const s of seeds) {
      expect(sharedHas(s.file!), `${s.id}: ${SHARED_DIR}${s.file} is missing`).toBe(true);
      lengths.set(s.id, readFileSync(SHARED_DIR + s.file, 'utf8').split('\n').length);
    }
    expect(lengths.size).toBeGreaterThan(0);
    const { jobSeeker } = lex;
    const profile = profileWordingSchema.parse(seekerProfile);
    const reading = pageReadingFileSchema.parse(pageReading);
    const refs = [
      profile.overall,
      ...profile.items,
      profile.educationLevels,
      profile.carWords,
      profile.ageWords,
      profile.timeWords,
      reading,
      ...all,
      ...lex.duties.rules,
      ...lex.livedExperience.rules,
      ...lex.livedExperience.requirementSentences,
      ...jobSeeker.reasons,
      ...jobSeeker.questions,
      ...jobSeeker.qualifications,
      jobSeeker.drivingDuties,
      ...(lex.duties.payUnitsOfTime ? [lex.duties.payUnitsOfTime] : []),
      ...roleLists(),
    ].flatMap((e) => e.sources);
    for (const ref of refs) {
      const max = lengths.get(ref.id);
      if (max === undefined) continue;
      expect(ref.ref, `${ref.id} ${ref.ref}`).toMatch(/^L\d+(?:-\d+)?(?:,\s*L\d+(?:-\d+)?)*(?:\s.*)?$/);
      for (const n of ref.ref.match(/\d+/g) ?? []) expect(Number(n), `${ref.id} ${ref.ref}`).toBeLessThanOrEqual(max);
    }
  });
  it('gives every list of roles.json its sources, as every entry has', () => {
    // Read from the file as written: a list added as bare strings has no sources and fails here.
    const lists = roleLists();
    expect(lists.length).toBeGreaterThan(lex.roles.peerTitles.length);
    for (const list of lists) expect(list.sources?.length ?? 0, JSON.stringify(list).slice(0, 80)).toBeGreaterThan(0);
  });
  it('builds the default analyzer once', () => {
    expect(getAnalyzer()).toBe(getAnalyzer());
  });
});
