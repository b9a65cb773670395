// Fifteenth round of fresh postings for the lived-experience judgment (see lived-experience-rounds.ts):
// the agency's own staff described at the end of a requirements list, beside real requirements.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('fifteenth', [
  {
    name: 'a closing line under the requirements: our coaches are people in recovery',
    text: 'Recovery Coach\nValley Recovery Center - $18/hr\n\nDuties\n- Meet people leaving detox\n\nRequirements\n- High school diploma\n- CRC within 6 months\n\nMany of our coaches are in long-term recovery themselves.',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'a requirements list whose last bullet describes the team',
    text: 'Peer Support Specialist\nGreen Hills Clinic - $19/hr\n\nQualifications\n- High school diploma\n- Peer certification\n- Our peer team is made up of people with lived experience of mental health recovery',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'our coaches must be in recovery is a requirement of the job',
    text: 'Recovery Coach\nBright Future Recovery - $18/hr\n\nRequirements\n- All of our coaches must be in recovery for at least one year\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'our team is looking for someone in recovery',
    text: 'Peer Mentor\nHope House - $17/hr\n\nOur team is looking for someone in recovery from addiction who wants to give back.\n\nRequirements\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'like the rest of our staff, you will have lived experience',
    text: 'Peer Specialist\nClubhouse East - $18/hr\n\nRequirements\n- Like the rest of our staff, you have lived experience of mental illness\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'every coach on our team draws on their own recovery, in the qualifications block',
    text: 'Peer Recovery Coach\nSt. Mary Hospital - $21/hr\n\nQualifications\n- High school diploma or GED\n- CPRS\nEvery coach on our team draws on their own recovery story.',
    kind: 'peer-posting',
    le: 'mentioned',
  },
]);
