// Fortieth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a civil-service class spec's Special Requirements, a hospital grid
// (Education / Experience / Licensure), a small agency writing informally, a UK person
// specification (Essential and Desirable), an Australian key selection criterion, a job board with
// its Qualifications after the page chrome, an About-you paragraph, screening questions, lived
// experience as one way in beside a degree, a verb pair set off by commas, and two traps (work
// alongside people with lived experience; a credential only).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('fortieth', [
  {
    name: 'class spec: Special Requirements ask the incumbent to self-identify',
    text: 'PEER SUPPORT SPECIALIST I\nCounty of Alder - Class Code 4471\n\nDISTINGUISHING CHARACTERISTICS\nThis is the entry level of the peer support series.\n\nMINIMUM QUALIFICATIONS\nEducation: Graduation from high school or GED.\nExperience: None required.\n\nSPECIAL REQUIREMENTS\nIncumbents must self-identify as a current or former recipient of public mental health services.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'hospital grid: Experience line requires personal recovery, peer work preferred',
    text: 'Job Title: Peer Recovery Specialist\nDepartment: Emergency Medicine\nFLSA Status: Non-exempt\n\nPosition Summary\nEngages patients with substance use disorders in the emergency department and links them to treatment.\n\nEducation: High school diploma or GED required.\nExperience: Personal experience of recovery from a substance use disorder required; one year of peer work preferred.\nLicensure/Certification: CPRS within six months of hire.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'small agency, informal: you gotta have your own recovery, a year clean',
    text: "Recovery Coach (part time)\nSecond Wind House\n\nWe're a tiny crew running a drop-in center downtown. Pay is $17 an hour.\n\nWhat you need: your own recovery from drugs or alcohol, at least a year clean, and a willingness to talk about it. A driver's license helps.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'UK person specification: lived experience under Essential',
    text: 'Peer Support Worker\nHilltop Mental Health Trust\nBand 3, 37.5 hours\n\nPerson Specification\nEssential\n- Personal lived experience of mental ill health and of using mental health services\n- Good communication skills\nDesirable\n- Experience of volunteering in the voluntary sector',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    // Labeled a peer posting, preferred, before the run; read as another job. Relabeled: a UK
    // drug service's "Recovery Worker" is a keyworker holding a caseload, and a preference for
    // lived experience does not make a job peer work.
    name: 'UK person specification: a keyworker title with lived experience only under Desirable',
    text: 'Recovery Worker\nNorthgate Drug and Alcohol Service\nSalary: £24,000\n\nPerson Specification\nEssential\n- Knowledge of harm reduction\n- Ability to work as part of a team\nDesirable\n- Personal experience of recovery from drug or alcohol use',
    kind: 'non-peer-posting',
    le: 'absent',
  },
  {
    name: 'Australian key selection criteria: criterion 1 is lived experience',
    text: 'Peer Worker - Youth Mental Health\nCoastal Youth Health Service\n\nKey Selection Criteria\n1. A lived experience of mental health challenges and recovery, and the ability to draw on it purposefully in your work with young people.\n2. Understanding of recovery-oriented practice.\n3. Current driver licence.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'job board: chrome, description, then a Qualifications block with (Required)',
    text: 'Sign in | Post a job\nPeer Support Specialist\nRiverbend Counseling - Springfield, OH\n$18 - $21 an hour\nApply now Save\n\nFull job description\nRiverbend is hiring a Peer Support Specialist for our adult outpatient program. You will run groups and meet members one on one.\n\nQualifications:\n- Lived experience with a mental health condition (Required)\n- Ohio Peer Recovery Supporter certificate (Preferred)\n\nReport job',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'only an About you paragraph: you will bring your own experience of mental ill-health',
    text: "Peer Practitioner\nLantern Community Mental Health\n\nAbout the role\nYou'll work in our community team supporting adults after a hospital stay.\n\nAbout you\nYou'll bring your own experience of living with and recovering from mental ill-health, along with warmth and good judgement.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'screening questions: a yes or no question on personal recovery',
    text: 'Peer Navigator\nMetroCare Health\n$20/hr\n\nResponsibilities\n- Walk patients through their first month of treatment\n\nApplication Questions\n1. Do you have personal lived experience of recovery from a mental health or substance use condition? (Yes/No)\n2. Are you able to work some evenings?',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: "lived experience as one way in beside a bachelor's degree is substitutable",
    text: "Peer Specialist\nState Hospital Network\n\nMinimum Qualifications\nBachelor's degree in social work or a related field; OR high school diploma and lived experience of mental illness with at least two years in recovery.",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'a verb pair set off by commas: personally experienced, and recovered from, a substance use disorder',
    text: 'Peer Recovery Coach\nHarbor Light Recovery - $19/hr\n\nRequirements\n- Applicants must have personally experienced, and recovered from, a substance use disorder\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: experience working alongside people with lived experience is work experience',
    text: 'Peer Support Specialist\nOpen Door Shelter - $18/hr\n\nRequirements\n- Certified Peer Specialist\n- One year of experience working alongside people with lived experience of homelessness\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap (after the fixes): both ways in name lived experience, so it is required',
    text: 'Peer Specialist\nState Hospital Network\n\nMinimum Qualifications\nPersonal recovery from a mental illness; OR experience as the parent of a child who received mental health services.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a capital OR after a comma inside the line opens a later way in',
    text: 'Peer Specialist\nState Hospital Network\n\nRequirements\n- An associate degree in human services, OR a high school diploma and lived experience of recovery from addiction',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'trap (after the fixes): a lowercase or between commas does not open a way in',
    text: 'Peer Recovery Coach\nHarbor Light Recovery - $19/hr\n\nRequirements\n- Peer certification, or willingness to obtain it, and lived experience of recovery from addiction\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
