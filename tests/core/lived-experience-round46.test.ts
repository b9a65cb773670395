// Forty-sixth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): an applicant-tracking export's labelled fields, a classified ad in
// lower case, a Preferred Qualifications list, a sentence that turns away those without it, a
// label answered Yes, yours or a family member's, a position open to those who received
// services, "the most important qualification", and a trap (a director who values it). The trap
// where the members have it is in round 47, with the reading that fixed it.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('forty-sixth', [
  {
    name: 'ATS export: Minimum Experience field names lived experience',
    text: 'Requisition ID: 22-1043\nJob Title: Peer Specialist II\nDepartment: Adult Outpatient\nPay Grade: 12 ($19.40 - $24.10)\n\nMinimum Education: High School Diploma\nMinimum Experience: Lived experience of mental illness with at least one year in recovery\nPreferred Experience: One year of peer support work',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'classified ad in lower case: gotta be in recovery 2 yrs min',
    text: 'peer recovery coach needed - $18/hr (downtown)\n\nsmall outpatient program needs a recovery coach for our day groups. gotta be in recovery 2 yrs min. text Mike at the number below.',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap (after the fixes): clients in recovery for a time are the people served',
    text: 'Peer Support Specialist\nDay One Center - $18/hr\n\nDuties\n- Run alumni groups for clients in recovery 90 days or more\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap (after the fixes): lived experience welcome, applicants without it will also be considered',
    text: 'Peer Navigator\nNorth Shore Services - $18/hr\n\nQualifications\n- High school diploma\n\nLived experience is welcome; applicants without it will also be considered.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: false,
  },
  {
    name: 'Preferred Qualifications list holds the certification and lived experience',
    text: 'Peer Support Specialist\nGreenfield Health - $19/hr\n\nMinimum Qualifications\n- High school diploma or GED\n- Valid driver license\n\nPreferred Qualifications\n- Certified Peer Specialist\n- Lived experience of recovery',
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'trap: a program director who values lived experience is not a peer job',
    text: "Program Director - Peer Services\nUnity Behavioral Health - $85,000\n\nRequirements\n- Master's degree and five years of management experience\n- Experience with peer-run programs and a commitment to valuing lived experience",
    kind: 'non-peer-posting',
    le: 'absent',
  },
  {
    name: 'candidates without lived experience will not be considered',
    text: 'Peer Advocate\nNorth Shore Services - $18/hr\n\nCandidates who do not have lived experience will not be considered.\n\nDuties\n- Accompany members to appointments',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'a label answered Yes: Lived experience required? Yes',
    text: 'Peer Support Specialist\nHill Country Clinic - $18/hr\n\nLived experience required? Yes\nCertification required? No, we will train you',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: "personal experience with recovery, yours or a family member's",
    text: "Peer Recovery Specialist\nLakeland Center - $19/hr\n\nRequirements\n- Personal experience with recovery (yours or a family member's) from mental illness or addiction\n- High school diploma",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'the position is open to individuals who have received mental health services',
    text: 'Peer Specialist\nCounty Behavioral Health - $20/hr\n\nThis position is open to individuals who have received mental health services in the past or present.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: "if you've lived with addiction you already have the most important qualification",
    text: "Recovery Coach\nSecond Chances Recovery - $18/hr\n\nWe hire people for who they are, not their resumes: if you've lived with addiction, you already have the most important qualification.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
