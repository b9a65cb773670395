// What a page carries around a posting, and a posting hard-wrapped at a fixed width, read as the
// plain posting is: a site's header controls and share buttons are no title and no mark of an
// offer, a breadcrumb to the careers pages offers no job, and a wrapped paragraph keeps its
// sentences, its names, its headings and its references whole. Each case failed before these
// readings, except the guards: a part of the site heading the page, a greeting's comma, and a
// title-case heading over a sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { isMenuLine, structureOf, wrappedFromAbove } from '../../src/core/text/document-structure.js';
import { tokenize } from '../../src/core/text/tokenize.js';

beforeAll(loadPartsOfSpeech);

const judged = (text: string) => {
  const r = analyze(text);
  return { peer: r.role.isPeerRole, kind: r.document.kind, category: r.role.category, lived: r.livedExperience.status };
};
const structure = (text: string) => {
  const s = structureOf(text, tokenize(text), null);
  return { sentences: s.sentences.map((x) => text.slice(x.start, x.end)), headings: s.headings.map((h) => h.text) };
};

const POSTING = [
  'Family Recovery Coach',
  '',
  'Northgate Counseling is hiring a Family Recovery Coach to walk alongside parents and partners whose relatives live with a substance use disorder.',
  '',
  'Requirements',
  '- Personal experience as the family member of someone in recovery from addiction.',
  '- Willingness to share your story with the families you meet.',
  '',
  'Pay: $21 an hour, 32 hours a week. Apply with a resume and a short letter.',
].join('\n');

describe("a site's header, breadcrumb and share buttons", () => {
  it('header controls on lines of their own are no title', () => {
    for (const control of ['Menu', 'Search', 'Sign in', 'Log in', 'Toggle navigation', 'Sign in   |   Create account'])
      expect(isMenuLine(control), control).toBe(true);
    expect(judged(`Menu\nSearch\n\n${POSTING}`)).toEqual(judged(POSTING));
    expect(judged(POSTING)).toMatchObject({ peer: true, kind: 'peer-posting', lived: 'required' });
  });
  it('the page itself may still be headed by a part of the site', () => {
    expect(isMenuLine('Careers')).toBe(false);
    expect(isMenuLine('Our Services')).toBe(false);
  });
  it('a row of share buttons is no mark of a job offer', () => {
    expect(isMenuLine('Share this job: Email  Facebook  LinkedIn')).toBe(true);
    expect(isMenuLine('Share: Facebook | X | Copy link')).toBe(true);
    expect(isMenuLine('Share your story with the families you meet')).toBe(false);
    const guide = [
      'What a Family Recovery Coach Does',
      '',
      'A family recovery coach is someone with personal experience of a relative’s addiction who helps other families find their footing. Coaches listen, share what helped them, and point families to support groups in their town.',
      '',
      'Many coaches complete a 30-hour training before they start, and most programs pair new coaches with an experienced one.',
    ].join('\n');
    expect(judged(`${guide}\n\nShare this job: Email  Facebook  LinkedIn\n`).kind).toBe(judged(guide).kind);
    expect(judged(guide).kind).toBe('about-peer-work');
  });
  it('a breadcrumb to the careers pages offers no job of its own', () => {
    const guide = [
      'How Certification Works',
      '',
      'A certified recovery coach is someone in long-term recovery who has finished the state training and passed its exam. This page explains each step, from the course to the written test.',
      '',
      'Coaches renew their certificate every two years.',
    ].join('\n');
    expect(judged(`Home › Careers › Open Positions\n\n${guide}`).kind).toBe('about-peer-work');
  });
});

describe('a paragraph hard-wrapped at a fixed width', () => {
  it('a comma at a line end goes on into the next line, capitalized or not', () => {
    const text =
      'Peer mentors walk with people who are working through depression, anxiety,\npsychological trauma or alcohol and drug use, in the clinic and at home,\nCrisis Stabilization Units and shelters included.';
    expect(structure(text).sentences).toHaveLength(1);
  });
  it('a short line after a comma, as a greeting, still starts anew', () => {
    expect(structure('Dear applicant,\nThank you for your interest in the role.').sentences).toHaveLength(2);
  });
  it('a line that opens on a series ("Services, Quality ...") is no heading and no item', () => {
    const text =
      'The Health Division runs four service areas: Older Adult Behavioral Health, Child and Family\nServices, Community Wellness Programs, the Crisis and Stabilization Services\nOffice, and Housing and Reentry Services. Together they serve the county.';
    expect(structure(text).headings).toEqual([]);
    expect(structure(text).sentences).toHaveLength(2);
    expect(
      wrappedFromAbove(
        'areas: Older Adult Behavioral Health, Child and Family',
        'Services, Community Wellness Programs, the Crisis Office',
      ),
    ).toBe(true);
  });
  it('a name wrapped over lines stays one name and no heading', () => {
    const text =
      'The post is split between two sites under one director: about 20 hours at Eastbrook Family\nCounseling Center; about 12 hours at the Riverside Psychiatric Rehabilitation\nProgram and its drop-in space. Supervision comes from the director.';
    const { headings, sentences } = structure(text);
    expect(headings).toEqual([]);
    expect(sentences[0]).toMatch(/Eastbrook Family\nCounseling Center$/);
    expect(sentences[1]).toMatch(/Riverside Psychiatric Rehabilitation\nProgram and its drop-in space$/);
  });
  it('a title-case heading over a sentence stays a heading', () => {
    const text =
      'About the Agency\n\nJoin Us: Peer Specialists for the Harbor Street Drop-In Center\nDo you want to put your own recovery to work for others? We are hiring two peer specialists.';
    expect(structure(text).headings).toContain('Join Us: Peer Specialists for the Harbor Street Drop-In Center');
  });
  it("a sentence's last words in lower case on a line of their own are no heading", () => {
    const text =
      'MINIMUM QUALIFICATIONS\nCandidates who do not meet each of these qualifications will not be\nconsidered:\n1. Lived experience of psychiatric illness and of recovering from it.';
    expect(structure(text).headings).toEqual(['MINIMUM QUALIFICATIONS']);
  });
  it('a posting read from its wrapped form keeps its requirement and its duties', () => {
    const posting = [
      'PEER SUPPORT SPECIALIST',
      '',
      'MINIMUM QUALIFICATIONS',
      'Applicants who cannot show each of the qualifications below will not be',
      'interviewed:',
      '1. Your own lived experience of recovering from psychiatric illness, as an',
      'adult.',
      '2. A high school diploma or a GED.',
      '',
      'DUTIES',
      '- Meet with adults at the clinic and in the community, and help them',
      'set goals of their own.',
      '- Check that each client takes every dose, and report',
      'non-compliant clients to the psychiatrist.',
      '',
      'Pay is $20 an hour. Apply online.',
    ].join('\n');
    const r = analyze(posting);
    expect(r.livedExperience.status).toBe('required');
    expect(r.findings.map((f) => f.ruleId)).toContain('duty-report-on-people');
  });
  it('a line that opens with "The" and runs on past a job name is a sentence, not one of several jobs', () => {
    const posting = [
      'POSITION SUMMARY',
      '',
      'The Harbor ACT program is a treatment service that',
      'meets people where they live.',
      'It serves adults living with serious mental illness in the county and nearby towns.',
      'The Peer Specialist will work 30 hours a week (.75 FTE) on the team',
      'beside the people served, their',
      'relatives and every other staff member. The Peer Specialist has a',
      'role of their own on the team.',
      'The Peer Specialist uses that lived experience to add to',
      'care planning for each',
      'person and helps the team build a culture of hope and respect.',
      'The Peer Specialist can give the team a way of working that keeps',
      'attention on the strengths',
      'each person brings to a path of recovery and a life in the community.',
    ].join('\n');
    expect(judged(posting)).toMatchObject({ peer: true, kind: 'peer-posting', category: 'adult-mental-health' });
  });
  it('a reference wrapped over lines is quoted, not flagged', () => {
    const text = [
      'Further reading',
      'Lund PT, Ames R. Helping Alcoholics and Their Families Find Their Way:',
      'A Guide for Counselors. Riverbank Press,',
      '2011.',
    ].join('\n');
    expect(analyze(text).findings.filter((f) => f.family === 'language')).toEqual([]);
    expect(analyze('Helping alcoholics and their families is what we do.').findings.some((f) => f.family === 'language')).toBe(true);
  });
});

describe('the first lines, the list items and the headings of a page copied in another form', () => {
  it('a first line too long for a title still names the job', () => {
    const posting = [
      'Health Coverage Navigator (Bilingual English/Portuguese) - Harborview Family Services - Lowell area - $19.75-$22.50/hr - full time',
      '',
      'Families new to the country often lose coverage over one missed letter. As a navigator you sit down with them, check what they qualify for, file the forms online and take calls on the coverage line. Some people need more than coverage: you connect them to partner clinics for primary care, counseling and peer support.',
      '',
      'Need: high school diploma, bilingual, the state navigator exam within 30 days. Medical, dental, 401(k). EOE.',
    ].join('\n');
    expect(judged(posting)).toMatchObject({ peer: false, kind: 'non-peer-posting' });
    expect(judged(`Home > Jobs > Community Services\n\n${posting}`)).toEqual(judged(posting));
  });
  it('duties on bare lines that name other staff are no list of jobs', () => {
    const posting = [
      'Peer Navigator - Primary Care Integration',
      'Lakeshore Health is looking for a peer navigator to walk beside patients who struggle to stay connected to care.',
      '',
      'What you will do',
      'Meet patients in the waiting room and at home and listen to what they want from their care',
      'Share bits of your personal recovery story whenever that helps the person sitting with you',
      'Coordinate with care managers, social workers and nurses',
      'Help patients keep appointments and get to the ones that matter to them',
      'Connect people to housing, food banks and recovery meetings of their choice',
      '',
      'What you bring',
      'Personal lived experience of getting through a psychiatric or addiction crisis and into recovery',
      'A high school diploma or GED',
      '',
      'Full-time, $20.50 an hour.',
    ].join('\n');
    expect(judged(posting)).toMatchObject({ peer: true, kind: 'peer-posting', lived: 'required' });
  });
  it('a title wrapped onto the next line is read whole', () => {
    const text =
      'Thinking about becoming a peer specialist? Some answers to the questions\nwe hear most often\n\nWho can become one? Anyone with lived experience of recovery who finishes the state training. What does the training cost? The course is free for state residents.';
    const s = structureOf(text, tokenize(text), null);
    expect(text.slice(s.title!.start, s.title!.end)).toBe(
      'Thinking about becoming a peer specialist? Some answers to the questions\nwe hear most often',
    );
    expect(judged(text).kind).toBe('about-peer-work');
  });
  it('a screening question wrapped over lines still offers "prefer not to answer"', () => {
    const posting = [
      'Peer Support Specialist',
      'Clearwater County Behavioral Health - $24 an hour',
      '',
      'Provide peer support to adults in the county crisis program and share your own recovery when it helps.',
      '',
      'Screening questions',
      '1. Do you hold a state peer certification? Yes / No',
      '2. Do you identify as someone who has lived experience with psychiatric illness or',
      'an addiction, now in recovery? Yes / No / Prefer not to',
      'answer',
    ].join('\n');
    expect(judged(posting).lived).toBe('mentioned');
  });
  it('in a page copied without blank lines, a heading under a list or a header line still heads its section', () => {
    const posting = [
      'Recovery Coach',
      'Eastgate Recovery Center | Eastgate, OH | Full-time | $21 - $24 per hour',
      'About us',
      'Eastgate Recovery Center was founded by neighbors in recovery and their relatives, and they still run it today.',
      'What you will do',
      '- Meet members where they are and help them plan their own recovery',
      '- Other duties as assigned by the Program Director',
      'Requirements:',
      '- At least two years of your own recovery from a substance use disorder',
      '- High school diploma or GED',
    ].join('\n');
    const { headings } = structure(posting);
    expect(headings).toEqual(expect.arrayContaining(['About us', 'Requirements']));
    expect(judged(posting)).toMatchObject({ peer: true, lived: 'required' });
  });
});
