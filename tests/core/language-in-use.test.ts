// Stigmatizing language as employers, agencies and reporters write it: labels as nouns, closed
// and hyphenated forms, labels in lists and headings, pity framing, and the clinical, legal and
// named uses that must stay silent. The lines (tests/fixtures/language-lines/) were written for
// these tests; none is taken from a real document.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { eighteenthSetMustFlag, eighteenthSetTraps } from '../fixtures/language-lines/eighteenth-set.js';
import { eighthSetMustFlag, eighthSetTraps } from '../fixtures/language-lines/eighth-set.js';
import { eleventhSetMustFlag, eleventhSetTraps } from '../fixtures/language-lines/eleventh-set.js';
import { fifteenthSetMustFlag, fifteenthSetTraps } from '../fixtures/language-lines/fifteenth-set.js';
import { fifthSetMustFlag, fifthSetTraps } from '../fixtures/language-lines/fifth-set.js';
import { firstSetMustFlag, firstSetTraps } from '../fixtures/language-lines/first-set.js';
import { fourteenthSetMustFlag, fourteenthSetTraps } from '../fixtures/language-lines/fourteenth-set.js';
import { fourthSetMustFlag, fourthSetTraps } from '../fixtures/language-lines/fourth-set.js';
import { nineteenthSetMustFlag, nineteenthSetTraps } from '../fixtures/language-lines/nineteenth-set.js';
import { ninthSetMustFlag, ninthSetTraps } from '../fixtures/language-lines/ninth-set.js';
import { alarms, findingOn, type LanguageLine } from '../fixtures/language-lines/language-line.js';
import { secondSetMustFlag, secondSetTraps } from '../fixtures/language-lines/second-set.js';
import { seventhSetMustFlag, seventhSetTraps } from '../fixtures/language-lines/seventh-set.js';
import { seventeenthSetMustFlag, seventeenthSetTraps } from '../fixtures/language-lines/seventeenth-set.js';
import { sixteenthSetMustFlag, sixteenthSetTraps } from '../fixtures/language-lines/sixteenth-set.js';
import { sixthSetMustFlag, sixthSetTraps } from '../fixtures/language-lines/sixth-set.js';
import { tenthSetMustFlag, tenthSetTraps } from '../fixtures/language-lines/tenth-set.js';
import { twelfthSetMustFlag, twelfthSetTraps } from '../fixtures/language-lines/twelfth-set.js';
import { twentiethSetMustFlag, twentiethSetTraps } from '../fixtures/language-lines/twentieth-set.js';
import { twentyFirstSetMustFlag, twentyFirstSetTraps } from '../fixtures/language-lines/twenty-first-set.js';
import { twentySecondSetMustFlag, twentySecondSetTraps } from '../fixtures/language-lines/twenty-second-set.js';
import { twentyEighthSetMustFlag, twentyEighthSetTraps } from '../fixtures/language-lines/twenty-eighth-set.js';
import { twentyNinthSetMustFlag, twentyNinthSetTraps } from '../fixtures/language-lines/twenty-ninth-set.js';
import { thirtiethSetMustFlag, thirtiethSetTraps } from '../fixtures/language-lines/thirtieth-set.js';
import { thirtyFirstSetMustFlag, thirtyFirstSetTraps } from '../fixtures/language-lines/thirty-first-set.js';
import { thirtySecondSetMustFlag, thirtySecondSetTraps } from '../fixtures/language-lines/thirty-second-set.js';
import { thirtyThirdSetMustFlag, thirtyThirdSetTraps } from '../fixtures/language-lines/thirty-third-set.js';
import { thirtyFourthSetMustFlag, thirtyFourthSetTraps } from '../fixtures/language-lines/thirty-fourth-set.js';
import { thirtyFifthSetMustFlag, thirtyFifthSetTraps } from '../fixtures/language-lines/thirty-fifth-set.js';
import { thirtySixthSetMustFlag, thirtySixthSetTraps } from '../fixtures/language-lines/thirty-sixth-set.js';
import { thirtySeventhSetMustFlag, thirtySeventhSetTraps } from '../fixtures/language-lines/thirty-seventh-set.js';
import { thirtyEighthSetMustFlag, thirtyEighthSetTraps } from '../fixtures/language-lines/thirty-eighth-set.js';
import { thirtyNinthSetMustFlag, thirtyNinthSetTraps } from '../fixtures/language-lines/thirty-ninth-set.js';
import { fortiethSetMustFlag, fortiethSetTraps } from '../fixtures/language-lines/fortieth-set.js';
import { twentyFifthSetMustFlag, twentyFifthSetTraps } from '../fixtures/language-lines/twenty-fifth-set.js';
import { twentyFourthSetMustFlag, twentyFourthSetTraps } from '../fixtures/language-lines/twenty-fourth-set.js';
import { twentySeventhSetMustFlag, twentySeventhSetTraps } from '../fixtures/language-lines/twenty-seventh-set.js';
import { twentySixthSetMustFlag, twentySixthSetTraps } from '../fixtures/language-lines/twenty-sixth-set.js';
import { twentyThirdSetMustFlag, twentyThirdSetTraps } from '../fixtures/language-lines/twenty-third-set.js';
import { thirteenthSetMustFlag, thirteenthSetTraps } from '../fixtures/language-lines/thirteenth-set.js';
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
  ['fifth set', fifthSetMustFlag, fifthSetTraps],
  ['sixth set', sixthSetMustFlag, sixthSetTraps],
  ['seventh set', seventhSetMustFlag, seventhSetTraps],
  ['eighth set', eighthSetMustFlag, eighthSetTraps],
  ['ninth set', ninthSetMustFlag, ninthSetTraps],
  ['tenth set', tenthSetMustFlag, tenthSetTraps],
  ['eleventh set', eleventhSetMustFlag, eleventhSetTraps],
  ['twelfth set', twelfthSetMustFlag, twelfthSetTraps],
  ['thirteenth set', thirteenthSetMustFlag, thirteenthSetTraps],
  ['fourteenth set', fourteenthSetMustFlag, fourteenthSetTraps],
  ['fifteenth set', fifteenthSetMustFlag, fifteenthSetTraps],
  ['sixteenth set', sixteenthSetMustFlag, sixteenthSetTraps],
  ['seventeenth set', seventeenthSetMustFlag, seventeenthSetTraps],
  ['eighteenth set', eighteenthSetMustFlag, eighteenthSetTraps],
  ['nineteenth set', nineteenthSetMustFlag, nineteenthSetTraps],
  ['twentieth set', twentiethSetMustFlag, twentiethSetTraps],
  ['twenty-first set', twentyFirstSetMustFlag, twentyFirstSetTraps],
  ['twenty-second set', twentySecondSetMustFlag, twentySecondSetTraps],
  ['twenty-third set', twentyThirdSetMustFlag, twentyThirdSetTraps],
  ['twenty-fourth set', twentyFourthSetMustFlag, twentyFourthSetTraps],
  ['twenty-fifth set', twentyFifthSetMustFlag, twentyFifthSetTraps],
  ['twenty-sixth set', twentySixthSetMustFlag, twentySixthSetTraps],
  ['twenty-seventh set', twentySeventhSetMustFlag, twentySeventhSetTraps],
  ['twenty-eighth set', twentyEighthSetMustFlag, twentyEighthSetTraps],
  ['twenty-ninth set', twentyNinthSetMustFlag, twentyNinthSetTraps],
  ['thirtieth set', thirtiethSetMustFlag, thirtiethSetTraps],
  ['thirty-first set', thirtyFirstSetMustFlag, thirtyFirstSetTraps],
  ['thirty-second set', thirtySecondSetMustFlag, thirtySecondSetTraps],
  ['thirty-third set', thirtyThirdSetMustFlag, thirtyThirdSetTraps],
  ['thirty-fourth set', thirtyFourthSetMustFlag, thirtyFourthSetTraps],
  ['thirty-fifth set', thirtyFifthSetMustFlag, thirtyFifthSetTraps],
  ['thirty-sixth set', thirtySixthSetMustFlag, thirtySixthSetTraps],
  ['thirty-seventh set', thirtySeventhSetMustFlag, thirtySeventhSetTraps],
  ['thirty-eighth set', thirtyEighthSetMustFlag, thirtyEighthSetTraps],
  ['thirty-ninth set', thirtyNinthSetMustFlag, thirtyNinthSetTraps],
  ['fortieth set', fortiethSetMustFlag, fortiethSetTraps],
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
    ['Her brother fell victim to addiction after a work injury.', 'experienced'],
    ['Outreach to addicted, homeless veterans in the river district.', 'homeless veterans with substance use disorders'],
    ['We serve mentally ill, homeless adults.', 'homeless adults with mental health conditions'],
    ["The county's mentally ill wait weeks for a bed.", "The county's people with mental health conditions"],
    ['Shelters for the poor and mentally ill are full.', 'poor people with mental health conditions'],
    ['Assists in the care of mentally ill and emotionally disturbed persons.', 'persons with mental health conditions'],
    ['Outreach teams serve addicted, homeless, jobless men along the river.', 'homeless, jobless men with substance use disorders'],
    ['Shelter beds for mentally ill, elderly, disabled women are scarce.', 'elderly, disabled women with mental health conditions'],
    ['A victim of heroin, he died at 24.', 'A person who used heroin'],
    ['Serving mentally ill, homeless, and jobless adults.', 'homeless and jobless adults with mental health conditions'],
    ['Outreach to addicted, homeless, or runaway youth.', 'homeless or runaway youth with a substance use disorder'],
    ['Compliant patients earn extra phone time.', 'Patients engaged in treatment'],
  ])('%s', (text, suggestion) => expect(first(text)).toBe(suggestion));

  it.each([
    ['A bipolar mother of two shared her story at the forum.', 'A bipolar mother of two', 'A mother of two with bipolar disorder'],
    [
      'The schizophrenic son of a local pastor was arrested.',
      'schizophrenic son of a local pastor',
      'son of a local pastor with schizophrenia',
    ],
    [
      'Mentally ill veterans of the Gulf War need care.',
      'Mentally ill veterans of the Gulf War',
      'Veterans of the Gulf War with mental health conditions',
    ],
    ['Mentally ill people of all ages are welcome.', 'Mentally ill people of all ages', 'People of all ages with mental health conditions'],
    ['Addicted mothers of newborns can enroll.', 'Addicted mothers of newborns', 'Mothers of newborns with substance use disorders'],
    [
      'An alcoholic father with three kids asked for help.',
      'An alcoholic father with three kids',
      'A father with three kids and an alcohol use disorder',
    ],
    [
      'Mentally ill adults with young children can apply.',
      'Mentally ill adults with young children',
      'Adults with young children and mental health conditions',
    ],
    // A with-phrase naming a thing may belong to the verb: left out of the finding.
    ['We support alcoholic parents with housing.', 'alcoholic parents', 'parents with alcohol use disorder'],
  ])('puts the rewrite after the of- or with-phrase of its noun: %s', (text, span, suggestion) => {
    const f = lang(text)[0]!;
    expect([f.text, f.suggestions[0]]).toEqual([span, suggestion]);
  });

  it('does not run a kept word across a clause ("the mentally ill need people")', () => {
    expect(lang('The mentally ill need people who care.').map((f) => f.text)).toEqual(['The mentally ill']);
    expect(lang('The mentally ill are people too.').map((f) => f.text)).toEqual(['The mentally ill']);
    expect(lang('The baby was addicted at birth.').map((f) => f.text)).toEqual([]);
  });

  it('reads a possessive as whose, not as a label on the next noun, and keeps the mark in the replacement', () => {
    expect(lang("The alcoholic's family came to the meeting.").map((f) => f.suggestions[0])).toEqual([
      "person with an alcohol use disorder's",
    ]);
    expect(lang("Log the patients' visits.").map((f) => f.suggestions[0])).toEqual(["people receiving services'"]);
  });
});

describe('a label named only to reject it is not applied to anyone', () => {
  it.each([
    'We see people, not schizophrenics.',
    'He is a person, not an addict.',
    'Never call anyone an addict.',
    "Please don't refer to our members as the mentally ill.",
    'We do not describe members as alcoholics or junkies.',
    "Don't refer to people as schizophrenics; say people with schizophrenia.",
    'Stop calling people junkies.',
    'Please quit labeling members as addicts.',
    'The addict stereotype keeps people from asking for help.',
    "My friend Dave wasn't a junkie. He was a dad with a disease.",
  ])('stays silent on: %s', (text) => expect(alarms(lang(text)).map((f) => f.text)).toEqual([]));

  it.each([
    // A negation of another verb, a naming verb not negated, a contrast with people of a kind.
    ["We don't call the police on addicts.", 'addicts'],
    ["Don't hire addicts; they always relapse.", 'addicts'],
    ['Staff call residents addicts when they relapse.', 'addicts'],
    ['We serve families, not addicts.', 'addicts'],
    ['We stopped hiring addicts last year.', 'addicts'],
    // After a plural the next word is its verb, not a noun naming the label.
    ['Addicts label themselves harshly.', 'Addicts'],
    // A denial still uses the label as an identity someone could have (AP, NIDA: no "addict" at all).
    ['He is not an addict; he just likes to party.', 'an addict'],
    ['She insists she is not an alcoholic.', 'an alcoholic'],
    // The next sentence says what he was, but not with person-first wording.
    ["He wasn't a junkie. He was a thief.", 'a junkie'],
  ])('still flags: %s', (text, words) => expect(lang(text).map((f) => f.text)).toContain(words));
});

describe('names and titles', () => {
  it('reads a title-case headline as text, not as the name of what it ends with', () => {
    expect(lang('Addicts Find Hope At New Downtown Clinic').map((f) => f.text)).toEqual(['Addicts']);
    expect(lang('The Alcohol and Drug Abuse Division issued new rules.')).toEqual([]);
  });

  it("reads a work's title after the word for it as a name", () => {
    expect(alarms(lang('Her memoir, Diary of a Former Junkie, was published in 2015.'))).toEqual([]);
    expect(lang('The book Beautiful Boy follows a father and his addicted son.').map((f) => f.text)).toEqual(['addicted son']);
    expect(lang('I read the book. Addicts are people too.').map((f) => f.text)).toEqual(['Addicts']);
  });

  it('reads one capitalized word after a lower-case word for a work as its title', () => {
    expect(alarms(lang('Her memoir Crazy was a bestseller.'))).toEqual([]);
    expect(alarms(lang('We screened the film *Junkie* last week.'))).toEqual([]);
    expect(lang('In the film the Addicts are villains.').map((f) => f.text)).toEqual(['Addicts']);
  });

  it('reads a capitalized article or preposition as a headline word, not part of a name', () => {
    expect(lang('Heroin Addicts Get A Second Chance Through Peer Court').map((f) => f.text)).toEqual(['Heroin Addicts']);
    expect(lang('Partnership Against Drug Abuse Coalition')).toEqual([]);
  });

  it("reads a place's name inside a sentence as a name, and a headline that ends in one as text", () => {
    expect(alarms(lang('The clinic is at 400 Crazy Woman Creek Road.'))).toEqual([]);
    expect(alarms(lang('Services near Crazy Woman Creek.'))).toEqual([]);
    expect(lang('Junkies Crowd Main Street').map((f) => f.text)).toEqual(['Junkies']);
    expect(alarms(lang('Crazy Socks Day raises money for mental health awareness.'))).toEqual([]);
    expect(lang('Junkies Crowd Downtown Festival').map((f) => f.text)).toEqual(['Junkies']);
  });
});

describe('a short line of a label and its value', () => {
  it.each([
    ['UA results: clean', 'clean'],
    ['Drug screen results: clean\nNext appointment: Tuesday', 'clean'],
    ['Tox: dirty for opiates', 'dirty'],
    // A list item under a heading, and a label after a spaced dash, open their part of the line.
    ['Summary\n- UA results: clean\n', 'clean'],
    ['Labs - UA results: clean', 'clean'],
  ])('reads the colon as joining them: %s', (text, words) => expect(lang(text).map((f) => f.text)).toEqual([words]));
  it.each([
    'Requirements: clean driving record',
    'Results: clean install of the software',
    'Note: results will be shared. Clean the room.',
  ])('leaves other lines alone: %s', (text) => expect(alarms(lang(text))).toEqual([]));
});

describe('describing words joined by a comma', () => {
  it.each([
    ['Outreach to addicted, homeless veterans.', 'addicted, homeless veterans'],
    ['We serve 40 mentally ill, homeless adults a year.', 'mentally ill, homeless adults'],
  ])('reads the comma as "and": %s', (text, span) => expect(lang(text).map((f) => f.text)).toEqual([span]));
  it.each(['When he was addicted, young people looked up to him.', 'Once addicted, homeless adults find it hard to get housing.'])(
    'leaves a clause before the comma alone: %s',
    (text) => expect(alarms(lang(text))).toEqual([]),
  );
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

describe('a list of labels after a naming verb', () => {
  const flagged = (text: string) => alarms(lang(text)).map((f) => f.text);
  it.each([
    ['We do not call people addicts, junkies, alcoholics or abusers.', []],
    ['Never call anyone a junkie, a crackhead, or a drunk.', []],
    ['Please stop calling them psychos, lunatics and nutjobs.', []],
    // No closing "and" or "or": the comma parts two clauses, and the label is used.
    ["Don't call the police, addicts need help.", ['addicts']],
  ])('%s', (text, expected) => expect(flagged(text)).toEqual(expected));
});

describe('lists, names and counts read in the eighth session', () => {
  const flagged = (text: string) => alarms(lang(text)).map((f) => f.text);
  it.each([
    // A hyphenated last item, and a list closed by "and" without a comma after its first comma.
    ['Serving mentally ill, homeless, and justice-involved adults.', 'mentally ill, homeless, and justice-involved adults'],
    ['Outreach targets addicted, homeless and jobless youth.', 'addicted, homeless and jobless youth'],
    ['We serve mentally ill, unhoused, and jobless adults.', 'mentally ill, unhoused, and jobless adults'],
    // A count is not a title, though a year in brackets follows.
    ['We served 40 Addicts (2019).', 'Addicts'],
  ])('flags: %s', (text, span) => expect(flagged(text)).toEqual([span]));

  it.each([
    [
      'Outreach targets addicted, homeless and justice-involved youth.',
      'homeless and justice-involved youth with a substance use disorder',
    ],
    ['Serving mentally ill, homeless, and justice-involved adults.', 'homeless and justice-involved adults with mental health conditions'],
  ])('keeps the whole list in the rewrite: %s', (text, suggestion) => expect(lang(text)[0]?.suggestions[0]).toBe(suggestion));

  it('does not keep a clause\'s subject and verb as describing words ("The team serves mentally ill ...")', () => {
    expect(flagged('The team serves mentally ill, unhoused, and court-involved adults.')).toEqual([
      'mentally ill, unhoused, and court-involved adults',
    ]);
    expect(flagged("The county's poor and mentally ill wait weeks.")).toEqual(["The county's poor and mentally ill"]);
  });

  it.each([
    'Addicts Victorious meets Thursdays at 6 pm.',
    'The Junkie Diaries podcast is not ours.',
    'Addicts (2019) is a documentary about three families.',
    'Never write junkie or crackhead in a chart.',
    '"Addict" is a label that sticks.',
  ])('stays silent on: %s', (text) => expect(flagged(text)).toEqual([]));

  it.each([
    ['Addicts Find Hope At New Downtown Clinic', 'Addicts'],
    ['The Mentally Ill need housing.', 'The Mentally Ill'],
    ['An addict is a person who needs help.', 'An addict'],
  ])('still flags: %s', (text, span) => expect(flagged(text)).toEqual([span]));
});

describe('a table of words to avoid', () => {
  const flagged = (text: string) => alarms(lang(text)).map((f) => f.text);
  it.each([
    'Avoid\tUse\naddict\tperson with a substance use disorder\nclean\tin recovery',
    '| Say | Instead of |\n|---|---|\n| person with a substance use disorder | addict |',
  ])('reads a word under a heading that names what to avoid as listed: %s', (text) => expect(flagged(text)).toEqual([]));
  it.each([
    ['| Population | Count |\n|---|---|\n| addicts | 40 |', 'addicts'],
    ['| Instead of | Say |\n| junkie | person who uses drugs |\n\nWe served 40 addicts.', 'addicts'],
    ['| Say | Instead of |\n| addicts | people in recovery |', 'addicts'],
  ])('flags a word in another column or outside the table: %s', (text, span) => expect(flagged(text)).toEqual([span]));
});

describe('a list of what is said of a person', () => {
  it.each([
    ['Client is a frequent flier, med-seeking, noncompliant with follow-up.', true],
    ['Ability to work with difficult, non-compliant and manipulative clients.', true],
    ['Invoices that are late, incomplete, or noncompliant are returned.', false],
    ['The device, which is old, is noncompliant.', false],
  ])('%s', (text, flagged) => expect(lang(text).some((f) => f.ruleId === 'non-compliant')).toBe(flagged));
});

describe('a table of words to avoid pasted one cell a line', () => {
  const flagged = (text: string) => alarms(lang(text)).map((f) => f.text);
  it.each([
    'Instead of\nSay\naddict\nperson with a substance use disorder\nclean\nin recovery',
    'Say\n\nInstead of\n\nperson who uses drugs\n\njunkie\n\nnegative test\n\nclean UA',
    'Outdated terms\nBetter terms\nalcoholic\nperson with an alcohol use disorder',
    // An avoid heading alone heads a list, one word a line, up to the next heading.
    'Avoid:\nAddict\nJunkie\nUse:\nPerson who uses drugs',
    'Words to avoid:\n- addict\n- junkie\n- clean/dirty',
  ])('reads a cell under the avoid heading as listed: %s', (text) => expect(flagged(text)).toEqual([]));
  it.each([
    // A cell under the heading of words to use, a sentence after the table, one heading alone.
    ['Use\nAvoid\naddicts\npeople with substance use disorders', 'addicts'],
    ['Say\n\nInstead of\n\nperson who uses drugs\n\njunkie\n\nYou will meet many addicts.', 'addicts'],
    ['Avoid\nclean\nWe hired addicts.', 'addicts'],
    ['Avoid:\nAddict\nUse:\nPerson who uses drugs\nAddicts', 'Addicts'],
    ['Words to avoid:\n- junkie\n\nOur clients are addicts.', 'addicts'],
  ])('flags a word outside the avoid column: %s', (text, span) => expect(flagged(text)).toContain(span));
});

describe("a chart's abbreviation for a person", () => {
  it.each(['Pt is noncompliant with meds per nursing note.', 'Per nursing, pt remains noncompliant with the diet.'])('flags: %s', (text) =>
    expect(lang(text).map((f) => f.ruleId)).toContain('non-compliant'),
  );
  it.each([
    'PT role, 20 hours. Timesheets that are noncompliant with policy are returned.',
    'PT is noncompliant with the new billing code.',
  ])('reads "PT" in capitals as no person: %s', (text) => expect(alarms(lang(text))).toEqual([]));
});

describe('a denial followed by who the person is', () => {
  it.each([
    "He isn't an addict. He is a father with an opioid use disorder.",
    'She is not an alcoholic. She is a woman with a disease.',
    "My friend Dave wasn't a junkie. He was a dad with a disease.",
  ])('stays silent when the next sentence is about the same person: %s', (text) => expect(alarms(lang(text))).toEqual([]));
  it.each([
    ["He isn't an addict. She was a mother with three kids and a job.", 'an addict'],
    ['She is not an alcoholic. He is a man with a disease.', 'an alcoholic'],
  ])('flags it when the next sentence is about someone else: %s', (text, span) => expect(lang(text).map((f) => f.text)).toContain(span));
});

describe('a suggestion keeps every substance it names', () => {
  it.each([
    ['Drug and alcohol users are welcome at the drop-in.', 'People who use drugs or alcohol'],
    ['We surveyed 200 alcohol and drug users.', 'people who use drugs or alcohol'],
    ['Heroin and crack users are offered naloxone.', 'People who use drugs'],
  ])('%s', (text, suggestion) => expect(lang(text)[0]?.suggestions[0]).toBe(suggestion));
});

describe("names of businesses, old institutions and authors' initials", () => {
  it.each([
    'Our fundraiser at Crazy Mountain Brewery raised $4,000.',
    'In 1890 the state opened the Eastbrook Insane Asylum, now a museum.',
    'Until 1910 the hospital was called the State Lunatic Asylum.',
    'Read Junkie by William S. Burroughs for the history seminar.',
    'Recommended: Junkie by W. S. Burroughs',
  ])('stays silent on: %s', (text) => expect(alarms(lang(text))).toEqual([]));
  it.each([
    ['The Insane Asylum Tour is a local fundraiser.', 'Insane Asylum'],
    ['He worked at an insane asylum for a year.', 'an insane asylum'],
    ['Junkies Arrested by City Police after raid', 'Junkies'],
    ['Addicts Helped by Local Church', 'Addicts'],
    ['Crazy Mountain Brewery', 'Crazy'],
  ])('still flags: %s', (text, span) => expect(alarms(lang(text)).map((f) => f.text)).toContain(span));
});

describe('a guard for a word said of someone does not silence a label on a person noun', () => {
  it.each([
    ['Teens who are suicidal; many are anorexic girls.', 'anorexic girls'],
    ['They are schizophrenic patients from the state hospital.', 'schizophrenic patients'],
  ])('flags: %s', (text, span) => expect(lang(text).map((f) => f.text)).toContain(span));
  it.each(['She is anorexic and in treatment.', 'Some anorexic behaviors are hard to spot.'])('stays silent on: %s', (text) =>
    expect(lang(text).filter((f) => f.ruleId === 'anorexic-noun')).toEqual([]),
  );
});
