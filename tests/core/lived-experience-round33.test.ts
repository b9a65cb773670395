// Thirty-third round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): long postings that speak of lived experience in several places, a
// definition that says who holds the job beside a substitution for the education, a "Lived
// experience required: No" detail line, an opening question, personal or family experience written
// after the condition, with traps (experience with peer support, knowledge of lived experience
// models, a similar job's requirement on a job board).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('thirty-third', [
  {
    name: 'hospital posting: overview and duties speak of it, qualifications only prefer it',
    text: "Peer Recovery Specialist - Emergency Department\nNorthgate Health System\nFull time | Evenings | Req 55120\n\nOverview\nNorthgate's peer specialists use their lived experience to connect with patients after an overdose.\n\nResponsibilities\n- Meet patients at the bedside and share your recovery story when it helps\n- Link patients to treatment and recovery housing\n- Follow up by phone after discharge\n\nQualifications\nRequired: High school diploma or GED; CPRS within one year of hire\nPreferred: Lived experience of recovery from a substance use disorder; one year in a hospital setting\n\nNorthgate is an equal opportunity employer.",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'class spec: definition says who holds the job, a substitution clause for the education',
    text: 'PEER SUPPORT SPECIALIST I\nDepartment of Behavioral Health\nSalary Range: $41,500 - $52,300 annually\n\nDEFINITION\nPositions in this class are held by persons who self-identify as having lived experience with mental illness and recovery.\n\nMINIMUM QUALIFICATIONS\nEducation: High school diploma or GED.\nExperience: Six months of paid or volunteer work in a human services setting.\n\nSUBSTITUTION\nAdditional qualifying experience may substitute for the required education on a year-for-year basis.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'job details block: Lived experience required: No',
    text: 'Peer Support Specialist\nGreen Valley Health Services\n\nJob details\nPay: $18.00 - $20.00 per hour\nJob type: Full-time\nLived experience required: No\n\nDescription\nFacilitate wellness groups and help members with daily living goals.',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    // Read as a mention until "Join our team" after a question counted as an invitation, as
    // "Apply today" after one does: a preference.
    name: 'opening question: have you been through the mental health system yourself',
    text: 'Youth Peer Advocate\nNew Leaf Youth Services · $17.50/hr\n\nAre you between 18 and 25, and have you been through the mental health system yourself? Join our team and help teens find their own way through it. You will meet youth at school, at home and in the community.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'title line carries the requirement in brackets',
    text: 'Peer Specialist (must have lived experience with mental illness)\nHillcrest Community Services - $18/hr\n\nDuties\n- Support adults in our residential program\n- Lead a weekly recovery group',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'either personally or as a family member, required',
    text: 'Peer Navigator\nBridgeway Integrated Care · $20/hr\n\nRequirements\n- Lived experience with mental health and/or substance use challenges, either personally or as a family member, required\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    // Revised in session 12: one's own or a family member's experience alike names no one kind
    // for a substance-use recovery job (wise-toolkit L2773-2798; lived-experience round 55).
    name: 'experience with addiction (personal or family) preferred',
    text: 'Recovery Coach\nLighthouse Recovery Community · $18/hr\n\nQualifications\n- High school diploma\n- Experience with addiction (personal or family) preferred\n- CCAR Recovery Coach Academy or willingness to complete',
    kind: 'peer-posting',
    le: 'preferred',
    specific: false,
  },
  {
    name: 'must be at least two years in recovery',
    text: 'Peer Recovery Mentor\nNew Day Sober Living · $16/hr\n\nRequirements\n- Must be at least 2 years in recovery from drugs and alcohol\n- Able to work overnight shifts',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: experience with peer support is work experience',
    text: 'Peer Support Specialist\nFirst Light Recovery · $18/hr\n\nRequirements\n- One year of experience with peer support or case management\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: knowledge of lived experience models',
    text: 'Peer Support Specialist\nMeadowbrook Clinic · $18/hr\n\nQualifications\n- Knowledge of recovery principles and of lived experience models of care\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: "trap: a similar job's requirement below the posting on a job board",
    text: 'Peer Support Specialist\nRiverside Health - $18/hr\n\nRequirements\n- High school diploma\n- Peer certification\n\nSimilar jobs\nRecovery Coach - Harbor House - Lived experience of recovery required',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
