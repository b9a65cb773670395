// Thirty-ninth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a job board's structured block ("Experience: / - Lived experience:
// 1 year (Required)"), the same with (Preferred), an equal-opportunity block whose disability and
// veteran words ask nothing, a benefits list with a recovery-friendly note, a family partner whose
// own child's services are asked in prose, and a trap where lived experience is the team's training.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('thirty-ninth', [
  {
    name: 'job board structured block: Lived experience: 1 year (Required)',
    text: 'Peer Support Specialist\nHarborside Behavioral Health\n\nJob Type: Full-time\nPay: $19.00 - $22.00 per hour\n\nExperience:\n- Lived experience: 1 year (Required)\n- Peer support: 1 year (Preferred)\n\nLicense/Certification:\n- Certified Peer Specialist (Preferred)\n\nWork Location: In person',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'job board structured block: Lived experience: 1 year (Preferred)',
    text: 'Recovery Coach\nNew Path Recovery Center\n\nJob Type: Part-time\nPay: $18.00 per hour\n\nExperience:\n- Lived experience with addiction recovery: 1 year (Preferred)\n\nEducation:\n- High school or equivalent (Required)',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: equal-opportunity block with disability and veteran status asks nothing',
    text: 'Peer Support Specialist\nGrandview Health · $18/hr\n\nRequirements\n- High school diploma\n- Peer certification\n\nGrandview is an equal opportunity employer. All qualified applicants will receive consideration without regard to disability or protected veteran status.',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'benefits list with a recovery-friendly note, requirement in the qualifications',
    text: 'Peer Recovery Specialist\nBright Morning Treatment · $19/hr\n\nQualifications\n- At least one year of recovery from a substance use disorder\n- High school diploma\n\nBenefits\n- Recovery-friendly workplace: time off for meetings and appointments\n- Health insurance',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'family partner whose own child received services, said in prose under About You',
    text: "Family Partner\nOpen Arms Children's Center · $19/hr\n\nAbout You\nYou are a parent or caregiver whose own child has received services for emotional or behavioral needs, and you want to walk with other families.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: lived experience is the subject of a training the team gives',
    text: 'Peer Support Specialist\nLakeview Center · $18/hr\n\nDuties\n- Help plan our annual lived experience training for clinicians\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'lived experience named in a Who we are looking for paragraph with a preference word',
    text: "Peer Navigator\nSouth County Health Partners · $20/hr\n\nWho we're looking for\nSomeone with a high school diploma and a driver's license. Lived experience of mental health or substance use recovery would be a big plus.",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'a requirement in capitals in the opening paragraph',
    text: 'PEER SUPPORT SPECIALIST\nMountain View Mental Health · $18/hr\n\nTHIS POSITION REQUIRES LIVED EXPERIENCE OF MENTAL ILLNESS AND RECOVERY. The Peer Support Specialist works with adults in our outpatient clinic.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
