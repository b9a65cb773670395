// Fourth round of fresh postings for the lived-experience judgment, most of them traps for the
// readings the earlier rounds added (see lived-experience-rounds.ts).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('fourth', [
  {
    name: 'an opening paragraph about the peer team beside the job basics only mentions lived experience',
    text: "Peer Support Specialist\nLakeview Counseling - $19/hr\n\nOur peer team members use their own lived experience to help others. This full-time role requires a high school diploma and a valid driver's license.\n\nDuties\n- Lead wellness groups\n- Meet members in the community",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'a family support coordinator with parent experience preferred is still a peer job',
    text: 'Family Support Coordinator\nDisability Family Network - $22/hr\n\nWalk beside parents of children with disabilities through school meetings and services, and lead a monthly parent group.\n\nQualifications\n- High school diploma\n- Personal experience as a parent of a child with special needs preferred',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'lived experience of recovery without a kind named is not specific',
    text: 'Peer Recovery Coach\nTown Recovery Center - $18/hr\n\nQualifications\n- Lived experience of recovery required\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'behavioral health challenges alone are not specific',
    text: 'Peer Specialist\nCounty Health - $20/hr\n\nMinimum Qualifications\n- Lived experience with behavioral health challenges\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'lived experience of trauma is specific',
    text: 'Peer Advocate\nSafe Home Shelter - $19/hr\n\nQualifications\n- Lived experience of trauma and recovery\n- Ability to work weekends',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'using your lived experience of addiction in the duties is a specific mention',
    text: 'Peer Recovery Specialist\nMercy Hospital - $21/hr\n\nResponsibilities\n- You will use your lived experience of addiction recovery to connect with patients\n- Link patients to treatment\n\nQualifications\n- High school diploma\n- State certification',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'a big plus inside an About you block is preferred',
    text: 'Peer Wellness Coach\nNorth Shore Health - $40,000\n\nWhat you will do\nCoach members toward goals they choose.\n\nAbout you\nYou are organized and warm. Lived experience of mental health recovery is a big plus.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'a one-paragraph informal post with must',
    text: 'Now hiring a peer support specialist! You must have lived experience with mental health recovery, a GED, and a car. $17/hr, 30 hours a week. Apply at our front desk.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a person with lived experience or a family member of one: both are lived',
    text: 'Peer Support Specialist\nMental Health Association - $19/hr\n\nQualifications\n- Be a person with lived experience, or a family member of someone with lived experience, of mental illness\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'lived experience as a veteran is specific',
    text: 'Veteran Peer Mentor\nVeterans Outreach Center - $20/hr\n\nQualifications\n- Lived experience as a veteran of military service\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a second-person paragraph after the duties that describes the work, not the applicant',
    text: "Peer Support Specialist\nHope Clinic - $19/hr\n\nDuties\n- Lead groups\n- Meet members in the community\n\nYou will share your own recovery story when it helps, and you will work with a team of nurses and counselors.\n\nQualifications\n- High school diploma\n- Driver's license",
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'an application instruction to share your story in a cover letter with a real requirement',
    text: 'Peer Mentor\nYouth Voices - $18/hr\n\nQualifications\n- Ages 18-25\n- Lived experience in the foster care system required\n\nTo apply, share your story in a short cover letter to jobs@youthvoices.example.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a director of peer services with lived experience preferred is not a peer job',
    text: "Director of Recovery Services\nState Recovery Network - $92,000\n\nLead a division of 40 staff; manage budgets and contracts; represent the network to state agencies.\n\nQualifications\n- Master's degree\n- Seven years of management experience\n- Lived experience of recovery preferred",
    kind: 'non-peer-posting',
  },
]);
