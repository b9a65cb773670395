import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { LexiconError } from '../../src/core/lexicon/lexicon-error.js';
import { rewrite } from '../../src/core/rewrite.js';
import { miniLexicons } from './mini-lexicons.js';

const analyzer = createAnalyzer(loadLexicons(miniLexicons()));
const ids = (text: string) => analyzer.analyze(text).findings.map((f) => f.ruleId);
const lang = (text: string) => analyzer.analyze(text).findings.filter((f) => f.family === 'language');

describe('language rules', () => {
  it('keeps case and number in suggestions, and fixes the article', () => {
    const [f] = lang('Addicts are welcome here.');
    expect(f?.text).toBe('Addicts');
    expect(f?.suggestions).toEqual(['People with a substance use disorder']);
    const [g] = lang('He was an addict for years.');
    expect(g?.text).toBe('an addict');
    expect(g?.suggestions).toEqual(['a person with a substance use disorder']);
  });
  it('offsets are UTF-16 offsets whose slice is the text', () => {
    const text = '😀 Café “staff” and addicts';
    for (const f of analyzer.analyze(text).findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
  it('uses the subject of "suffer from"', () => {
    expect(ids('Many of our members suffer from anxiety.')).toContain('suffer-from');
    expect(ids('The budget suffers from delays.')).not.toContain('suffer-from');
  });
  it('skips quotes, proper names and words being discussed', () => {
    expect(lang('Avoid words like "addict" in postings.')).toEqual([]);
    expect(lang('Avoid addicts as a label.')).toEqual([]);
    expect(lang('Funded by the Substance Abuse and Mental Health Services Administration.')).toEqual([]);
    expect(lang('We treat substance abuse.')).toHaveLength(1);
  });
  it('applies unless and nominal guards', () => {
    expect(ids('Must be clean and sober.')).toContain('clean-person');
    expect(ids('A clean driving record is required.')).not.toContain('clean-person');
    expect(ids('We serve the mentally ill.')).toContain('the-mentally-ill');
  });
});

describe('roles and lived experience', () => {
  it('detects a peer role and its category from the title and cues', () => {
    const r = analyzer.analyze('Peer Support Specialist\n\nSupport adults in mental health recovery.');
    expect(r.role).toMatchObject({ isPeerRole: true, category: 'adult-mental-health' });
    const c = analyzer.analyze('Recovery Coach\nHelp people.');
    expect(c.role.category).toBe('substance-use-recovery');
  });
  it('scores a non-peer document on language only and says so', () => {
    const r = analyzer.analyze('Counselor\n\nProvide therapy to addicts.');
    expect(r.role.isPeerRole).toBe(false);
    expect(r.subscores.role).toBeNull();
    expect(r.notes.join(' ')).toMatch(/language only/);
    expect(r.findings.every((f) => f.family === 'language')).toBe(true);
  });
  it('finds duties, unless negated', () => {
    expect(ids('Peer Support Specialist\nAdminister medications to residents.')).toContain('duty-administer-medication');
    expect(ids('Peer Support Specialist\nPeers do not administer medication.')).not.toContain('duty-administer-medication');
  });
  it('reads lived-experience strength, specificity and category', () => {
    const absent = analyzer.analyze('Recovery Coach\nHelp people.');
    expect(absent.livedExperience.status).toBe('absent');
    expect(absent.findings.find((f) => f.ruleId === 'le-absent')).toMatchObject({ start: 0, end: 0, text: '' });
    const pref = analyzer.analyze('Recovery Coach\nPreferred: lived experience of addiction recovery.');
    expect(pref.livedExperience).toMatchObject({ status: 'preferred', specific: true });
    const req = analyzer.analyze('Recovery Coach\n\nMinimum Qualifications\n- Personal experience of recovery from addiction.');
    expect(req.livedExperience.status).toBe('required');
    const mismatch = analyzer.analyze('Recovery Coach\nLived experience as a parent of a child with mental health needs is required.');
    expect(mismatch.findings.map((f) => f.ruleId)).toContain('le-category-mismatch');
  });
});

describe('scoring and rewrite', () => {
  const posting = 'Recovery Coach\nWe help addicts. Must be clean and sober. Share your own story.';
  it('is monotone: fixing a finding never lowers the score, and points say by how much', () => {
    const before = analyzer.analyze(posting);
    for (const f of before.findings.filter((x) => x.fix === 'replace')) {
      const fixed = posting.slice(0, f.start) + f.suggestions[0] + posting.slice(f.end);
      const after = analyzer.analyze(fixed);
      expect(after.score).toBeGreaterThanOrEqual(before.score);
      expect(f.points).toBeGreaterThan(0);
    }
  });
  it('is not gameable by repetition', () => {
    const once = analyzer.analyze(posting).score;
    const repeated = analyzer.analyze(posting + ' Share your own story.'.repeat(20)).score;
    expect(repeated).toBe(once);
  });
  it('rewrites the whole text and inserts the requirement sentence; twice equals once', () => {
    const r = analyzer.analyze(posting);
    const once = rewrite(r.text, r.findings);
    expect(once).toContain('people with a substance use disorder');
    expect(once).toMatch(/Lived experience of recovery required/);
    const again = analyzer.analyze(once);
    expect(rewrite(again.text, again.findings)).toBe(once);
  });
});

describe('lexicon validation', () => {
  it('names the file, entry and field of a malformed entry', () => {
    const raw = miniLexicons();
    const file = raw.language['language/mini.json'] as { entries: Record<string, unknown>[] };
    file.entries[1]!.severity = 'fatal';
    expect(() => loadLexicons(raw)).toThrow(LexiconError);
    expect(() => loadLexicons(raw)).toThrow(/language\/mini\.json[\s\S]*entry "suffer-from", field entries\[1\]\.severity/);
  });
  it('rejects an unknown source and a pattern that cannot compile', () => {
    const raw = miniLexicons();
    const file = raw.language['language/mini.json'] as { entries: Record<string, unknown>[] };
    file.entries[0]!.sources = [{ id: 'nowhere', ref: 'x' }];
    expect(() => loadLexicons(raw)).toThrow(/entry "addict", field sources: unknown source "nowhere"/);
    const raw2 = miniLexicons();
    (raw2.language['language/mini.json'] as { entries: Record<string, unknown>[] }).entries[0]!.patterns = ['(addict'];
    expect(() => loadLexicons(raw2)).toThrow(/entry "addict", field patterns: unbalanced/);
  });
});

describe('lived experience as the only qualification', () => {
  it('fires only under a qualifications heading', () => {
    const only = analyzer.analyze('Recovery Coach\n\nMinimum Qualifications\n- Lived experience of addiction recovery.');
    expect(only.findings.map((f) => f.ruleId)).toContain('le-only-qualification');
    const notUnderQualifications = analyzer.analyze('Recovery Coach\n\nLived experience of addiction recovery is required.');
    expect(notUnderQualifications.findings.map((f) => f.ruleId)).not.toContain('le-only-qualification');
    const more = analyzer.analyze(
      'Recovery Coach\n\nMinimum Qualifications\n- Lived experience of addiction recovery.\n- High school diploma.',
    );
    expect(more.findings.map((f) => f.ruleId)).not.toContain('le-only-qualification');
  });
});

describe('names and possessives', () => {
  it('treats "&" inside a capitalized organization name as part of the name', () => {
    expect(lang('Funded by the Substance Abuse & Mental Health Services Administration.')).toEqual([]);
  });
  it('matches listed names written with a possessive', () => {
    const raw = miniLexicons();
    (raw.context as { properNames: string[] }).properNames.push("Patients' Rights Advocate");
    (raw.language['language/mini.json'] as { entries: { patterns: string[] }[] }).entries[0]!.patterns.push('patient~n');
    const a = createAnalyzer(loadLexicons(raw));
    expect(a.analyze("Call the Patients' Rights Advocate today.").findings.filter((f) => f.family === 'language')).toEqual([]);
    expect(a.analyze('Patients wait here.').findings.filter((f) => f.family === 'language')).toHaveLength(1);
  });
});

describe('negation', () => {
  it('reaches across a list of duties, up to a contrast word', () => {
    const listed =
      'Peer Support Specialist\nPeer staff shall not be assigned to diagnose, conduct clinical assessments, write treatment plans, or administer medication to anyone.';
    expect(ids(listed)).not.toContain('duty-administer-medication');
    const contrast = 'Peer Support Specialist\nPeers do not diagnose, but they administer medication at night.';
    expect(ids(contrast)).toContain('duty-administer-medication');
    expect(ids("Peer Support Specialist\nPeers won't administer medication.")).not.toContain('duty-administer-medication');
  });
});

describe('sentence-wide and subject guards', () => {
  const raw = miniLexicons();
  const duties = raw.duties as { barriers: Record<string, unknown>[] };
  duties.barriers.push({
    id: 'barrier-degree',
    patterns: ["bachelor's degree"],
    severity: 'warning',
    message: 'A degree requirement is a barrier for peer roles.',
    guards: { unlessInSentence: ['equivalent experience'] },
    sources: [{ id: 'wise-toolkit', ref: 'L2389' }],
    examples: { positive: ["Bachelor's degree required."], traps: [] },
  });
  const lang = raw.language['language/mini.json'] as { entries: Record<string, unknown>[] };
  lang.entries.push({
    id: 'schizophrenic-metaphor',
    group: 'diagnosis-metaphor',
    severity: 'warning',
    patterns: ['schizophrenic'],
    suggestions: ['erratic'],
    message: 'A diagnosis used as a metaphor for a thing.',
    guards: { thingSubject: true },
    sources: [{ id: 'wise-toolkit', ref: 'L2389' }],
    examples: { positive: ['Staff morale has been schizophrenic.'], traps: [] },
  });
  const a = createAnalyzer(loadLexicons(raw));
  const idsOf = (t: string) => a.analyze(t).findings.map((f) => f.ruleId);
  it('unlessInSentence silences an entry anywhere in its sentence; guards given still negate duties', () => {
    expect(idsOf("Peer Support Specialist\nBachelor's degree in social work required.")).toContain('barrier-degree');
    expect(
      idsOf("Peer Support Specialist\nBachelor's degree in social work, psychology, or a related field, or equivalent experience."),
    ).not.toContain('barrier-degree');
    expect(idsOf("Peer Support Specialist\nWe will never ask for a bachelor's degree.")).not.toContain('barrier-degree');
  });
  it('a negation right after the term counts ("… not required")', () => {
    expect(idsOf("Peer Support Specialist\nBachelor's degree not required.")).not.toContain('barrier-degree');
  });
  it('thingSubject fires on a thing and not on a person', () => {
    expect(idsOf('Staff morale has been schizophrenic lately.')).toContain('schizophrenic-metaphor');
    expect(idsOf('He is schizophrenic.')).not.toContain('schizophrenic-metaphor');
  });
});

describe('contested words paired by a slash', () => {
  it('stay silent when info-level, still fire otherwise', () => {
    const raw = miniLexicons();
    (raw.language['language/mini.json'] as { entries: Record<string, unknown>[] }).entries.push({
      id: 'consumer',
      group: 'contested-label',
      severity: 'info',
      patterns: ['consumer~n'],
      suggestions: ['person receiving services'],
      message: 'A contested label for people receiving services.',
      sources: [{ id: 'wise-toolkit', ref: 'L2383' }],
      examples: { positive: ['Consumers attend.'], traps: [] },
    });
    const a = createAnalyzer(loadLexicons(raw));
    expect(a.analyze('The history of the consumer/survivor movement.').findings).toEqual([]);
    expect(a.analyze('Consumers attend the group.').findings.map((f) => f.ruleId)).toEqual(['consumer']);
    expect(a.analyze('We treat substance abuse/dependence.').findings.map((f) => f.ruleId)).toEqual(['substance-abuse']);
  });
});
