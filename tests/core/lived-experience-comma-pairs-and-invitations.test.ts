// Two shapes found by the fortieth round's leftovers: a second verb set off by commas between a
// first verb and the object both share ("You have raised, or are raising, a child with ..."), and
// a question to the reader followed by an invitation to come aboard ("Join us!"), with traps.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('comma-pair and invitation', [
  {
    name: 'you have raised, or are raising, a child with emotional challenges, under Required',
    text: "Family Partner\nBright Futures Family Services - $20/hr\n\nRequired\n- You have raised, or are raising, a child with emotional or behavioral challenges\n- Driver's license",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'must have lived with, and recovered from, a mental health condition',
    text: 'Peer Support Specialist\nLakeside Clinic - $18/hr\n\nQualifications\n- Must have lived with, and recovered from, a serious mental health condition\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a comma pair in a duty about the people served names no experience of the applicant',
    text: 'Peer Support Specialist\nLakeside Clinic - $18/hr\n\nDuties\n- Support members who have struggled, or are struggling, with housing\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'a question then Join us! prefers',
    text: 'Are you in recovery from addiction? Join us!\n\nRecovery Coach\nBridgeway Center - $18/hr\n\nDuties\n- Support people new to recovery\n- Drive members to appointments',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'a question then Reach out today prefers',
    text: 'Peer Support Specialist\nHillside Wellness - $19/hr\n\nLiving with a mental health condition? Reach out today. You will lead groups and meet members one on one.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: a question then an invitation to an event stays a mention',
    text: 'Peer Support Specialist\nHillside Wellness - $19/hr\n\nAre you in recovery from a mental health condition? Join us for our open house on Friday. The Peer Support Specialist leads groups.\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
]);
