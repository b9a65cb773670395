// Eighteenth round of fresh postings for the lived-experience judgment (see lived-experience-rounds.ts):
// mostly traps for the cues of the rounds before it.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('eighteenth', [
  {
    name: 'trap: understand firsthand the needs of families, about the work',
    text: 'Family Peer Advocate\nFamily Support Network - $19/hr\n\nDuties\n- Visit families at home to understand firsthand what they need\n\nQualifications\n- High school diploma\n- Family peer credential',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: we would love to hear from you, in a closing line',
    text: 'Peer Support Specialist\nRiver Clinic - $18/hr\n\nQualifications\n- Lived experience of mental health recovery\n- High school diploma\n\nInterested? We would love to hear from you.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: instead of a cover letter, tell us your story',
    text: 'Recovery Coach\nRise Recovery - $18/hr\n\nRequirements\n- Must be in recovery from substance use for at least one year\n- High school diploma\n\nInstead of a cover letter, send a short note about why you want this job.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: our clients have struggled with addiction',
    text: 'Peer Recovery Specialist\nHaven Treatment - $19/hr\n\nMany of our clients have struggled with addiction for years.\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: residents who have been homeless',
    text: 'Peer Support Specialist\nHome First Apartments - $19/hr\n\nDuties\n- Support tenants who have been homeless for many years\n\nQualifications\n- High school diploma\n- Peer credential',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'the staff requirement stated with must stays required',
    text: 'Peer Specialist\nCrossroads Clubhouse - $18/hr\n\nRequirements\n- Our peer staff must have lived experience of mental illness\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'our ideal candidate is in recovery: preferred, not a staff description',
    text: 'Recovery Coach\nNew Day Recovery - $18/hr\n\nOur ideal candidate is in long-term recovery from addiction.\n\nRequirements\n- High school diploma',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: lived experience required; otherwise no other requirement',
    text: 'Peer Mentor\nStreet Youth Project - $17/hr\n\nRequirements\n- Lived experience of homelessness as a young person is required\n- Ages 18-24',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a sober living house manager job with lived experience required, not substitutable by the next bullet',
    text: 'Recovery Residence Peer Manager\nSober Homes Inc - $17/hr + room\n\nRequirements\n- At least two years of continuous sobriety\n- Or more: experience running a house is a plus',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
