// Thirtieth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): experience of drug use or of homelessness asked without "lived" or
// "personal", a person specification's essential criteria, body-only prose that says who the job
// holder is, a class spec's "filled by", a screening question, a position "open to" people with a
// history, with traps (treatment experience, work with people experiencing homelessness).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('thirtieth', [
  {
    name: 'harm reduction: experience of drug use, past or current, preferred',
    text: 'Peer Outreach Specialist — Syringe Services Program\nCommon Ground Harm Reduction\n$21.00/hr | Full time\n\nQualifications\n- Experience of drug use (past or current) is preferred\n- Knowledge of naloxone and safer use supplies\n- Able to walk several miles a shift',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'housing peer: experience of homelessness, past or present, required',
    text: 'Housing Peer Navigator\nHomeward Alliance · $20/hr\n\nRequirements\n• Experience of homelessness, past or present\n• High school diploma or GED\n• Valid driving licence',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'person specification: essential experience of mental distress and of using services',
    text: 'Peer Support Worker (Community Mental Health)\nBand 3 · 37.5 hours\n\nPerson specification\nEssential: Experience of mental distress and of using mental health services.\nEssential: Good written and spoken English.\nDesirable: A peer support qualification.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'body-only youth prose: we are looking for young adults who have been through the juvenile justice system themselves',
    text: 'Youth Peer Advocate\nSecond Chances Youth Collaborative · $19/hr\n\nWe are looking for young adults, 18 to 26, who have been through the juvenile justice system themselves and want to help teens on probation find their footing. You will meet teens in the community and at court.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'body-only: you will be a person in recovery yourself',
    text: "Recovery Coach\nMain Street Recovery Hub - $18.50/hr\n\nYou'll help people in early recovery find meetings, housing and work. You will be a person in recovery yourself, with at least a year of continuous sobriety, and you'll be comfortable talking about it.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'class spec: positions in this class are filled by people with personal experience as recipients',
    text: 'MENTAL HEALTH PEER SPECIALIST\nSalary: $41,200 - $50,100 annually\n\nDISTINGUISHING CHARACTERISTICS\nPositions in this class are filled by individuals who have personal experience as recipients of mental health services.\n\nMINIMUM QUALIFICATIONS\nHigh school diploma and completion of state peer training.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'ATS screening question: have you personally experienced a challenge, yes/no',
    text: 'Peer Specialist - Crisis Line\nBright Harbor Health | Req #20931\n\nScreening Questions\nHave you personally experienced a mental health or substance use challenge? Yes / No\nAre you available for overnight shifts? Yes / No\n\nPay range $19-$23/hr',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'eligibility paragraph: position open to people with a personal history',
    text: 'Peer Wellness Coach\nSummit Integrated Health · $42,000/year\n\nEligibility\nThis position is open to people with a personal history of mental health or substance use challenges.\n\nHow to apply: send a resume and a short letter.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'family peer: parent with experience navigating services for their own child',
    text: "Family Peer Support Partner\nLittle Oaks Children's Center · $19/hr\n\nQualifications\n- A parent or caregiver with experience navigating services for their own child with emotional or behavioral challenges\n- Valid driver's license",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'welcome but not required',
    text: 'Peer Support Specialist\nRiverstone Clubhouse · $17/hr\n\nAbout You\n- High school diploma\n- Lived experience of mental health recovery is welcome but not required',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'recovery support technician with only a preference for personal recovery',
    text: 'Recovery Support Technician\nSunrise Residential Treatment · $17/hr\n\nDuties\n- Support residents through the daily schedule and groups\n- Walk with residents to outside meetings\n\nQualifications\n- High school diploma\n- Personal recovery experience a plus',
    kind: 'peer-posting',
    le: 'preferred',
    // Labeled true before the first run; "recovery" alone names no kind of experience by the
    // labelers' convention, so the label was wrong, not the reading.
    specific: false,
  },
  {
    name: 'trap: experience with substance use disorder treatment is professional experience',
    text: 'Peer Support Specialist\nCedar Point Treatment · $18/hr\n\nRequirements\n- Experience with substance use disorder treatment programs required\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: experience working with people experiencing homelessness',
    text: 'Peer Support Specialist\nShelter Partners Network · $18/hr\n\nRequirements\n- Experience working with people experiencing homelessness preferred\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: a case manager whose requirements ask for experience of homelessness services',
    text: 'Case Manager II\nHomeward Alliance · $48,000\n\nRequirements\n- Bachelor degree in a human services field\n- Two years of experience in homelessness services',
    kind: 'non-peer-posting',
  },
]);
