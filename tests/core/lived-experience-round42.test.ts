// Forty-second round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): an ideal-candidate paragraph under Requirements, a class spec's
// Knowledge, Skills and Abilities, an agency describing its coaches, a heading named Lived
// Experience, a parent partner's minimum qualification without a verb, a youth line with an age,
// lived experience in lieu of education, a preference given to those who self-identify, a
// capital AND, an informal "we need someone who gets it", a Spanish requirements block, and a
// trap where the applicant serves people with lived experience.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('forty-second', [
  {
    name: 'the ideal candidate paragraph under Requirements prefers',
    text: "Housing Peer Navigator\nCommon Ground Housing Coalition - $20/hr\n\nRequirements\n- Valid driver's license and reliable car\n- Comfort with data entry\n\nThe ideal candidate will have lived through homelessness and knows the shelter system from the inside.",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'class spec: Knowledge, Skills and Abilities list a personal experience of recovery',
    text: 'PEER SUPPORT SPECIALIST\nMarion County Human Resources\n\nEXAMPLES OF DUTIES\nFacilitates recovery groups and assists consumers in developing wellness plans.\n\nKNOWLEDGE, SKILLS AND ABILITIES\nPersonal experience with the recovery process from mental illness and/or substance use disorders.\nAbility to communicate effectively.\n\nSALARY: $38,400 - $46,100 annually',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    // Labeled specific before the run; relabeled: "long-term recovery" names no kind of
    // experience, and the earlier rounds label a bare "person in recovery" not specific.
    name: 'trap: the agency describes its coaches, the requirements do not ask it',
    text: 'Recovery Coach\nStepping Stones Recovery - $19/hr\n\nOur Recovery Coaches are people in long-term recovery who use their experience to help others find their way.\n\nRequirements\n- High school diploma or GED\n- CCAR Recovery Coach Academy\n- Reliable transportation',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'a heading named Lived Experience over a sentence that requires it',
    text: 'Peer Support Specialist\nBrightside Behavioral Health - $18/hr\n\nLived Experience\nThis position requires that you have personally experienced a mental health condition and are willing to share your recovery story.\n\nEducation\nHigh school diploma or GED.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'parent partner: minimum qualification names the parent without a verb',
    text: "Parent Partner\nKinship Family Resource Center\n$42,000 per year\n\nMinimum Qualifications\nParent or primary caregiver of a child who has been involved with the child welfare, juvenile justice or children's mental health system.\nHigh school diploma or GED.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'youth peer: an age and personal experience with the foster care system',
    text: 'Youth Peer Mentor\nBridges Youth Services - $17/hr\n\nRequirements\n- Must be between 18 and 26 years old and have personal experience with the foster care system\n- Able to work evenings',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'relevant lived experience may be considered in lieu of education',
    text: "Peer Specialist\nCommunity Counseling Services - $19/hr\n\nQualifications\n- Bachelor's degree in a human services field\n- Relevant lived experience may be considered in lieu of education",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'preference will be given to candidates who self-identify',
    text: 'Peer Support Specialist\nHope Clinic - $18/hr\n\nQualifications\n- High school diploma\n- Peer certification\n\nPreference will be given to candidates who self-identify as having lived experience with mental health or substance use challenges.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'hospital: personal experience with mental illness, addiction or trauma AND willingness to share',
    text: 'Peer Specialist - Inpatient Psychiatry\nMercy Regional Hospital\n\nPosition Requirements\n- High school diploma or GED\n- Personal experience with mental illness, addiction, or trauma AND a willingness to share that experience\n- BLS within 30 days of hire',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: "informal: we need someone who gets it, who's been homeless or close to it",
    text: "Street Outreach Peer\nCorner House Drop-In\n\nWe need someone who gets it, someone who's been homeless or close to it. Pay is $18/hr, 30 hours a week, mostly afternoons.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Spanish requirements block: personal experience of mental health recovery (obligatorio)',
    text: 'Especialista de Apoyo entre Pares / Peer Support Specialist\nClínica Comunitaria La Esperanza - $19/hr\n\nRequisitos\n- Experiencia personal con la recuperación de salud mental (obligatorio)\n- Bilingüe español e inglés',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: experience providing services to people with lived experience of incarceration',
    text: 'Reentry Peer Specialist\nSecond Chance Services - $20/hr\n\nRequirements\n- Experience providing services to people with lived experience of incarceration\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'you have been in foster care yourself, under Requirements',
    text: 'Youth Peer Mentor\nBridges Youth Services - $17/hr\n\nRequirements\n- You have been in foster care yourself\n- Able to work evenings',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap (after the fixes): the people served have been homeless, not the applicant',
    text: 'Peer Support Specialist\nBridges Housing - $17/hr\n\nYou will work with people who have been homeless or incarcerated.\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap (after the fixes): someone who has been working in mental health names work',
    text: 'Peer Support Specialist\nBridges Clinic - $17/hr\n\nRequirements\n- Someone who has been working in mental health for two years\n- Candidates who have been in the mental health field since 2020\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap (after the fixes): Spanish line that only prefers it',
    text: 'Especialista de Apoyo entre Pares / Peer Support Specialist\nClínica La Esperanza - $19/hr\n\nRequisitos\n- Bilingüe español e inglés\n\nDeseable\n- Experiencia vivida con adicciones',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
]);
