// A posting read without its title (a job seeker selects only the body, issue 9 class 4): the job
// is what the body says it is, not the colleagues it names, the program it refers people to or an
// example in brackets; the page's second line of pay and hours is no document's title, and a
// rate of pay before a reporting line leaves that line a mark of the offer. Each case failed on
// the session's start commit except the guards, which say so.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const judged = (text: string) => {
  const r = analyze(text);
  return { peer: r.role.isPeerRole, kind: r.document.kind, category: r.role.category, lived: r.livedExperience.status };
};

describe('the job a body without its title names', () => {
  it('peer staff the job works with are its colleagues, in a list after "with" too', () => {
    const nurse = [
      'Full time, 12-hour night shifts. $44-$56 an hour. Sign-on bonus.',
      '',
      'Our 16-bed crisis unit cares for adults for a few days at a time after a crisis.',
      '',
      'You will:',
      '- Assess each adult on arrival and give medications as ordered',
      '- Plan discharges together with the peer specialists and the social workers',
      '- Keep the unit calm and safe around the clock',
      '',
      'Registered nurse license required. Apply today. EOE.',
    ].join('\n');
    expect(judged(nurse).peer).toBe(false);
    const manager = [
      'POSITION SUMMARY: Provides case management to 30 residents of our recovery housing program.',
      '',
      'DUTIES',
      '1) Complete intake assessments and service plans.',
      '2) Carry a caseload and document every contact.',
      '3) Liaise with parole, the shelters and our peer recovery coaches.',
      '',
      "Bachelor's degree required. Salary $48,000. Benefits include health and dental.",
    ].join('\n');
    expect(judged(manager).peer).toBe(false);
  });
  it('"not a therapy or peer support position" says what the job is not', () => {
    const text = [
      'Live-in house lead for a sober home of eight men. Free room and a $500 monthly stipend.',
      'You keep the house running: rent, groceries, chores and curfew.',
      'This is not a therapy or peer support position; the job is running the house.',
      'Text Dale at 555-0148 to apply.',
    ].join('\n');
    expect(judged(text).peer).toBe(false);
  });
  it('"peer" in a program\'s or a group\'s name is no job', () => {
    const text = [
      'Pay: $19.50 - $23.00/hr. Full time. EOE.',
      '',
      'Call every adult within a day of leaving the crisis unit and check in for 30 days.',
      'Duties',
      '- Make follow-up calls and visits and write up each contact',
      '- Point anyone interested toward the peer support program and the peer groups in town',
      '- Keep a caseload of 40 adults and update their safety plans',
    ].join('\n');
    expect(judged(text).peer).toBe(false);
  });
  it('a job named among examples in brackets is not the job', () => {
    const text = [
      '$18.50/hour · 15-20 hours a week · evenings',
      '',
      "Answer texts from young people who are having a hard night, and share what got you through yours. You'll point people to what can help (LGBTQ+ groups, school counselors, drop-in centers, housing help) when they ask.",
      '',
      'You are 18 to 25, with lived experience of mental health struggles that are your own. Training is paid. We are an equal opportunity employer.',
    ].join('\n');
    expect(judged(text)).toMatchObject({ peer: true, kind: 'peer-posting' });
  });
  it('guard: the peer role the body names as the job stays the job', () => {
    const text = [
      '$21 an hour · 30 hours a week',
      '',
      'As our Peer Recovery Coach you will walk with adults in early recovery and work alongside the clinic nurses.',
      'Requirements: two years of your own recovery from a substance use disorder. EOE.',
    ].join('\n');
    expect(judged(text)).toMatchObject({ peer: true, kind: 'peer-posting', lived: 'required' });
  });
});

describe('what the first lines of such a body are', () => {
  it('a line of pay and hours under the employer is no document title', () => {
    const text = [
      'Harborside Recovery Community Center (a recovery community organization run by its members)',
      '$20.50/hour · 32 hours/week · paid training, health stipend, 12 days PTO',
      '',
      'We are hiring a Recovery Coach to welcome members, run all-recovery meetings and walk with people in their first year.',
      '',
      'Requirements: at least two years of your own recovery from addiction. Apply with a short letter.',
    ].join('\n');
    expect(judged(text)).toMatchObject({ peer: true, kind: 'peer-posting', category: 'substance-use-recovery' });
  });
  it("a section heading under a line of the job's details is no document title", () => {
    const text = [
      'Northgate Community Services',
      'Location: main office and the community | 37.5 hours/week | $21.40/hr',
      '',
      'About the program',
      "Our Family Support Program stands beside the parents, partners and siblings of adults with psychiatric illness. The Family Peer Specialist helps them understand their loved one's care and find support.",
      '',
      'Requirements',
      '- Lived experience as the brother, sister, parent or partner of an adult living with psychiatric illness',
      '',
      'Reports to the Program Director. Full benefits.',
    ].join('\n');
    expect(judged(text)).toMatchObject({ peer: true, kind: 'peer-posting', category: 'family' });
  });
  it("a reporting line after a rate of pay is the job's", () => {
    const text = [
      'For thirty years Riverside Family Alliance has stood with families caring for a relative with mental illness. Our Family Advocate helps those families find their way.',
      '',
      'We want someone who has lived experience as the relative of a person living with psychiatric illness (this is required).',
      '',
      'This is a 24-hour-per-week position at $23 per hour, reporting to the Executive Director.',
    ].join('\n');
    expect(judged(text)).toMatchObject({ peer: true, kind: 'peer-posting' });
  });
});
