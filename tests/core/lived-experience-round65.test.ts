// Round 65 (session 15): shapes met in an opened blind set (blind26), rewritten in our own words.
// A terse posting's "NEED:" heads what it requires; lived experience called "the qualification"
// is required; initials such as "U.S." do not end the sentence that asks ("must have served in the
// U.S. Navy and have personal experience of recovering ..."). Traps: "NEED" inside a longer heading
// ("What families need from us"); a state's "Peer Recovery Support Provider certification" is a
// credential, not a clinician's certificate.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('sixty-fifth', [
  {
    name: 'a NEED: heading over the lived experience asked',
    text: 'PEER SPECIALIST (P/T)\nLakeside Drop-In | $17/hr\n\nDO:\n- 1:1 + groups\n- help members chase their own goals\n\nNEED:\n- own lived exp. with mental health + recovery\n- HS/GED',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience called the qualification',
    text: 'Peer Specialist - Start Now!\nSunrise Clubhouse | $16/hour\n\nNo degree needed. Your own recovery from mental illness is the qualification we look for.\n\nSpend your day with members, share your story and help them plan the week. Apply in person.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'initials inside the sentence that asks',
    text: 'Veteran Peer Mentor\nHomefront Alliance | $20 an hour\n\nMentors meet veterans one on one and run a weekly group.\n\nApplicants must have served in the U.S. Navy, Army, Air Force or Marines and have personal experience of recovering from PTSD or addiction.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: need inside a longer heading',
    text: 'Family Peer Specialist\nLakeside Family Services | $21/hr\n\nWhat families need from us\n- someone who has been there, with lived experience raising a son or daughter through mental health care, is a plus',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
]);

describe('a credential named with "provider certification"', () => {
  beforeAll(loadPartsOfSpeech);
  it('is no clinician letter', () => {
    const text =
      'Family Peer Specialist\nLakeside Family Services | $21/hr\n\nWalk beside parents whose children get mental health care.\n\nRequirements\n- Lived experience raising a son or daughter through mental health care\n- State Family Peer Support Provider certification within a year of hire';
    expect(ruleIds(text)).not.toContain('inquiry-clinician-letter');
  });
});
