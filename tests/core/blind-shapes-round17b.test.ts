// Shapes met in an opened blind set (blind35, near misses both ways), rewritten in our own words
// (session 17). A grant's progress report under its project's name and a workforce framework are
// documents about peer work; a job whose title ends in "Guide" is a job when pay sits under the
// employer's line or label lines under the title say whom it reports to (and that supervisor is
// not the job); a conversational posting with no title that requires recovery "themselves" is a
// peer posting; "spent years suffering from", people "non-compliant with attendance
// requirements" and a request to list one's diagnoses are read. Guards (they passed before this
// round and are kept): "it has to be said" asks nothing; a guide's page with a pay table further
// down; a "Recovery Support Partner" is a peer job; an agency non-compliant with state reporting
// requirements; working alongside therapists. Words in brackets inside a phrase are read past
// ("have loved someone (a spouse, a parent) through their addiction"); the relatives or parents one
// talks with who have done so are the people served, not the applicant.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('documents about peer work', () => {
  it("a grant's progress report under its project's name", () => {
    const text =
      'COMMUNITY PEER RECOVERY SUPPORT PILOT PROJECT\nSecond Year Progress Report to the County Board of Health\nGrantee: Harbor Light Recovery Network | Period: July 1 - June 30\n\n1. OVERVIEW\nThe pilot placed certified peer recovery specialists in two emergency rooms and one jail this year. It served 180 people.\n\n2. STAFFING\nThe budget pays for 5.0 FTE peer specialists. Postings that gave the pay range and asked for lived experience of recovery drew more applicants than last year.\n\n3. NEXT YEAR\nThe network will add a peer supervisor and report to the Board in June.';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
  it('a workforce framework', () => {
    const text =
      'Peer Workforce Framework for County Behavioral Health Services\nSection 3: Hiring\n\n3.1 Designated peer positions\nDesignated peer posts list personal experience of mental health recovery as an essential requirement of the role. Services should state the perspective required and the salary range in every posting.\n\n3.2 What not to ask\nInterview panels must not ask applicants about diagnoses or hospital stays.';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
});

describe('a job whose title ends in "Guide"', () => {
  it('with pay under the employer line', () => {
    const text =
      'RECOVERY GUIDE\nSouthgate Recovery Community Center\nMarlow, Oregon - Part-time - $20.50/hour\n\nWe are a peer-led recovery center. Our guides meet people where they are.\n\nWHAT YOU WILL DO\n- Talk with people who walk in and help them plan their next step.\n- Lead a weekly all-recovery group.\n\nWHAT YOU NEED\n- Your own recovery from a substance use disorder.\n\nTo apply, email two or three sentences about yourself to jobs@southgaterecovery.org.';
    expect(analyze(text).document.kind).toBe('peer-posting');
  });
  it('with label lines that say whom it reports to', () => {
    const text =
      'Community Guide II\nDepartment: Adult Services\nLocation: Hillcrest Clinic\nStatus: Full-time\nReports to: Clinical Supervisor, Adult Services\n\nPosition Summary\nThe Community Guide II supports adults in the Adult Services program. Most of our guides bring their own experience of recovery from depression, anxiety or psychosis to this work.\n\nDuties\n- Help members set their own goals and link them to community resources.\n\nMinimum Qualifications\n- High school diploma and two years of human services experience.\n\nStarting pay $18.25 per hour.';
    const r = analyze(text);
    expect(r.document.kind).toBe('peer-posting');
    expect(r.livedExperience.status).toBe('mentioned');
  });
  it("a guide's page with a pay table further down is still a guide", () => {
    const text =
      'A Guide to Peer Support Careers in the State\nPublished by the State Peer Workforce Council\n\nPeer specialists work in clinics, hospitals and recovery centers. This guide explains how to get certified and what the work pays.\n\nWhat peer specialists earn\nMost peer specialists in the state earn $17 to $24 an hour.\n\nHow to become certified\nComplete the 40-hour training and pass the state exam.';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
});

describe('a conversational posting with no title', () => {
  const opening =
    "Okay, here's the thing. Maple Street Recovery Cafe is hiring someone for weekday shifts behind our counter and in the lounge. We serve coffee and host meetings upstairs.\n\nMost of the day you chat with whoever comes in and, if it helps them, share a piece of your own road.\n\n";
  it('requires recovery "themselves"', () => {
    const r = analyze(
      `${opening}Our one must-have: applicants have to be in recovery themselves from a drug or alcohol problem.\n\nPay is $18 an hour.`,
    );
    expect(r.document.kind).toBe('peer-posting');
    expect(r.livedExperience.status).toBe('required');
  });
  it('"it has to be said" asks nothing of the applicant', () => {
    const r = analyze(
      'Peer Support Worker\nMaple Street Recovery Cafe | $18 an hour\n\nDuties\n- Talk with people who walk in.\n\nIt has to be said that many of our staff are in recovery from addiction.',
    );
    expect(r.livedExperience.status).toBe('mentioned');
  });
});

describe('titles', () => {
  it('a Recovery Support Partner is a peer job', () => {
    const text =
      'Recovery Support Partner - Adult Inpatient Unit\nNorthfield Medical Center | Full-time\n\nResponsibilities\n- Talk with patients about their goals and plans for discharge.\n- Lead daily wellness groups.\n\nQualifications\n- High school diploma.\n- Lived experience of mental health recovery is a plus.';
    expect(analyze(text).document.kind).toBe('peer-posting');
  });
});

const post = postingWithDuty;

describe('language and inquiries in real use', () => {
  it('"spent years suffering from" a condition', () => {
    expect(ruleIds(post('Our trainees have spent years suffering from depression and now help others.'))).toContain('suffering-from');
  });
  it('people non-compliant with attendance requirements', () => {
    expect(ruleIds(post('Phone residents who are non-compliant with group attendance requirements.'))).toContain('non-compliant');
  });
  it('an agency non-compliant with state reporting requirements is no label', () => {
    expect(ruleIds(post('Help the program fix reports found non-compliant with state reporting requirements.'))).not.toContain(
      'non-compliant',
    );
  });
  it('a request to list mental health or substance use diagnoses is a prohibited inquiry, not a duty', () => {
    const ids = ruleIds(
      post('Greet people at the door.').replace(
        'Qualifications\n',
        'Application questions\n1. List your substance use or mental health diagnoses and when each was made.\n\nQualifications\n',
      ),
    );
    expect(ids).toContain('inquiry-diagnosis');
    expect(ids).not.toContain('duty-diagnose');
  });
  it('working alongside therapists fills no staff gap', () => {
    expect(ruleIds(post('Work alongside our therapists, and lead your own groups when a coworker is out.'))).not.toContain(
      'duty-filling-staff-gaps',
    );
  });
});

describe('words in brackets inside a phrase', () => {
  const familyJob = (need: string) =>
    `Family Recovery Coach\nRiverside Recovery Center | $20 an hour\n\nDuties\n- Talk with families who call or walk in.\n\nWhat you need\n- ${need}`;
  it('a relative loved through their addiction, the relatives listed in brackets', () => {
    const r = analyze(familyJob('You have loved someone (a spouse, a parent, an adult child) through their addiction.'));
    expect(r.livedExperience.status).toBe('required');
    expect(r.livedExperience.specific).toBe(true);
  });
  it('parents one talks with who have raised a child with a condition are not the applicant', () => {
    expect(
      analyze(
        familyJob('A high school diploma.').replace(
          'Talk with families who call or walk in.',
          'Talk with parents who have raised a son with depression.',
        ),
      ).livedExperience.status,
    ).toBe('absent');
  });
  it('the people served who have done so are not the applicant', () => {
    expect(
      analyze(
        familyJob('A high school diploma.').replace(
          'Talk with families who call or walk in.',
          'Talk with relatives who have loved someone (a son, a sister) through addiction.',
        ),
      ).livedExperience.status,
    ).toBe('absent');
  });
});
