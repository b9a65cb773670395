// Eighth round of fresh postings for the lived-experience judgment (see lived-experience-rounds.ts).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('eighth', [
  {
    name: 'a Lived Experience Statement section that requires it',
    text: 'Peer Specialist\nRiverside Recovery Services - $19/hr\n\nDuties\n- Lead groups and help members plan their goals\n\nLived Experience Statement\nThis position requires lived experience with mental health recovery.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'must have the ability to share lived experience',
    text: 'Peer Support Specialist\nCommunity Care - $18/hr\n\nRequirements\n- Must have the ability to share lived experience to instill hope\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'a year of recovery preferred but not required',
    text: 'Recovery Coach\nRecovery Works - $17/hr\n\nQualifications\n- High school diploma\n- 1 year of recovery is preferred but not required',
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'a young adult with lived experience of mental health challenges',
    text: 'Young Adult Peer Specialist\nFirst Episode Program - $19/hr\n\nQualifications\n- Must be a young adult (18-25) with lived experience of mental health challenges\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'an opening question and an About you block where lived experience is a plus',
    text: 'Peer Support Specialist\nWillow Clinic - $19/hr\n\nDo you want to turn your own story into hope for others?\n\nWhat you will do\n- Lead wellness groups\n\nAbout you\n- High school diploma\n- Lived experience of mental health recovery is a plus',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'a closing paragraph: our ideal candidate is a person in recovery',
    text: 'Peer Recovery Specialist\nSummit Services - $19/hr\n\nYou will support people in treatment and lead peer groups.\n\nOur ideal candidate is a person in recovery from a mental health or substance use condition.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'training to share your story safely is a mention',
    text: "Peer Specialist\nHope Center - $18/hr\n\nDuties\n- Lead groups\n\nTraining\nYou will learn how to share your story safely.\n\nQualifications\n- High school diploma\n- Driver's license",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'a family peer credential that itself requires parent experience',
    text: "Family Peer Specialist\nChildren and Families First - $20/hr\n\nQualifications\n- Certified Family Peer Specialist credential required (requires lived experience as a parent of a child with behavioral health challenges)\n- Valid driver's license",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
