// Round 51 (session 11): twelve short postings written and decided before the first run, in
// shapes a job board shows — a yes/no application question, years in recovery, a parent of a
// child who received services, an invitation to apply, "valued but not required", an emergency
// department coach asked to screen, a youth advocate's age and systems, "must have raised a
// child with ...", no title line, a counselor for whom recovery is a plus, searches and samples
// in a residence, a family specialist for relatives of adults. First run: 11 of 12 ("must have
// raised (or be raising) a child with ..." read as absent; "raised a child with" is a mention
// now, though a parenthesis between its words still breaks it: written here without one).
// Written in our own words; none is taken from a real document.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('fresh postings, first run 11 of 12', [
  {
    name: 'lived experience asked only by a yes/no application question',
    text: 'Peer Support Specialist - Adult Outpatient\nPinecrest Health | Eau Claire, WI | $20.25/hour | Full-time\n\nPinecrest is looking for a Peer Support Specialist to join our adult outpatient team. You will meet with adults after a hospital stay, help them plan the week ahead, and run our Thursday wellness group.\n\nQualifications\n- High school diploma or GED\n- Wisconsin Certified Peer Specialist, or able to certify within 9 months\n\nApplication questions\n1. Do you identify as a person with lived experience of a mental health condition and recovery? (Yes/No)\n2. Are you willing to use your story to support others? (Yes/No)',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: '"must be in recovery ... for at least two years"',
    text: "Recovery Support Specialist\nBayview Treatment Center\n\nJob details: full time, $18.75 - $21.00 an hour\n\nResponsibilities\n- Meet people entering our detox unit and tell them what to expect\n- Link them to outpatient care, meetings and sober housing\n- Call them in the first weeks after discharge\n\nRequirements\n- Must be in recovery from a substance use disorder for at least two years\n- Valid driver's license",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a parent or caregiver of a child who received services',
    text: "Family Partner (Children's Services)\nMeadowlark Family Services is hiring a full-time Family Partner ($45,000 - $49,000).\n\nThe Family Partner works with parents whose children receive intensive in-home mental health services: helping them get ready for team meetings, speak up for what their family needs, and find support from other parents.\n\nYou must be a parent or primary caregiver of a child who has received services from the children's mental health, special education or juvenile justice system.\n\nBachelor's degree not required. Bilingual Spanish preferred.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'people who navigated the system themselves are encouraged to apply',
    text: 'Peer Wellness Coach\nHorizon Community Mental Health | Part-time, 24 hours a week | $19/hour\n\nAs a Peer Wellness Coach you will help members of our clubhouse set wellness goals, find a doctor they like and build routines that work for them.\n\nRequirements: High school diploma; first aid certification within 90 days.\n\nCandidates who have navigated the mental health system themselves are strongly encouraged to apply.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'personal experience with recovery valued but not required',
    text: "Community Peer Navigator\nSprings Health Network - Colorado Springs, CO - $21/hour - Full-time\n\nHelp adults with mental health or substance use challenges connect with clinics, food banks and housing programs, and walk with them to their first appointment.\n\nWhat we're looking for\n- Warm, patient and organized\n- Experience in customer service or community work\n- Personal experience with recovery is valued but not required",
    kind: 'peer-posting',
    le: 'preferred',
    specific: false,
  },
  {
    name: 'an emergency department coach asked to complete screenings',
    text: 'Peer Recovery Coach - Emergency Department\nValley General Hospital | $22.00/hr | Nights, 36 hours a week\n\nRespond to the emergency department when a patient is treated for an overdose or for alcohol or drug use. Offer naloxone and a path to treatment, and follow up after discharge.\n\nDuties include:\n- Complete SBIRT screenings and brief interventions with every patient referred\n- Link patients to treatment and recovery supports they choose\n- Follow up by phone within 72 hours\n\nMinimum qualifications: two years of personal recovery from a substance use disorder; state peer recovery certification.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
    flags: ['duty-clinical-assessment'],
  },
  {
    name: 'a youth peer advocate between 18 and 25 with their own system experience',
    text: 'Youth Peer Advocate (ages 18-25)\nBridges Youth Network - Albany, NY - $19.50 an hour\n\nYouth Peer Advocates support young people ages 14 to 21 in our foster care and juvenile justice programs: showing up at court dates when youth want a familiar face, helping with school and job plans, and running a youth voice group.\n\nYou are between 18 and 25 and have your own lived experience in the foster care, juvenile justice or mental health systems. NYS Youth Peer Advocate credential within 18 months of hire.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: '"you must have raised a child with ..."',
    text: 'Parent Support Partner\n\nSupport parents and caregivers of children and teens who receive mental health services from our clinic. You will listen, share what helped your family, and help parents prepare for school and treatment meetings. Pay: $23.50/hour, full time.\n\nTo qualify, you must have raised a child with emotional or behavioral health challenges.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'no title line: looking for someone in recovery',
    text: 'We are looking for someone in recovery to join our street outreach team as a Peer Navigator. You would spend most days outdoors, meeting people where they stay, handing out water and naloxone, and helping them get ID, benefits and a bed when they want one.\n\nThis is a full-time position at $20 an hour with health insurance and paid time off. You need to be in recovery from mental health or substance use challenges yourself and be willing to talk about it. Apply at northwoodsoutreach.example/jobs.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a counselor for whom personal recovery is a plus',
    text: 'Certified Alcohol and Drug Counselor (CADC)\nLakeshore Recovery Services | $26 - $31 an hour | Full-time\n\nProvide individual and group counseling to adults in intensive outpatient treatment, complete assessments and treatment plans, and coordinate care with physicians.\n\nRequirements\n- Current CADC or LADC in good standing\n- Two years of counseling experience in addiction treatment\n- Personal recovery experience is a plus',
    kind: 'non-peer-posting',
  },
  {
    name: 'a residential peer asked to search rooms and collect samples',
    text: 'Peer Recovery Specialist - Residential\nHarbor House Recovery | Full-time | $17.00/hour\n\nDuties\n- Lead peer support groups and share your recovery story\n- Conduct random room searches and collect UA samples\n- Help residents plan for life after discharge\n\nQualifications\n- At least one year of continuous recovery from a substance use disorder\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
    flags: ['duty-drug-testing', 'duty-enforce-rules'],
  },
  {
    name: 'a family support specialist for relatives of adults',
    text: 'Family Support Specialist - Adult Services\nBlue River Behavioral Health | $40,000 - $44,000 per year\n\nBlue River is seeking a Family Support Specialist to help family members of adults living with serious mental illness. You will teach our family education class, meet with relatives one-on-one and help them navigate privacy rules and crisis services.\n\nRequirements: lived experience as a family member of an adult with a mental health condition; willingness to share that experience; high school diploma.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
