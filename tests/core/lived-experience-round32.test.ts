// Thirty-second round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a history of involvement with the criminal legal system, veterans who
// dealt with a condition, a class spec's "any combination ... is qualifying", a template's identify
// line, a job board page's "reserved for", an ATS's (Required) lines, personal experience in the
// foster care system, a relative or close friend, "Additional Questions", an Australian-style lived
// experience worker, with traps (peer work experience not necessary, a case manager who values it).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('thirty-second', [
  {
    name: 'forensic peer: history of involvement with the criminal legal system',
    text: 'Forensic Peer Specialist\nJustice Bridges Reentry Program · $20/hr\n\nMinimum Requirements\n- A personal history of involvement with the criminal legal system\n- Two years in recovery from a substance use or mental health condition\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'veteran peer: applicants must be veterans who have personally dealt with a condition',
    text: 'Veteran Peer Support Specialist\nHomefront Veterans Services · $21/hr\n\nQualifications\nApplicants must be veterans who have personally dealt with a mental health condition and are now in recovery.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'class spec: any combination of education and experience is qualifying, lived experience one typical way',
    text: 'PEER SUPPORT SPECIALIST\nCounty of Alder Creek\nSalary: $4,020 - $4,890 monthly\n\nEDUCATION AND EXPERIENCE\nAny combination of education and experience that would likely provide the required knowledge and abilities is qualifying. A typical way to obtain them would be:\nLived experience as a consumer of mental health services, and six months of paid or volunteer peer support work.',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'JD template: must identify as a person with lived experience',
    text: 'Position Title: Peer Recovery Advocate\nDepartment: Outpatient Services\nFLSA Status: Non-exempt\nPay: $19.00/hr\n\nQualifications: Must identify as a person with lived experience of mental health and/or substance use recovery. High school diploma or equivalent.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'job board page: role reserved for people with lived experience',
    text: 'Apply now   Save job   Share\nPeer Support Specialist\nBlue Ridge Behavioral Health - Asheville, NC\n$19 an hour - Full-time\n\nFull job description\nThis role is reserved for individuals with lived experience of mental health conditions. You will support adults in our outpatient clinic as they work toward their own goals.\n\nBenefits\n- Health insurance\n- Paid time off',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'hospital ATS: lines with (Required) and (Preferred) after them',
    text: 'Peer Recovery Specialist - Addiction Consult Service\nSt. Agnes Medical Center\n\nQualifications\nEducation: High School Diploma (Required)\nExperience: Lived experience with substance use disorder recovery (Required)\nLicenses: Certified Peer Recovery Specialist (Preferred)\n\nPay Range: $20.50 - $27.10/hr',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'youth: personal experience in the foster care system',
    text: 'Youth Peer Mentor\nBridges for Youth · $18/hr\n\nQualifications\n- Ages 18-24\n- Personal experience in the foster care system\n- Reliable transportation',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'family peer: relative or close friend of someone living with a mental illness',
    text: 'Family Peer Specialist\nNAMI Riverside Affiliate · $18/hr\n\nRequirements\n- Must be a relative or close friend of someone living with a serious mental illness\n- Comfortable leading support groups',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Additional Questions with a self-identify question',
    text: 'Peer Specialist\nCrossroads Community Services · $18.50/hr\n\nWhat you will do\nHelp members of our drop-in center plan their week and find resources.\n\nAdditional Questions\nDo you self-identify as a person with lived experience of mental illness, substance use, or both? ( ) Yes ( ) No',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience worker with essential criteria',
    text: 'Lived Experience Worker (Mental Health)\nCoastal Community Health Service\n0.8 FTE · $38.50 per hour\n\nAbout the role\nWork alongside clinicians to support people using our adult community mental health service.\n\nEssential criteria\n- A lived experience of mental health challenges and recovery, and the ability to draw on it purposefully\n- Current driver licence',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: peer work experience is not necessary, no lived experience asked',
    text: 'Peer Support Specialist\nOakview Clubhouse · $17/hr\n\nRequirements\n- Prior peer work experience is not necessary\n- High school diploma\n- Peer certification within a year',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: case manager whose qualifications value lived experience of homelessness',
    text: 'Housing Case Manager\nHomeward Alliance · $47,000\n\nManage a caseload of 25 households in permanent supportive housing.\n\nQualifications\n- Bachelor degree in social work\n- Lived experience of homelessness is valued',
    kind: 'non-peer-posting',
  },
]);
