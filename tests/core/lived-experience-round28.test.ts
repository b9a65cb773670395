// Twenty-eighth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a careers site's numbered requirements, 'a plus, not a must', a class
// spec's family requirement, a youth preference beside a story duty, with traps (a member's quote, an
// HR job at a peer-run agency).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('twenty-eighth', [
  {
    name: 'careers site: Position Requirements with a numbered list and a Preferred Qualifications list',
    text: 'Peer Support Specialist - Crisis Stabilization Unit\nJob ID: 44102 | Location: Riverside Campus | Schedule: 36 hrs/week, nights\n\nPosition Overview\nProvide peer support to guests of our 16-bed crisis stabilization unit.\n\nPosition Requirements\n1. High school diploma or GED.\n2. Lived experience of a mental health condition and recovery, which the applicant is willing to share.\n3. Peer Support Specialist certification within six months of hire.\n\nPreferred Qualifications\n1. One year of peer support work.\n2. Bilingual in English and Spanish.\n\nCompensation: $21.30 - $25.90 per hour.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'nonprofit: Requirements say a plus under a must-heavy list',
    text: 'Recovery Café Peer Host\nCommon Table Recovery Café · $17/hr\n\nRequirements\n- Must be available weekends\n- Must pass a background check\n- Personal recovery from addiction is a plus, not a must',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: "family support specialist: a parent of a child or youth who has received services, in a class spec's Minimum Qualifications",
    text: "FAMILY SUPPORT SPECIALIST\nChildren's Behavioral Health Bureau\nSalary: $3,540 - $4,310 per month\n\nMINIMUM QUALIFICATIONS\nMust be the parent or primary caregiver of a child or youth who has received mental health services, and have a high school diploma or GED.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'youth: lived experience of mental health or substance use challenges as a youth preferred, duties about story',
    text: 'Youth Peer Support Specialist\nEvergreen Teen Center · $17.50/hr\n\nDuties\n- Share your own story of getting through hard times when it helps a teen\n\nQualifications\n- Ages 18-25\n- Lived experience of mental health or substance use challenges as a youth preferred',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: peer posting where the only lived-experience words are in a quote from a participant',
    text: 'Peer Support Specialist\nLantern Services · $18/hr\n\n"Talking to someone with lived experience changed everything for me." - a Lantern member\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: HR generalist at a peer-run agency, lived experience preferred',
    text: 'HR Generalist\nPeer Power Collective · $55,000\n\nManage hiring, onboarding, benefits and payroll for our 60 staff.\n\nQualifications\n- Two years of HR experience\n- Lived experience of mental health recovery preferred',
    kind: 'non-peer-posting',
  },
]);
