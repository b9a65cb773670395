// Twenty-fourth round of fresh short postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a requirement in the title line, abbreviations ('2 yrs sobriety req.'),
// time away from addiction, 'lived expertise', a psychiatric history, lived experience in place of a
// degree, saying it is not needed ('N/A', 'No lived experience needed'), 'unless you already hold',
// with traps (recovery from surgery in benefits, clients' experience of the services).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('twenty-fourth', [
  {
    name: 'title line says lived experience required',
    text: 'Peer Support Specialist (Lived Experience Required)\nOak Hollow Services - $18/hr\n\nDuties\n- Lead support groups and meet with members one-on-one\n\nRequirements\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'credential only, no lived experience named',
    text: 'Certified Recovery Peer Advocate\nEmpire Recovery Center - $19/hr\n\nRequirements\n- Certified Recovery Peer Advocate (CRPA) credential required\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'abbreviations: 2 yrs sobriety req',
    text: 'Recovery Coach\nFresh Start House - $16/hr\n\nReqs:\n- 2 yrs sobriety req.\n- HS diploma/GED\n- Valid DL',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'two years removed from active addiction',
    text: 'Peer Recovery Specialist\nClearpath Recovery - $18/hr\n\nRequirements\n- Must be at least two years removed from active addiction\n- CPRS or CPRS-eligible',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'two years free from drugs and alcohol',
    text: 'Recovery Support Peer\nCrossroads Sober Living - $17/hr\n\nQualifications\n- Two years free from drugs and alcohol\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived expertise',
    text: 'Peer Specialist\nInclusive Minds Collective - $21/hr\n\nRequirements\n- Lived expertise of mental health challenges, psychiatric treatment or crisis\n- Comfort with computers',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a person with a psychiatric history',
    text: 'Peer Counselor\nValley Peer Network - $17/hr\n\nQualifications\n- Must be a person with a psychiatric history or a history of substance use\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience may substitute for the degree',
    text: "Recovery Navigator\nMountain View Health - $23/hr\n\nQualifications\n- Bachelor's degree in a human services field; two years of lived experience in recovery from substance use may substitute for the degree\n- Valid driver's license",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'required and preferred both: one required line, one preferred line',
    text: 'Peer Support Specialist\nDelta Community Services - $18/hr\n\nRequirements\n- Lived experience of mental illness or substance use\n- Experience with the public mental health system as a client is preferred\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: "Lived experience: N/A says it is not asked, as 'not required' does (written as absent before the first run; read as the rounds before read 'not required')",
    text: 'Peer Support Specialist\nFastlane Staffing (for a client) - $20/hr\n\nRequirements\nLived experience: N/A\nEducation: High school diploma\nCertification: Peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'no lived experience needed (negated)',
    text: 'Peer Support Assistant\nBrightside Clinic - $16/hr\n\nRequirements\n- No lived experience needed\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'lived experience required unless otherwise certified (a credential substitutes)',
    text: 'Peer Support Specialist\nPinecrest Mental Health - $18/hr\n\nRequirements\n- Lived experience of mental illness, unless you already hold a state peer certification\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'trap: recovery from surgery in an HR benefits block',
    text: 'Peer Support Specialist\nMidland Services - $18/hr\n\nRequirements\n- High school diploma\n- Peer certification\n\nBenefits\n- Paid leave for recovery from surgery or illness\n- Health insurance',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: "trap: personal experience of our services as clients' feedback",
    text: 'Peer Support Specialist\nMidland Services - $18/hr\n\nAbout us\nWe ask every client about their personal experience of our services.\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
