// Round 68 (session 16): shapes met in an opened blind set (blind31), rewritten in our own words. A
// page that says what its peers are, as people ("Our Recovery Mentors are neighbors who use their
// own recovery to ...", "mentors in their twenties who were court-involved themselves", "mothers whose
// own kids were once placed in care"), mentions lived experience without asking it; recovery from an eating
// disorder names the kind of experience (mental health). Trap: helping people
// use their own recovery tools is theirs (passed before this round: kept as a guard).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const page = (about: string, role = 'Recovery Mentor') =>
  `${role}\nNorthgate Services | $18.50 an hour\n\n${about}\n\nWhat you will do\n- Meet people where they are and talk about what they want next.\n- Lead a weekly group.\n\nWhat you need\n- High school diploma or equivalent.\n- Valid driver license.`;

describeLivedExperienceRound('sixty-eighth', [
  {
    name: 'peers who use their own recovery',
    text: page('Our Recovery Mentors are neighbors who use their own recovery to walk beside people leaving detox.'),
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'young people who were court-involved themselves',
    text: page(
      'The mentors on our youth team are in their twenties and were court-involved themselves, so teens listen to them.',
      'Youth Peer Mentor',
    ),
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'parents whose own children were once in care',
    text: page('Family Partners are mothers and fathers who know the system: their own kids were once placed in care.', 'Family Partner'),
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'recovery from an eating disorder names its kind',
    text: 'Peer Mentor\nBright Path Clinic | $21 an hour\n\nDuties\n- Meet clients between therapy sessions.\n\nQualifications\n- Personal recovery from an eating disorder is required.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'helping people use their own recovery tools is theirs',
    text: page('Recovery Mentors help people use their own recovery tools and plans.'),
    kind: 'peer-posting',
    le: 'absent',
  },
]);
