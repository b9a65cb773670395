// Round 64 (session 15): shapes met in opened blind sets (blind24, blind25), rewritten in our own
// words. Involvement with a system "as a parent" is one's own; a parent who has personally
// raised a child receiving services (passed before: kept as a guard); having navigated the juvenile
// court system oneself (a young
// person's experience); a screening question whose "yes" is given priority for interview is a
// preference. Asking applicants to be prepared to discuss a diagnosis is an inquiry. Traps: the
// teens a program serves "have been through" a system (theirs, not the applicant's); sharing one's
// diagnosis with the people one supports.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const PARTNER =
  'Family Support Partner\nHillcrest Family Services | $21 an hour\n\nThe partner walks beside parents working to bring their children home from foster care.\n\nQualifications\n- High school diploma\n';
const MENTOR =
  'Youth Peer Mentor\nCedar County Youth Services | $19 an hour\n\nMentors meet weekly with young people in the diversion program and help them reach goals they set.\n\nQualifications\n- High school diploma\n';

describeLivedExperienceRound('sixty-fourth', [
  {
    name: 'earlier involvement in the family court system as a parent, a plus',
    text: `${PARTNER}- Earlier involvement in the family court system as a parent: a plus`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'a parent who has personally raised a son or daughter in care',
    text: `${PARTNER}- A parent who has personally raised a son or daughter in behavioral health care`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'having navigated the juvenile court system in your teens, an asset',
    text: `${MENTOR}- Having navigated the juvenile court system in your teens is an asset`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'a screening question whose yes gets priority for interview',
    text: `${MENTOR}\nScreening questions\n1. Are you 18 or older? (Yes/No)\n2. As a teen, did you yourself experience foster care or homelessness? (Yes/No) Applicants who answer yes get priority for interview.`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: the teens served have been through the system',
    text: 'Youth Peer Mentor\nCedar County Youth Services | $19 an hour\n\nMost of the teens we see are behind in school, have been through the juvenile courts, or are new to the county. Mentors meet weekly with them and help them reach goals they set.\n\nQualifications\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
]);

describe('a diagnosis asked to be discussed', () => {
  beforeAll(loadPartsOfSpeech);
  const PEER =
    'Peer Support Specialist\nHarbor Hospital | $22 an hour\n\nLead recovery groups on the inpatient unit and tell your story where it helps.\n\nRequirements\n- Lived experience of mental health recovery\n';
  it('an inquiry: prepared to discuss a psychiatric diagnosis at interview', () => {
    expect(ruleIds(`${PEER}- Must be prepared to discuss your psychiatric diagnosis at the interview`)).toContain('inquiry-diagnosis');
  });
  it('trap: willing to share a diagnosis with the people you support', () => {
    expect(ruleIds(`${PEER}- Willing to share your diagnosis with the people you support when it helps them`)).not.toContain(
      'inquiry-diagnosis',
    );
  });
});

describeLivedExperienceRound('sixty-fourth, substitution', [
  {
    name: 'a substitution section naming the caregiver experience asked above',
    text: 'PARENT PEER SPECIALIST\nState Department of Children and Families\n\nMINIMUM QUALIFICATIONS\nOne year as the parent of a child who got mental health care.\n\nSUBSTITUTION\nThree years of paid work with families in a social services agency may substitute for the parent experience described above.',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'trap: a substitution for the education asked',
    text: 'PARENT PEER SPECIALIST\nState Department of Children and Families\n\nMINIMUM QUALIFICATIONS\nOne year as the parent of a child who got mental health care, and an associate degree.\n\nSUBSTITUTION\nTwo years of work with families may substitute for the associate degree.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
