// A lone "ideally" or "preferably" after a comma narrows what came before ("lived experience of a
// mental health condition, ideally psychosis"): the experience stays required and only the
// narrower kind is preferred. A label "Volunteers must:" heads what must be, as "Must:" does.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const posting = (title: string, heading: string, line: string) =>
  `${title}\nLakeview Community Services · $20/hr\n\nWhat you will do\n- Meet with adults after a hospital stay\n- Co-lead a weekly wellness group\n\n${heading}\n- ${line}\n- High school diploma or GED\n\nApply online.`;

describeLivedExperienceRound('narrowing preference', [
  {
    name: 'a narrower kind preferred after a comma: the experience is required',
    text: posting('Peer Support Specialist', 'Requirements', 'Lived experience of a mental health condition, ideally psychosis'),
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a narrower time preferred after a comma: the recovery is required',
    text: posting('Recovery Coach', 'Qualifications', 'Personal recovery from a substance use disorder, preferably two years or more'),
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: "preferably" ending the line prefers the whole',
    text: posting('Peer Support Specialist', 'Requirements', 'Lived experience of a mental health condition, preferably'),
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'trap: "ideally" before the mention prefers it',
    text: posting('Peer Support Specialist', 'Requirements', 'Ideally, lived experience of a mental health condition'),
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'trap: a narrower kind after a comma under a Preferred heading stays preferred',
    text: posting('Peer Support Specialist', 'Preferred', 'Lived experience of a mental health condition, ideally psychosis'),
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'a volunteer posting whose requirements are headed "Volunteers must:"',
    text: 'Warmline Peer Volunteer\nHarbor Light Warmline · evening shifts\n\nWhat you will do\n- Take calls from people who want someone to talk to\n\nVolunteers must:\n- Have lived experience of a mental health condition\n- Complete 20 hours of training\n\nApply online.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: "Volunteers must" inside a sentence heads nothing',
    text: 'Warmline Peer Volunteer\nHarbor Light Warmline · evening shifts\n\nWhat you will do\n- Take calls from people who want someone to talk to\n\nAbout the program\nVolunteers must complete training before their first shift. Many of our volunteers have lived experience of a mental health condition.\n\nApply online.',
    kind: 'peer-posting',
    le: 'mentioned',
  },
]);
