// Round 26b (issue 9, classes 1, 2, 5 and 6): the materials an advocate audits. A newsletter that
// carries a whole posting under a line offering a named job is that posting; a guide to fixing
// "your job posting", an onboarding checklist whose fields are blank and a monitoring report are
// documents; a hiring event's flyer that names employers and then their openings lists jobs. A duty
// line with "required services" asks nothing of the applicant; "That's really the only requirement"
// after the experience makes it the only qualification; a screening test's name is a name; billing
// forms for one's own visits and simple data entry as a skill are no clerical cover, restocking the
// lobby's pamphlets is. The checklist and the flyer read the same in another form (round 26h: with
// Windows line ends, without their bullets).
// Each case failed on the session's start commit (01b02e7) except the guards, which say so; the
// other forms failed on round 26g's commit (a8e22d3).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const kind = (text: string) => analyze(text).document.kind;

/** An orientation checklist whose first lines are blank fields side by side. */
const CHECKLIST = [
  'BRIGHTWATER RECOVERY HOUSE',
  'NEW RECOVERY COACH ORIENTATION CHECKLIST (First Month)',
  '',
  'Coach name: ________________   Start date: __________',
  '',
  'WEEK 1 - SETTLING IN',
  '[ ] Badge, timesheet and parking',
  '[ ] Meet the peer team at Monday lunch',
  '',
  'WEEK 2 - LEARNING THE ROLE',
  '[ ] Shadow a senior coach on two groups',
];

/** A hiring event's flyer: each line an employer, then its openings after a spaced dash. */
const FLYER_OPENINGS = [
  'Westgate Health - Peer Support Specialists (Crisis Unit, Youth Services) and Respite Peer Specialists at Harbor House. $19.80-$24.10/hr',
  'Maple Recovery Center - Recovery Coaches for the emergency room and the drop-in, part-time. $20.00/hr',
  'Riverside Family Services - Parent Partners and Youth Mentors for the school program. $21.40-$26.00/hr',
];
const flyer = (openings: readonly string[]) =>
  [
    '*** RECOVERY CAREERS HIRING EVENT ***',
    'Your lived experience is welcome here!',
    '',
    'Saturday, March 8 | 10 a.m. - 2 p.m., Westgate Library',
    '',
    "WHO'S HIRING",
    ...openings,
    '',
    'Bring a few copies of your resume. Westgate Library is an equal opportunity employer.',
  ].join('\n');

describe('what an agency page is', () => {
  it('a newsletter with a whole posting under "We\'re Hiring: <job>" is that posting', () => {
    const text = [
      '# The Harbor Light',
      '### News from Harbor Light Clubhouse | Autumn Issue',
      '',
      '## From the director',
      'Our roof is fixed and the pottery wheel is back. Thank you all.',
      '',
      '## Member corner',
      'Ray has led the Thursday walking group for a year now.',
      '',
      "## We're Hiring: Peer Support Specialist (one position, 28 hrs/week)",
      '',
      '**What the job is:**',
      '* Spend time with members one to one on the goals they pick',
      '* Co-lead the evening wellness group',
      '',
      '**What you bring:**',
      '* Your own recovery from mental health challenges, and a wish to talk about it',
      '',
      '**Pay:** $18.75/hour with health insurance. The specialist reports to our Program Lead.',
      '',
      'Send a short letter about yourself to jobs@harborlight.example by October 30.',
    ].join('\n');
    const r = analyze(text);
    expect(r.document.kind).toBe('peer-posting');
    expect(r.livedExperience.status).toBe('required');
  });
  it('guard (passed before): a two-line opening at the end of a newsletter stays part of it', () => {
    const text = [
      'NORTHBANK RECOVERY CENTER - WINTER NEWSLETTER',
      '',
      'From the director',
      'We opened a second drop-in room this winter.',
      '',
      'Job opening: Recovery Coach',
      'Part-time, $19 an hour. We welcome applicants in recovery.',
    ].join('\n');
    expect(kind(text)).toBe('about-peer-work');
  });
  it('a guide titled "... for Your Peer Job Posting" is advice, not a job', () => {
    const text = [
      'Four Changes for Your Peer Job Posting',
      'A short guide for hiring managers.',
      '',
      '1. Ask for lived experience as a requirement',
      'Before: "Lived experience a plus." After: "Required: your own recovery from mental health challenges."',
      '',
      '2. Publish the pay',
      'Postings with a wage range get more applicants. If you are hiring for several sites, name the range for each.',
    ].join('\n');
    expect(kind(text)).toBe('about-peer-work');
  });
  it('an onboarding checklist with blank fields side by side is a form, not a posting', () => {
    expect(kind(CHECKLIST.join('\n'))).toBe('about-peer-work');
  });
  it('... with Windows line ends too (round 26h)', () => {
    expect(kind(CHECKLIST.join('\r\n'))).toBe('about-peer-work');
  });
  it("a county's monitoring report on the postings it reviewed is a document", () => {
    const text = [
      'LAKEMONT COUNTY - OFFICE OF PEER SERVICES',
      'Contract Monitoring Report: Peer Job Postings Reviewed This Spring',
      '',
      'Summary',
      'We reviewed 18 postings from 7 providers. Four asked for lived experience only as "a plus" and were returned. Two listed no pay range.',
      '',
      'Requirement 2: pay',
      'Every posting must show a pay range. Providers that left it out added one before posting.',
    ].join('\n');
    expect(kind(text)).toBe('about-peer-work');
  });
  it.each([
    ['with its bullets', FLYER_OPENINGS.map((l) => `- ${l}`)],
    ['copied without its bullets (round 26h)', FLYER_OPENINGS],
  ])('a hiring event\'s flyer that lists employers and their openings under "WHO\'S HIRING" is a list of jobs, %s', (_form, openings) => {
    const r = analyze(flyer(openings));
    expect(r.document.kind).toBe('other');
    expect(r.role.isPeerRole).toBe(false);
  });
});

describe('lived experience in the materials', () => {
  it('"parents who are ... to engage in required services" in a duty line asks nothing of the applicant', () => {
    const text = [
      'Family Partner',
      'Pinecrest County Social Services - $40,100 a year, full time',
      '',
      'Duties',
      '- Encourages parents who are reluctant or behind on their case plan to take part in required services.',
      '- Teaches parenting skills from the agency curriculum.',
      '',
      'Minimum Requirements',
      'High school diploma plus two years working with children and families.',
    ].join('\n');
    expect(analyze(text).livedExperience.status).toBe('absent');
  });
  it('"Our entire peer team has lived experience" under the qualifications describes the team, it asks nothing', () => {
    const text = [
      'Peer Support Specialist',
      'Pay: $20 an hour. Apply online.',
      '',
      'Responsibilities',
      '- Meet people where they are and support the goals they choose',
      '',
      'Qualifications',
      '- High school diploma',
      '- Our entire peer team has lived through mental health struggles of its own.',
    ].join('\n');
    expect(analyze(text).livedExperience.status).toBe('mentioned');
  });
  it('"That\'s really the only requirement!" after the experience makes it the only qualification', () => {
    const text = [
      'Peer Support Guide',
      'Harbor Light Clubhouse - $18.75/hour. Apply by email.',
      '',
      'What the job is:',
      '* Spend time with members one to one on the goals they pick',
      '* Co-lead the evening wellness group',
      '',
      'What you bring:',
      "* Your own recovery from mental health challenges, and a wish to talk about it. That's honestly the only requirement!",
    ].join('\n');
    expect(ruleIds(text)).toContain('le-only-qualification');
  });
});

describe('language and duties in the materials', () => {
  it('"the Drug Abuse Screening Test" is an instrument\'s name', () => {
    const text = 'Peer staff never score tools like the Drug Abuse Screening Test or the PHQ-9; they support people in their own goals.';
    expect(ruleIds(text)).not.toContain('drug-abuse');
  });
  const posting = (line: string) =>
    [
      'Peer Support Specialist',
      'Pay: $20 an hour. Apply online.',
      'You will use your lived experience of recovery in this job.',
      '',
      'Responsibilities',
      `- ${line}`,
      '- Meet people where they are and support the goals they choose',
    ].join('\n');
  it.each([
    'Keep brief notes on the visits you make and complete the required billing forms.',
    'Comfortable with a tablet and simple data entry.',
  ])('no clerical cover: %s', (line) => expect(ruleIds(posting(line))).not.toContain('duty-clerical'));
  it("restocking the lobby's pamphlets and supplies is clerical busy work", () => {
    expect(ruleIds(posting('Restock pamphlets, intake forms and supplies in the lobby each morning.'))).toContain('duty-clerical');
  });
});
