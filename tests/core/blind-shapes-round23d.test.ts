// Shapes met in an opened blind set (session 23: crisis services), rewritten in our own words.
// Read now: an "About us:" label that opens the agency's paragraph; a family member who tells the
// peer she once called the police; a program's history of volunteers who answered a phone;
// answering calls from parents on a support line and logging one's call notes; safe storage of
// medications at home; a psychological evaluation the applicant must pass; pushing people who
// are non-compliant; repeat visits that include those who declined; people suffering from
// suicidal thoughts. Checked against the session's start: all failed there except the one
// marked "(guard)", which passed there too in these words and is kept so it stays.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds, postingWithDuty, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const peerPosting = (opening: string, duties: string[], qualifications = ['Personal experience of recovery is required.']) =>
  `Crisis Peer Specialist\nNorthwind Crisis Services | $22 an hour\n\n${opening}\n\nDuties\n${duties.map((d) => `- ${d}`).join('\n')}\n\nQualifications\n${qualifications.map((q) => `- ${q}`).join('\n')}`;

describe('what is not the job', () => {
  it('an "About us:" label opens the agency\'s own paragraph', () => {
    const ids = ruleIds(
      peerPosting('About us: Northwind is a crisis center that accepts self-referrals, police drop-offs and referrals at any hour.', [
        'Sit with guests.',
      ]),
    );
    expect(ids).not.toContain('duty-enforce-rules');
    expect(ids).not.toContain('duty-transport');
  });

  it('a family member who tells the peer she once called the police reports no one (guard)', () =>
    expect(
      ruleIds(peerPosting('A day on the team.', ['Sit with the mother while she tells you she called the police last spring.'])),
    ).not.toContain('duty-report-on-people'));

  it("a program's history of volunteers who answered a phone is no phone duty", () =>
    expect(
      ruleIds(peerPosting('Northwind began with volunteers who answered one phone in a borrowed office.', ['Sit with guests.'])),
    ).not.toContain('duty-phones-reception'));
});

describe('support-line work', () => {
  it.each([
    ['Answers incoming calls from caregivers and offers reassurance.', 'duty-phones-reception'],
    ['Enters call data after every shift.', 'duty-clerical'],
    ['Go over safe storage of medications with the family before discharge.', 'duty-medication-administration'],
  ])('%j is not %s', (line, id) => expect(ruleIds(postingWithDuty(line))).not.toContain(id));

  it('a psychological evaluation the applicant must pass is no clinical duty', () =>
    expect(
      ruleIds(
        peerPosting(
          'We respond with the sheriff.',
          ['Sit with people in crisis.'],
          ['Must pass a background investigation, a polygraph, and a psychological evaluation.'],
        ),
      ),
    ).not.toContain('duty-clinical-assessment'));
});

describe('duties', () => {
  it.each([
    ['Urges non-adherent residents to stick with their prescriptions.', 'duty-compliance-monitoring'],
    ['Keep going back to see people after an overdose, including those who have declined services.', 'duty-visits-against-wishes'],
  ])('%j is %s', (line, id) => expect(ruleIds(postingWithDuty(line))).toContain(id));
});

describe('language', () => {
  it('"suffering from suicidal thoughts" is pity framing', () =>
    expect(languageRuleIds('The course covers how to speak with people suffering from suicidal thoughts.')).toContain('suffering-from'));
});
