// Shapes met in an opened blind set (session 23: culturally specific and community-rooted peer
// work), rewritten in our own words. Read now: a "You must" heading over the qualifications; the
// years in recovery of someone already in a post, named before a comma and "who"; unannounced
// house checks; transportation for relatives; a child's hospitalization history asked for; and
// the guards: a psychological evaluation sent as proof of a child's diagnosis, individual and
// group supervision the peer gets. Checked against the session's start: all failed there except
// the one marked "(guard)" and the supervision the peer gets (in these words), which passed there
// too and are kept so they stay.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('lived experience', () => {
  it('a "You must" heading makes its items required', () => {
    const posting =
      'Youth Peer Advocate\nRiverbend Youth Center | $22 an hour\n\nDuties\n- Meet young people at the drop-in.\n\nYou must\n- Be 18 to 25 years old.\n- Have your own lived experience, as a young person, of mental health challenges or foster care.';
    expect(analyze(posting).livedExperience.status).toBe('required');
  });

  it("the years in recovery of someone already in a post are not the applicant's", () => {
    const posting =
      'Recovery Coach\nEastside Recovery Center | $21 an hour\n\nCoaches report to the Program Supervisor, who has 10 years in recovery.\n\nDuties\n- Meet people after an overdose.\n\nQualifications\n- Personal recovery experience preferred.';
    expect(analyze(posting).livedExperience.status).toBe('preferred');
  });

  it('a coach who has years in recovery is still asked for (guard)', () => {
    const posting =
      'Recovery Coach\nEastside Recovery Center | $21 an hour\n\nDuties\n- Meet people after an overdose.\n\nQualifications\n- A coach who has two years in recovery.';
    expect(analyze(posting).livedExperience.status).toBe('required');
  });

  it("a child's hospitalization history asked for is an inquiry", () =>
    expect(
      ruleIds(
        postingWithDuty('Talk with people.').replace(
          '- Personal',
          "- In your letter, explain your son's hospitalization history.\n- Personal",
        ),
      ),
    ).toContain('inquiry-hospitalization'));
});

describe('duties', () => {
  it.each([
    ['Make unannounced house checks on each mentee twice a month.', 'duty-visits-against-wishes'],
    ['Provide transportation for relatives to medical visits.', 'duty-transport'],
  ])('%j is %s', (line, id) => expect(ruleIds(postingWithDuty(line))).toContain(id));

  it.each([
    ["Applicants send proof of their child's diagnosis, such as a school plan or a psychiatric evaluation.", 'duty-clinical-assessment'],
    ['Get weekly individual and group supervision from a peer supervisor.', 'duty-transport'],
  ])('%j is not %s', (line, id) => expect(ruleIds(postingWithDuty(line))).not.toContain(id));
});
