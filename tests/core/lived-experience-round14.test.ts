// Fourteenth round of fresh postings for the lived-experience judgment (see lived-experience-rounds.ts).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('fourteenth', [
  {
    name: 'our coaches are living proof that recovery happens',
    text: 'Recovery Coach\nOpen Door Recovery Center - $18/hr\n\nOur coaches are living proof that people recover from addiction.\n\nDuties\n- Make follow-up calls\n- Lead all-recovery meetings\n\nRequirements\n- High school diploma\n- CRC within one year',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'every member of our peer team has their own mental health story',
    text: 'Peer Support Specialist\nSunrise Wellness - $19/hr\n\nEvery member of our peer team has their own story of living with a mental health condition.\n\nResponsibilities\n- Co-facilitate WRAP groups\n\nQualifications\n- High school diploma\n- CPS',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'our family partners are parents who have raised children with special needs',
    text: "Family Partner\nCounty Children's Services - $41,000\n\nOur family partners are parents who have raised children with emotional challenges.\n\nDuties\n- Go with parents to school meetings\n\nQualifications\n- High school diploma\n- Driver's license",
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'applicants in recovery will receive preference',
    text: 'Peer Recovery Specialist\nTri-County Treatment - $19/hr\n\nMinimum qualifications\n- High school diploma\n- Peer certification within 1 year\n- Applicants in recovery from substance use disorders will receive preference',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'we strongly prefer that applicants identify as having lived experience',
    text: 'Peer Specialist\nHarbor Health - $19/hr\n\nWe strongly prefer that applicants identify as a person with lived experience of mental illness.\n\nDuties\n- Lead groups\n\nQualifications\n- High school diploma',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'must remain clean and sober throughout employment',
    text: 'Peer Recovery Support Specialist\nNew Start Residential - $17/hr\n\nRequirements\n- Minimum two years of sobriety; must remain clean and sober throughout employment\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a person in recovery yourself (must)',
    text: "Recovery Coach\nBright Path - $18/hr\n\nYou're a good fit if\n- You're a person in recovery yourself (must)\n- You like people (obviously)",
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'lived experience, or: an equivalent combination',
    text: 'Peer Navigator\nState Peer Network - $20/hr\n\nMinimum qualifications\n- Lived experience of recovery from mental illness or substance use\n- Or an equivalent combination of education and experience\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'personal experience with a loved one who used drugs',
    text: 'Family Recovery Coach\nFamilies Together - $19/hr\n\nRequirements\n- Personal experience supporting a loved one who used drugs or drank heavily\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience with psychosis or hearing voices',
    text: 'Peer Specialist - Early Psychosis Program\nYoung Minds Clinic - $20/hr\n\nRequirements\n- Lived experience with psychosis, hearing voices or unusual beliefs\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a program manager job where lived experience is welcome',
    text: "Program Manager - Behavioral Health\nCity Health Department - $78,000\n\nManage contracts and budgets for behavioral health programs and supervise staff.\n\nQualifications\n- Master's degree\n- Five years of management experience\n\nPeople with lived experience of mental illness or substance use are encouraged to apply.",
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: understanding of the recovery process under qualifications',
    text: 'Peer Support Specialist\nWellness Works - $18/hr\n\nQualifications\n- Understanding of the recovery process and of trauma-informed care\n- High school diploma\n- Peer credential',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: staff must maintain a drug-free workplace',
    text: 'Peer Specialist\nRiverbend Clinic - $18/hr\n\nDuties\n- Lead groups\n\nQualifications\n- High school diploma\n- Must maintain a drug-free workplace and pass a drug screen\n- Peer credential',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
