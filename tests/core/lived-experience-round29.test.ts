// Twenty-ninth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): an eligibility list, "willing to disclose", personal or family
// experience, a screening question, a class spec's special requirement, an equivalent combination,
// a preference inside the requirements, lived or living experience, a plain "not required", a
// parent partner's family experience, lived experience only in the title, a Spanish line, with traps.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('twenty-ninth', [
  {
    name: 'eligibility list with a personal recovery item',
    text: 'Peer Recovery Specialist\nHarbor Light Treatment Center | Full-time | $20.50/hr\n\nTo be eligible for this position you must:\n• be at least 18 years old\n• have personal experience of recovery from a substance use disorder\n• hold a high school diploma or GED\n\nApply online by March 3.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'must be willing to disclose their own mental health recovery',
    text: 'Peer Support Specialist I\nMesa Verde Community Mental Health\n\nResponsibilities\nMeet with adults on the inpatient unit and help them plan for discharge.\n\nRequirements\nHigh school diploma or equivalent. Must be willing to disclose their own mental health recovery to the people they serve.\n\nPay: $18.75 hourly',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'personal or family experience with mental illness or addiction, required',
    text: 'Peer Navigator\nOpen Door Health Partners · $21/hr · Hybrid\n\nWhat you need\n- Personal or family experience with mental illness or addiction (required)\n- Comfort with a laptop and video calls\n- Reliable transportation',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'screening question asking whether the applicant identifies as a person in recovery',
    text: 'Recovery Coach (Part-Time)\nClearwater Recovery Community Organization\n$19/hour, 24 hours a week\n\nYou will walk beside people early in recovery from alcohol and drugs.\n\nApplicant questions\n1. Do you identify as a person in long-term recovery from a substance use disorder?\n2. Are you able to work some evenings?',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'county class spec with a SPECIAL REQUIREMENT line about receiving services',
    text: 'PEER SUPPORT WORKER II\nClass Code: 4417\nSalary Range: $3,812 - $4,655 monthly\n\nDEFINITION\nUnder general supervision, provides peer support to adults served by county mental health programs.\n\nMINIMUM QUALIFICATIONS\nEducation: Completion of the twelfth grade.\nExperience: One year of paid or volunteer peer support.\n\nSPECIAL REQUIREMENT\nIncumbents must have lived experience as a current or former recipient of public mental health services.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience or an equivalent combination of education and experience',
    text: 'Peer Specialist\nRiverbend Integrated Care - $45,000-$49,000\n\nMinimum Qualifications\nLived experience of recovery from mental illness, or an equivalent combination of education and experience in behavioral health.\nValid driver license.',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'a preference line inside a Requirements list',
    text: 'Peer Support Specialist\nNew Horizons Clubhouse\n\nRequirements:\n* High school diploma\n* Basic computer skills\n* Lived experience with the mental health system strongly preferred\n* CPR certification within 90 days\n\nStarting wage $17.25/hr.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'lived or living experience of substance use asked of applicants',
    text: 'Harm Reduction Peer Outreach Worker\nStreet Level Health Project\n$22/hr, 40 hrs/week\n\nWho we want\nApplicants must have lived or living experience of substance use. We are a harm reduction program: abstinence is not expected.\n\nTo apply send a short note about yourself to the hiring team.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'posting that says plainly lived experience is not required',
    text: 'Peer Support Specialist\nLakeside Wellness Center · $18/hr\n\nAbout the role\nLead wellness groups and support members one on one.\n\nQualifications\n- High school diploma\n- Lived experience is not required for this role\n- Willingness to complete peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: "parent partner: raised a child who received services from children's systems",
    text: "Parent Partner\nFamily Ties Network — Children's Services Division\n$20/hr, 30 hrs/week\n\nThe Parent Partner supports parents whose children are in mental health treatment.\n\nMinimum Requirements\nMust have raised, or currently be raising, a child who has received services from the children's mental health, juvenile justice or special education system.\nHigh school diploma or GED.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience named only in the title',
    text: 'Peer (Lived Experience) Specialist\nValley Behavioral Health Services\n$19.00 per hour\n\nDuties\n- Co-facilitate recovery groups\n- Help members set wellness goals\n\nQualifications\n- High school diploma\n- Peer certification or willingness to obtain it within one year',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'English preference with a Spanish line that requires Spanish, not lived experience',
    text: 'Bilingual Peer Support Specialist\nCentro de Bienestar Comunitario · $20/hr\n\nQualifications\n- Bilingual English/Spanish required (Se requiere hablar español e inglés)\n- Lived experience with mental health recovery preferred\n- High school diploma',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: case manager requiring experience with people in recovery stays non-peer',
    text: 'Case Manager\nPinecrest Recovery Housing · $44,000\n\nRequirements\n- Bachelor degree in social work or a related field\n- Two years of experience with people in recovery from substance use\n- Valid driver license',
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: peer posting whose only recovery words are about the people served',
    text: 'Peer Support Specialist\nGreenway Recovery Center · $18/hr\n\nDuties\n- Support people in recovery from opioid use as they rebuild their lives\n- Drive members to appointments when needed\n\nRequirements\n- High school diploma\n- State peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
