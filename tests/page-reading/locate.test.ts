// @vitest-environment happy-dom
// Finding offsets in the analyzer's text (title and organization first, then the sections) map to
// DOM ranges: exactly for text read from the page, by matching text for JSON-LD postings.
import { describe, expect, it } from 'vitest';
import { postingText } from '../../src/core/text/posting-text.js';
import { createLocator, matchSpan } from '../../src/extension/page-reading/locate.js';
import { readPage } from '../../src/extension/page-reading/read-page.js';
import { fixturePage } from './dom.js';

function spanOf(text: string, phrase: string, from = 0): [number, number] {
  const at = text.indexOf(phrase, from);
  expect(at).toBeGreaterThanOrEqual(0);
  return [at, at + phrase.length];
}

describe('createLocator', () => {
  it('maps exactly when the page text stands in the report text', () => {
    const reading = readPage(fixturePage('indeed.html', 'https://www.indeed.com/viewjob?jk=1'));
    const report = postingText(reading.posting!).text;
    const locate = createLocator(reading.anchor!, report);
    for (const phrase of ['suffering from', 'Monitor medication compliance', 'Other duties as assigned']) {
      expect(locate(...spanOf(report, phrase))!.toString()).toBe(phrase);
    }
    // The title the analyzer put first is not in the description container: no range.
    expect(locate(0, 'Peer Support Specialist'.length)).toBeNull();
    expect(locate(-1, 3)).toBeNull();
    expect(locate(0, report.length + 1)).toBeNull();
  });

  it('matches JSON-LD spans to the description shown on the page', () => {
    const reading = readPage(fixturePage('jsonld-escaped.html', 'https://careers.example.org/jobs/5'));
    expect(reading.highlights).toBe('approximate');
    const report = postingText(reading.posting!).text;
    const locate = createLocator(reading.anchor!, report);
    for (const phrase of ['schizophrenics', 'bipolars', 'Lived experience with mental health recovery & willingness']) {
      const range = locate(...spanOf(report, phrase))!;
      expect(range.toString()).toBe(phrase);
      expect(range.startContainer.parentElement!.closest('.posting-text')).not.toBeNull();
    }
    // The pay line comes from baseSalary and is not on the page.
    expect(locate(...spanOf(report, 'Peer Wellness Coach'))).toBeNull();
  });

  it('picks the occurrence whose context matches when a word repeats', () => {
    const reading = readPage(fixturePage('jsonld-top-level.html', 'https://careers.example.org/jobs/1'));
    const report = postingText(reading.posting!).text;
    const locate = createLocator(reading.anchor!, report);
    // "recovery" stands six times in the description; the last one is in the qualifications.
    const range = locate(...spanOf(report, 'recovery', report.indexOf('Lived experience of recovery')))!;
    expect(range.toString()).toBe('recovery');
    expect(range.startContainer.textContent!.slice(range.endOffset)).toBe(' from addiction is preferred.');
  });
});

describe('matchSpan', () => {
  it('matches across different whitespace and prefers the closer context', () => {
    const from = 'Duties:\n- Clean the rooms.\n\nOther:\n- Clean the van.';
    const target = 'Duties - Clean   the rooms.  Other - Clean the\nvan.';
    const [s, e] = spanOf(from, 'Clean the', from.indexOf('Other'));
    const [ts, te] = matchSpan(target, from, s, e)!;
    expect(target.slice(ts, te)).toBe('Clean the');
    expect(ts).toBe(target.lastIndexOf('Clean the'));
    expect(matchSpan(target, from, 0, 0)).toBeNull();
    expect(matchSpan('nothing here', from, s, e)).toBeNull();
  });
});
