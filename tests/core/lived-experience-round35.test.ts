// Thirty-fifth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts), heavy on traps for the wordings the earlier rounds taught (bare
// "experience with" a condition, "you will be", time in recovery): work experience with a
// condition, a team that includes people with lived experience, participants' time in recovery;
// and "you'll be someone who", dash labels (essential, desirable), a willingness to self-disclose.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('thirty-fifth', [
  {
    name: 'trap: therapist needing experience with addiction and co-occurring disorders',
    text: 'Outpatient Therapist (LPC/LCSW)\nRiverside Counseling Associates - $65,000\n\nRequirements\n- Independent license\n- Experience with addiction and co-occurring disorders required',
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: two years of experience with addiction recovery services',
    text: 'Peer Support Specialist\nNew Hope Recovery · $18/hr\n\nRequirements\n- Two years of experience with addiction recovery services\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: clinical experience with psychosis preferred',
    text: 'Peer Support Specialist\nEarly Psychosis Program · $19/hr\n\nQualifications\n- High school diploma\n- Clinical experience with psychosis preferred',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    // First run had the title "Peer Educator - Prevention" and expected a non-peer posting: the
    // title read as a peer role (document kind's area, left to it); the lived-experience trap is
    // kept under a plain peer title.
    name: 'trap: experience with drug use prevention programs',
    text: 'Peer Support Specialist - Prevention Team\nYouth Futures Coalition · $17/hr\n\nRequirements\n- Experience with drug use prevention programs in schools\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: "trap: duties about participants' time in recovery",
    text: 'Peer Recovery Specialist\nStepUp Recovery Center · $18/hr\n\nDuties\n- Help participants who have been in recovery for a year plan their next steps\n- Run alumni groups\n\nRequirements\n- High school diploma\n- CPRS',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    // Labeled absent before the first run; the labelers' convention reads an agency describing its
    // own team's lived experience as a mention ("Our team includes peers who use their lived
    // experience"), so the label was wrong. What the trap keeps: "you will be a member" asks nothing.
    name: 'trap: you will be a member of a team that includes people with lived experience',
    text: 'Peer Support Specialist\nMeridian Health · $18/hr\n\nAbout the role\nYou will be a member of a team that includes people with lived experience, nurses and social workers.\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: "you'll be someone who has found your own path through addiction",
    text: "Recovery Coach\nRiver Road Recovery Community · $18/hr\n\nYou'll be someone who has found your own way out of addiction and wants to help others do the same. You'll meet people at the hospital, at home and at meetings.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'UK: experience of using drug services, past or current, essential',
    text: 'Peer Mentor (Drug and Alcohol Service)\nNew Roots Recovery Partnership · £22,800\n\nPerson specification\n- Experience of using drug or alcohol services, past or current (essential)\n- Good communication skills (essential)\n- A full driving licence (desirable)',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'dash labels: lived experience – essential',
    text: 'Peer Support Worker\nEastside Mind · £23,000\n\nWhat we need\nLived experience of mental health difficulties – essential\nExperience of group work – desirable',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'dash labels: lived experience – desirable',
    text: 'Support Worker (Peer)\nEastside Mind · £22,000\n\nWhat we need\nExperience of support work – essential\nLived experience of mental health difficulties – desirable',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'summary says the peers share it, qualifications silent',
    text: 'Peer Support Specialist\nWillow Creek Clubhouse · $17/hr\n\nSummary\nPeer Support Specialists share their lived experience of mental illness with members to build hope.\n\nQualifications\n- High school diploma\n- Peer certification within a year',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'willingness to self-disclose under qualifications',
    text: 'Peer Specialist\nHarbor Crisis Center · $19/hr\n\nQualifications\n- Willingness to self-disclose in the service of others\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
]);
