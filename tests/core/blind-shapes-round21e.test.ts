// Shapes met in an opened blind set (session 21: a mixed collection as copied out of a browser),
// rewritten in our own words. Read now: a review site's menu whose sections stand two spaces apart
// beside a wider gap; a social group's post with its comments; a job board's similar jobs, each
// job's name on a line of its own like a heading; a letter from one's GP; a hospital stay
// "preferred"; "now high functioning enough"; taking copays. Guards: the duties of the posting
// above the similar jobs are still read. Checked against the session's start: the guard passed
// there too.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds, postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('pages copied out of a browser', () => {
  it("a review site's menu is no title: the posting under it is read", () => {
    const r = analyze(
      'Jobsite: WorkPeek\nCompanies  Salaries  Jobs  Interviews          Sign In\n\nPine Hollow Clinic  3.4\nPeer Support Specialist\nWilson, NC\n$15.50 - $17.00 Per Hour\n\nJob Description\nThe clinic wants a Peer Support Specialist for its front desk crew.\n\nResponsibilities:\n- Welcome clients and cover the front desk phone line\n- Take copays at check-in\n\nRequirements:\n- State peer support certification',
    );
    expect(r.document.kind).toBe('peer-posting');
    expect(r.findings.map((f) => f.ruleId)).toContain('duty-clerical');
  });

  it("a social group's post and its comments are about peer work", () =>
    expect(
      analyze(
        'Recovery Friends of the Valley\nPrivate group · 2.3K members\n\nPosting for someone who asked to stay anonymous:\n\n"I have a year in recovery and people say I would make a good recovery coach. Is it a real job?"\n\n41 comments\nMost relevant\n\nDee Marsh\nI did the coach training last spring. Full time at a clinic now, $21 an hour.\nLike · Reply · 3h',
      ).document.kind,
    ).toBe('about-peer-work'));

  it("a job board's similar jobs, each name on its own line, add no duties to the posting", () => {
    const text =
      'Peer Support Specialist\nMaple Grove Services | $19 an hour | Full-time\n\nDuties\n- Offer one-to-one peer support.\n\nQualifications\n- Lived experience of mental health recovery is required.\n\n[Apply now]\n\nSimilar jobs\n\nResidential Aide - Night Shift\nBirchwood House - Dayton, OH\n$16.00 an hour\n- Do bed checks, collect urine screens and enforce house rules\nEasily apply\n\nIntake Worker\nRiver Counseling - Akron, OH\n- Complete intake assessments';
    const ids = ruleIds(text);
    expect(ids).not.toContain('duty-drug-testing');
    expect(ids).not.toContain('duty-clinical-assessment');
  });
  it('the posting above similar jobs keeps its own duties (guard)', () => {
    const text =
      'Peer Support Specialist\nMaple Grove Services | $19 an hour | Full-time\n\nDuties\n- Offer one-to-one peer support.\n- Collect urine screens from residents.\n\nQualifications\n- Lived experience of mental health recovery is required.\n\nSimilar jobs\n\nIntake Worker\nRiver Counseling - Akron, OH';
    expect(ruleIds(text)).toContain('duty-drug-testing');
  });
});

describe('what a posting asks', () => {
  it('a letter from your GP is a clinician letter', () =>
    expect(ruleIds(postingWithQualification('You will need a letter from your GP about your mental health.'))).toContain(
      'inquiry-clinician-letter',
    ));
  it('a psychiatric hospital stay "preferred" still asks about hospitalization', () =>
    expect(ruleIds(postingWithQualification('A history of psychiatric hospitalisation is preferred.'))).toContain(
      'inquiry-hospitalization',
    ));
});

describe('duties and language', () => {
  it('taking copays is clerical work', () => expect(ruleIds(postingWithDuty('Take copays at check-in.'))).toContain('duty-clerical'));
  it('"now high functioning enough" said of people is a functioning label', () =>
    expect(languageRuleIds('Coaching fits applicants who are now high functioning enough for shift work.')).toContain('high-functioning'));
});
