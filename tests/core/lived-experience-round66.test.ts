// Round 66 (session 15): shapes met in an opened blind set (blind27), rewritten in our own words.
// A substitution for "the caregiving experience" names the parent experience asked; a colleague's
// post written in capitals ("the Trust's Lived Experience Practice Lead") is no experience asked;
// "Only requirement: being in recovery yourself" makes lived experience the only qualification even
// where a screening question asks it too.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('sixty-sixth', [
  {
    name: 'a substitution for the caregiving experience',
    text: 'FAMILY SUPPORT PARTNER\nState Department of Health\n\nMINIMUM QUALIFICATIONS\nOne year of experience as the caregiver of a son or daughter who has received psychiatric services.\n\nSUBSTITUTION\nTwo years of paid work with families may substitute for the caregiving experience.',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: "a colleague's post named in capitals",
    text: "Youth Peer Support Worker\nNorth Vale NHS Trust | Band 3\n\nSupport young people waiting for care. The post holder is supervised day to day by the Trust's Lived Experience Practice Lead.\n\nPerson Specification\nDesirable: Your own experience of mental health care in your teens",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
]);

describe('the only requirement, beside a screening question', () => {
  beforeAll(loadPartsOfSpeech);
  it('is the only qualification', () => {
    const text =
      'Peer Mentor - Recovery House\nNew Leaf Homes | $15/hr + room\n\n- go to meetings with residents\n- be a good example\n\nOnly requirement: being in long-term recovery from addiction yourself.\n\nApplication Question(s):\n- How many years have you been in recovery?\n- Can you live on site?';
    expect(ruleIds(text)).toContain('le-only-qualification');
  });
});
