// A mention worded as something lived through ("has been through the system") is never work
// experience, although a word for a field of work follows it; "experience with the system" still is.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('lived-through', [
  {
    name: 'a summary that says the navigator has been through the system: a mention',
    text: 'Reentry Peer Navigator\nNew Dawn Coalition · $19/hr\n\nBecause she has been through the system herself, our navigator is someone people leaving prison can trust on their first day home.\n\nWhat you will do\n- Meet people on the day they are released\n- Help with ID, benefits and housing\n\nWhat you need\n- High school diploma or GED\n- Valid driver license',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'the same words under the requirements: required',
    text: 'Reentry Peer Mentor\nNew Dawn Coalition · $19/hr\n\nWhat you will do\n- Meet people on the day they are released\n- Help with ID, benefits and housing\n\nRequirements\n- You have been through the system and are now at least two years out\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: work experience with the justice system asks no lived experience',
    text: 'Reentry Peer Navigator\nNew Dawn Coalition · $19/hr\n\nWhat you will do\n- Meet people on the day they are released\n- Help with ID, benefits and housing\n\nRequirements\n- Two years of experience with the justice system or social services\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
