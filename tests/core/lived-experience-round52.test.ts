// Round 52 (session 11): one-line statements of what is asked, written and decided before the
// first run, each under the same short posting: 18 in the first batch (15 right at first: "Ideal
// candidates will have ..." read as required, its "candidates will have" taken for a requirement
// inside the preference; "You are in recovery from ..." read as a mention; "designated for a
// person with lived experience" read as a mention), then 6 traps and forms written after. Written
// in our own words; none is taken from a real document.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const HEAD =
  'Peer Support Specialist\nRiver Valley Services | Full-time | $20 an hour\n\nHelp adults in recovery reach the goals they set, lead groups, and connect people with housing and work.\n\n';

describeLivedExperienceRound('one line of what is asked', [
  {
    name: 'Qualifications: Must identify as a person in recovery from a substance use disorder.',
    text: `${HEAD}Qualifications: Must identify as a person in recovery from a substance use disorder.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'Requirements: Self-disclosed lived experience with the mental health system.',
    text: `${HEAD}Requirements: Self-disclosed lived experience with the mental health system.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'Lived experience with mental health or substance use challenges desired.',
    text: `${HEAD}Lived experience with mental health or substance use challenges desired.`,
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'Preference given to applicants with lived experience of homelessness and recovery.',
    text: `${HEAD}Preference given to applicants with lived experience of homelessness and recovery.`,
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'Our peer team members draw on their own recovery. Qualifications: high school diploma; CPRS certification.',
    text: `${HEAD}Our peer team members draw on their own recovery. Qualifications: high school diploma; CPRS certification.`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'Essential criteria: lived experience of mental distress and recovery; ability to use it in the role.',
    text: `${HEAD}Essential criteria: lived experience of mental distress and recovery; ability to use it in the role.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'Desirable: lived experience of using mental health services.',
    text: `${HEAD}Desirable: lived experience of using mental health services.`,
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'Minimum qualifications: Personal experience with recovery from mental illness or addiction, as a current or former recipient of services.',
    text: `${HEAD}Minimum qualifications: Personal experience with recovery from mental illness or addiction, as a current or former recipient of services.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'Lived experience OR two years of experience in human services required.',
    text: `${HEAD}Lived experience OR two years of experience in human services required.`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'The successful candidate will be a person with lived experience of recovery from substance use.',
    text: `${HEAD}The successful candidate will be a person with lived experience of recovery from substance use.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'Ideal candidates will have lived experience of recovery.',
    text: `${HEAD}Ideal candidates will have lived experience of recovery.`,
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'You are in recovery from a mental health condition and can talk about it.',
    text: `${HEAD}You are in recovery from a mental health condition and can talk about it.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'Bonus: lived experience as a parent of a child with mental health needs.',
    text: `${HEAD}Bonus: lived experience as a parent of a child with mental health needs.`,
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'This position is designated for a person with lived experience of mental illness.',
    text: `${HEAD}This position is designated for a person with lived experience of mental illness.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'Applicants must disclose their own lived experience of recovery during the interview.',
    text: `${HEAD}Applicants must disclose their own lived experience of recovery during the interview.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'Qualifications: high school diploma, two years of experience in behavioral health, valid license.',
    text: `${HEAD}Qualifications: high school diploma, two years of experience in behavioral health, valid license.`,
    kind: 'peer-posting',
    le: 'absent',
  },
  { name: 'Lived Experience: Required', text: `${HEAD}Lived Experience: Required`, kind: 'peer-posting', le: 'required' },
  {
    name: 'Lived experience in recovery (preferred, not required)',
    text: `${HEAD}Lived experience in recovery (preferred, not required)`,
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'If you are in recovery from addiction, tell us about it.',
    text: `${HEAD}If you are in recovery from addiction, tell us about it.`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'Do you want to help others? Are you in recovery from a mental health condition?',
    text: `${HEAD}Do you want to help others? Are you in recovery from a mental health condition?`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: "We know many of you are in recovery from addiction too.mentioned|Many of you're in recovery yourselves, and that helps.",
    text: `${HEAD}We know many of you are in recovery from addiction too.mentioned|Many of you're in recovery yourselves, and that helps.`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: "When you're in recovery, a job can help.",
    text: `${HEAD}When you're in recovery, a job can help.`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: "You're in long-term recovery from addiction.",
    text: `${HEAD}You're in long-term recovery from addiction.`,
    kind: 'peer-posting',
    le: 'required',
  },
]);
