// Thirty-eighth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts), with traps for the wordings rounds 29-37 taught: a substitution for
// the degree beside a requirement, "Lived experience required: Yes", a contact question, short
// questions to the reader, a substitution for work experience; and successful applicants who lived
// through homelessness, a kinship caregiver, a bilingual requirement line.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('thirty-eighth', [
  {
    name: 'trap: experience substitutes for the degree, lived experience still required',
    text: "Peer Specialist II\nLakeland County Health · $21/hr\n\nMinimum Qualifications\n- Bachelor's degree; two years of experience may substitute for the degree.\n- Lived experience of recovery from a mental health condition is required.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: Lived experience required: Yes',
    text: 'Peer Support Specialist\nGreen Valley Health Services\n\nJob details\nPay: $18.00 - $20.00 per hour\nLived experience required: Yes\nType of lived experience: mental health recovery',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a contact question is no mention',
    text: 'Peer Support Specialist\nSunrise Center · $18/hr\n\nRequirements\n- High school diploma\n- Peer certification\n\nQuestions? Contact Maria at 555-0100.',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'short question, then tell us in your cover letter',
    text: 'Peer Support Specialist\nSunrise Center · $18/hr\n\nIn recovery yourself? Tell us in your cover letter.\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'question to the reader, then an invitation to apply',
    text: 'Recovery Coach\nOpen Road Recovery Community · $18/hr\n\nHave you walked the road of recovery? Apply today and help others find their way.\n\nDuties\n- Meet people in the emergency department after an overdose\n- Connect them with treatment and meetings',
    kind: 'peer-posting',
    le: 'preferred',
    specific: false,
  },
  {
    name: 'trap: certification may substitute for work experience, lived experience required',
    text: 'Peer Support Specialist\nCapital Region Behavioral Health · $19/hr\n\nRequirements\nLived experience of a psychiatric disability is required; a peer certification may be substituted for one year of the required work experience.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'bilingual requirement line',
    text: 'Peer Support Specialist (Bilingual Spanish)\nClínica del Valle · $19/hr\n\nRequisitos / Requirements\n- Experiencia vivida requerida / Lived experience with mental health recovery required\n- Bilingüe español-inglés / Bilingual Spanish-English',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'successful applicants will have lived through homelessness',
    text: 'Peer Housing Specialist\nFirst Key Housing · $20/hr\n\nSuccessful applicants will have lived through homelessness and be comfortable talking about it with the people we house.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'kinship caregiver of a child who has had services',
    text: 'Family Peer Advocate\nKinship Circle Family Services · $18/hr\n\nRequirements\n- Must be the parent, grandparent or kinship caregiver of a child who has received mental health or special education services\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    // Read as a mention until "Join us!" after a question counted as an invitation, as "Apply
    // today" after one does: a preference.
    name: 'question with an age and a system, then Join us',
    text: 'Youth Peer Advocate\nRiver City Youth Services · $17/hr\n\nAre you 18 to 25 with lived experience in the juvenile justice or foster care system? Join us! You will mentor teens on probation and in care.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
]);
