// Twenty-sixth round of fresh whole postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a class spec's pattern of education and experience, Required:/Preferred:
// labels, a job board's company blurb, 'we'd love for you to have', plain-words requirements, Must Have
// and Nice to Have, screening questions, fair-chance text, a certification in place of recovery, with
// traps (a toolkit's sample, a social worker); cases marked 'after the fixes' were written after the
// first run.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('twenty-sixth', [
  {
    name: 'county class spec: Minimum Qualifications with lived experience as a pattern of education and experience',
    text: "PEER RECOVERY SPECIALIST\nDepartment of Health Services, County of Lake Arden\nRange 31: $20.44 - $26.12 hourly\n\nDEFINITION\nUnder supervision, provides peer recovery support to adults with substance use and co-occurring conditions.\n\nMINIMUM QUALIFICATIONS\nPattern I: High school diploma or GED AND at least one year of personal recovery from substance use disorder.\n\nLICENSE\nPossession of a valid driver's license.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'hospital: Required / Preferred, lived experience in Preferred only, with a strong share line',
    text: "Peer Specialist - Psychiatric Emergency\nHarborview Medical Center · Full-time · $23.40/hr\n\nRequired:\n- High school diploma\n- State peer specialist certification\n\nPreferred:\n- Lived experience with a mental health crisis\n- Ability to share one's recovery story to build hope",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: "job board: an agency 'founded by people with lived experience' asks nothing of the job (written as mentioned before the first run; the lexicon reads a founding or governing body's experience as the agency's, not the job's)",
    text: 'Peer Support Specialist\nKindred Minds Inc.\n4.1 ★ 212 reviews\nColumbus, OH · $19 an hour\n\nAbout Kindred Minds\nKindred Minds was founded by people with lived experience and is led by them today.\n\nResponsibilities\n- Run peer groups\n- Meet with members one-on-one\n\nQualifications\n- Ohio Peer Supporter certificate\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: "nonprofit: What we're looking for, with a preference phrased as would love",
    text: "Peer Advocate\nStarling House Women's Center | $19/hr\n\nWhat we're looking for\n- Someone who is warm, steady and non-judgmental\n- High school diploma or GED\n- We'd love for you to have your own experience of recovery from trauma or addiction",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: "informal post: you've been there, required in plain words",
    text: 'Now hiring a part-time peer at Lakeside Drop-In. You gotta have been there yourself (mental health, addiction, or both). No degree needed. $17/hr. Come by Tuesday 2-4 to apply.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'family partner: lived experience as a parent of a child with an IEP or mental health needs, under Must Have',
    text: 'Parent Partner (Bilingual)\nBridges Family Resource Center · $18/hr\n\nMust Have\n- Lived experience as a parent of a child with an IEP or mental health needs\n- Bilingual English/Spanish\n\nNice to Have\n- Family peer credential',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'youth: lived experience as a young person, screening question in a form',
    text: "Youth Peer Advocate\nTomorrow's Voices · $17/hr\n\nJob description\nSupport teens in our outpatient program through groups and one-on-one time.\n\nScreening questions\nDo you have lived experience with mental health services as a youth or young adult? Yes / No\nAre you 18 or older? Yes / No",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'forensic: lived experience of incarceration required, with a second chance statement',
    text: 'Reentry Peer Specialist\nOpen Gate Reentry Alliance · $20/hr\n\nRequirements\n- Lived experience of incarceration is required\n- High school diploma or GED\n\nWe are a fair chance employer: a conviction record does not bar you from this job.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'recovery coach: equivalency via certification in place of time in recovery',
    text: "Recovery Coach\nRenewal Recovery Community · $18/hr\n\nRequirements\n- Two years of recovery from substance use, or current certification as a peer recovery specialist in its place\n- Valid driver's license",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'trap: document about peer work, toolkit page with a sample requirement',
    text: 'Peer Workforce Toolkit: Writing Job Descriptions\n\nSample minimum qualification\n"Lived experience of recovery from a mental health or substance use condition, and willingness to share it."\n\nWhy this matters\nRequiring lived experience keeps peer roles true to their purpose.',
    kind: 'about-peer-work',
  },
  {
    name: 'trap: non-peer social worker job mentioning peers on the team with lived experience',
    text: 'Social Worker II - Integrated Care\nFairview Health · $64,000 - $71,000\n\nJoin a team of nurses, doctors and peer specialists with lived experience.\n\nRequirements\n- MSW and LCSW\n- Two years of clinical experience',
    kind: 'non-peer-posting',
  },
  {
    name: 'trap (after the fixes): CPRS or certification within six months is no substitute for lived experience',
    text: 'Peer Recovery Specialist\nRenewal Recovery Community · $18/hr\n\nRequirements\n- Lived experience of recovery from addiction; CPRS or certification within six months\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap (after the fixes): we would love to hear from you in its own sentence',
    text: "Peer Support Specialist\nRiver Clinic · $18/hr\n\nRequirements\n- Lived experience of mental health recovery\n- High school diploma\n\nWe would love to hear from you. We'd love for you to apply today.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
