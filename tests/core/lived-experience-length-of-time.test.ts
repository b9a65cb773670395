// A length of time that opens a mention of recovery or stands right before it ("2 years of
// continuous recovery from addiction", "At least 1 year clean and sober") asks for it, even on a
// line under no heading: the hiring-barrier check reads the same words as a demand, and the report
// must not call the same line both a barrier and "not required". Whose time it is was read first.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const opening =
  'Recovery Coach\n\nWe are hiring a recovery coach for our outpatient clinic. Full time, $21/hr.\nYou will walk with people in early recovery and link them to meetings and housing.\n\n';
const closing = '\n\nApply by March 1.';

describeLivedExperienceRound('length of time in recovery', [
  {
    name: 'a bullet with a length of continuous recovery, no heading above it',
    text: `${opening}- 2 years of continuous recovery from addiction\n- Good communication skills\n- Comfortable with Microsoft Office${closing}`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a line "At least 1 year clean and sober." among other qualification lines',
    text: `${opening}At least 1 year clean and sober.\nHigh school diploma or GED.\nA valid recovery coach credential.${closing}`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a length spelled out as a word',
    text: `${opening}Three years of sustained recovery from alcohol or drug use.\nReliable and on time.${closing}`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: "trap: the staff's average time in recovery describes the team",
    text: `${opening}- Our coaches average 8 years of recovery\n- Good communication skills${closing}`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: "trap: the residents' time in recovery is theirs, not asked of the applicant",
    text: `${opening}- Residents must have 90 days of recovery before moving in\n- Good communication skills${closing}`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: a length of time under a Preferred heading stays preferred',
    text: `${opening}Preferred\n- 2 years of continuous recovery from addiction\n- Bilingual in Spanish${closing}`,
    kind: 'peer-posting',
    le: 'preferred',
  },
]);
