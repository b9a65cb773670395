// Round 26e (issue 9, classes 1, 2, 3 and 5): short texts as job seekers meet them. A staffing
// agency's "POSITION BRIEF" is a posting; "parents who have been there" mentions lived experience;
// a crisis stabilization unit and a WRAP group are mental health work; proof of months of sobriety
// asks for proof of recovery; peer work worded briefly ("help run our peer group", "share what has
// worked for you", "help them reach services", "share your recovery") is peer work, and a board's
// list of similar jobs names none of this job's work.
// Each case failed on the session's start commit (01b02e7) except the guards, which say so.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('short texts', () => {
  it('a staffing agency\'s "POSITION BRIEF" is a posting, not a policy brief', () => {
    const text = [
      'POSITION BRIEF - FOR CANDIDATE SUBMISSION',
      'Northline Staffing | Health Care Division',
      '',
      'Title: Peer Recovery Specialist (Emergency Department)',
      'Rate: $23.50/hr W2, 13-week contract to hire',
      '',
      'Must-haves:',
      '- State peer recovery certification',
      '- Personal recovery from alcohol or drug use',
    ].join('\n');
    const r = analyze(text);
    expect(r.document.kind).toBe('peer-posting');
  });
  it('guard (passed before): an issue brief about peer work stays a document', () => {
    const text = [
      'Issue Brief: Paying Peer Support Specialists a Living Wage',
      '',
      'Peer support specialists earn less than other direct care staff in most counties. This brief sets out why, and what funders can do.',
    ].join('\n');
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
  it('"our parent peers are moms and dads who have been there" mentions lived experience', () => {
    const text = [
      'Now hiring: Parent Peer Support Specialist, full-time at $20/hr.',
      '',
      'Our parent peers are moms, dads and grandparents who have been there: they know the school meetings and the waiting lists.',
      '',
      'What you need: a high school diploma plus two years working with families. Email careers@example.org.',
    ].join('\n');
    expect(analyze(text).livedExperience.status).toBe('mentioned');
  });
  it('a crisis stabilization unit and a WRAP group make a peer job mental health work', () => {
    const text = [
      'hey, it is Dana from Eastlake! we just got 2 more peer specialist openings at our crisis stabilization unit for adults.',
      '- $21/hr, full time, three 12s',
      '- sitting with folks in crisis and helping them plan for after they leave',
      '- lived experience required',
      'thought of you and your WRAP group. apply on our site under careers',
    ].join('\n');
    expect(analyze(text).role.category).toBe('adult-mental-health');
  });
  it('"proof of at least 12 months of sobriety" asks for proof of recovery', () => {
    const text = [
      'Peer Recovery Supporter - Eastlake Clinic - $19/hr',
      '',
      'Requirements: in personal recovery from drug or alcohol use, with proof of at least 12 months of sobriety. State certification required.',
    ].join('\n');
    expect(ruleIds(text)).toContain('inquiry-clinician-letter');
  });
});

describe('peer work worded briefly', () => {
  const posting = (line: string) =>
    [
      'Peer Support Specialist',
      'Eastlake Health - $20 an hour, full time. Apply online.',
      '',
      'Qualifications',
      '- Personal recovery from mental health challenges',
      '',
      'Duties',
      `- ${line}`,
    ].join('\n');
  it.each([
    'Help run our Thursday evening peer group and the monthly hike.',
    'Lead recovery and coping-skills groups on the unit.',
    'Listen, and share what has worked for you.',
    'Help veterans reach VA and community services for housing and benefits.',
    'Spend time with residents, share your recovery, support meeting attendance.',
  ])('peer work: %s', (line) => expect(ruleIds(posting(line))).not.toContain('role-no-peer-competencies'));
  it.each(['Bring your recovery coach badge to each shift.', 'Run the staff working group on scheduling.'])(
    'guard (passed before): no peer work named: %s',
    (line) => expect(ruleIds(posting(line))).toContain('role-no-peer-competencies'),
  );
  it('a board\'s "Similar jobs" list names no work of this job', () => {
    const text = [
      'Family Partner - Wraparound',
      'Sunvale Family Services · $19.75/hr · Full-time',
      '',
      '• HS diploma or GED required',
      "• Valid driver's license",
      '',
      'Apply by uploading your resume.',
      '',
      'Similar jobs: Wraparound Facilitator · Case Manager · Youth Peer Mentor',
    ].join('\n');
    expect(ruleIds(text)).toContain('role-no-peer-competencies');
  });
});
