// Stigmatizing language as employers, agencies and reporters write it: labels as nouns, closed
// and hyphenated forms, labels in lists and headings, pity framing, and the clinical, legal and
// named uses that must stay silent. The lines (tests/fixtures/language-lines/) were written for
// these tests; none is taken from a real document.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { firstSetMustFlag, firstSetTraps } from '../fixtures/language-lines/first-set.js';
import { fourthSetMustFlag, fourthSetTraps } from '../fixtures/language-lines/fourth-set.js';
import { alarms, findingOn, type LanguageLine } from '../fixtures/language-lines/language-line.js';
import { secondSetMustFlag, secondSetTraps } from '../fixtures/language-lines/second-set.js';
import { thirdSetMustFlag, thirdSetTraps } from '../fixtures/language-lines/third-set.js';

beforeAll(loadPartsOfSpeech);

const lang = (text: string) => analyze(text).findings.filter((f) => f.family === 'language');

function mustFlag(line: LanguageLine): void {
  const findings = lang(line.text);
  for (const words of line.flag) expect(findingOn(line.text, words, findings), `"${words}" in: ${line.text}`).toBeDefined();
  if (line.keep) {
    const suggestion = findingOn(line.text, line.flag[0]!, findings)!.suggestions[0]!.toLowerCase();
    for (const word of line.keep) expect(suggestion).toContain(word.toLowerCase());
  }
}

describe.each([
  ['first set', firstSetMustFlag, firstSetTraps],
  ['second set', secondSetMustFlag, secondSetTraps],
  ['third set', thirdSetMustFlag, thirdSetTraps],
  ['fourth set', fourthSetMustFlag, fourthSetTraps],
] as const)('language lines, %s', (_name, must, traps) => {
  it.each(must.map((l) => [l.text, l] as const))('flags: %s', (_text, line) => mustFlag(line));
  it.each(traps)('stays silent on: %s', (text) => expect(alarms(lang(text)).map((f) => f.text)).toEqual([]));
});

describe('suggestions keep the rest of the phrase', () => {
  const first = (text: string) => lang(text)[0]?.suggestions[0];
  it.each([
    ['We serve mentally ill homeless individuals.', 'homeless individuals with mental health conditions'],
    ['Shelters turn away the chronically homeless mentally ill.', 'chronically homeless people with mental health conditions'],
    ['Our team connects the chronically homeless addicted with detox beds.', 'chronically homeless people with addiction'],
    ['The program serves addicted pregnant women.', 'pregnant women with substance use disorders'],
    ['Alcoholic parents often hide their drinking.', 'Parents with alcohol use disorder'],
    ['A schizophrenic mother lost custody.', 'A mother with schizophrenia'],
    ['He is a schizophrenic.', 'a person with schizophrenia'],
    ['We serve seriously mentally ill adults.', 'adults with serious mental health conditions'],
    ['Program for Chronically Mentally Ill Adults', 'Adults with serious mental health conditions'],
    ['Drug-addicted women often avoid prenatal care.', 'Women with substance use disorders'],
    ['Depression sufferers often feel alone.', 'People living with depression'],
    ['He suffered for a decade from untreated depression.', 'lived for a decade with'],
    ['Outreach to homeless and mentally ill adults starts at dawn.', 'homeless adults with mental health conditions'],
    ['Mentally ill and homeless people sleep in the park.', 'Homeless people with mental health conditions'],
    ['A grant will expand outreach to homeless and addicted veterans.', 'homeless veterans with substance use disorders'],
    ['Veterans and mentally ill adults share the waiting list.', 'adults with mental health conditions'],
    ['Bi-polar patients need stable routines.', 'Patients with bipolar disorder'],
    ['Clean & Sober Living House', 'In recovery'],
    ['He lost his battle with addiction in May.', 'died after living with'],
    ['Our high-utilizer clients get a weekly call.', 'clients who use services often'],
    ['The forum is open to mental illness sufferers.', 'people living with mental illness'],
  ])('%s', (text, suggestion) => expect(first(text)).toBe(suggestion));

  it('does not run a kept word across a clause ("the mentally ill need people")', () => {
    expect(lang('The mentally ill need people who care.').map((f) => f.text)).toEqual(['The mentally ill']);
    expect(lang('The mentally ill are people too.').map((f) => f.text)).toEqual(['The mentally ill']);
    expect(lang('The baby was addicted at birth.').map((f) => f.text)).toEqual([]);
  });

  it('reads a possessive as whose, not as a label on the next noun', () => {
    expect(lang("The alcoholic's family came to the meeting.").map((f) => f.suggestions[0])).toEqual([
      'person with an alcohol use disorder',
    ]);
  });
});

describe('a word said of a thing is not said of a person', () => {
  it.each([
    'The device was found noncompliant with FDA labeling rules.',
    'Vendors that are noncompliant with the contract will not be paid.',
    'Non-compliant invoices are returned to the vendor.',
    'The facility was noncompliant during the 2022 survey.',
  ])('silent: %s', (text) => expect(alarms(lang(text))).toEqual([]));
  it.each([
    'Consumers who are medication noncompliant will be referred to the ACT team.',
    'Residents that are noncompliant lose privileges.',
    'Noncompliant with meds and groups.',
    'He has been noncompliant since March.',
  ])('flags: %s', (text) => expect(lang(text).map((f) => f.ruleId)).toContain('non-compliant'));
});
