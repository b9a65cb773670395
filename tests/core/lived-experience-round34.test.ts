// Thirty-fourth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a "Who is eligible?" heading, a must-disclose line, a cover-letter
// invitation, "walked in the shoes", a requirement said as "Recovery is a requirement", a title's
// designation, care-experienced applicants, a bilingual pair of lines, with traps (a posting that
// promises not to ask about diagnoses, the people a program serves, homelessness services).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('thirty-fourth', [
  {
    name: 'Who is eligible? heading over an identify line',
    text: 'Peer Wellness Specialist\nUnity Mental Health Cooperative · $19/hr\n\nWho is eligible?\nAdults 18 and over who identify as being in recovery from a mental health condition.\n\nHow to apply\nEmail your resume to jobs@example.org.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience as a person in recovery, must be willing to disclose',
    text: 'Recovery Coach\nStepping Stones Recovery Center\n$17-$19/hr\n\nRequirements\n- Lived experience as a person in recovery; must be willing to disclose it to participants\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'cover letter invitation: if you have it, tell us',
    text: 'Peer Support Specialist\nOpen Circle Peer Center · $18/hr\n\nWe believe lived experience is expertise. If you have it, tell us about it in your cover letter.\n\nRequirements\n- High school diploma\n- Peer certification or willingness to obtain',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'ideal candidate has walked in the shoes of the people we serve',
    text: 'Peer Recovery Navigator\nCrossroads Health Partners · $20/hr\n\nThe ideal candidate has walked in the shoes of the people we serve: someone who knows addiction and recovery firsthand.\n\nRequirements\n- High school diploma\n- Valid driver license',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'recovery is a requirement of this position',
    text: 'Peer Recovery Support Specialist\nClear Path Outpatient · $18.50/hr\n\nRecovery is a requirement of this position: applicants must have at least one year of continuous recovery from a substance use disorder.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'title designation only: Peer Support Specialist - Lived Experience',
    text: 'Peer Support Specialist - Lived Experience\nSunnyside Counseling Center · $18/hr\n\nDuties\n- Lead groups\n- Meet clients one on one\n\nRequirements\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'UK style: applicants must be care experienced',
    text: "Care Experienced Peer Mentor\nBrightside Young People's Trust · £24,500 per annum\n\nAbout you\n- You are care experienced, aged 18 to 25\n- You can build trust with young people leaving care",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'bilingual pair of lines, both preferring lived experience',
    text: 'Bilingual Peer Navigator\nLa Puerta Community Health · $20/hr\n\nPreferred Qualifications\n- Lived experience of substance use recovery\n- Se prefiere experiencia vivida en la recuperación de adicciones\n\nMinimum Qualifications\n- High school diploma\n- Fluent in Spanish and English',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: posting promises not to ask about diagnoses or history',
    text: 'Peer Support Specialist\nHarmony Peer Services · $18/hr\n\nWe never ask applicants about their diagnosis or treatment history.\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: the summary names the people the program serves',
    text: 'Peer Support Specialist\nHome First Housing · $18/hr\n\nSummary\nOur program serves adults who have experienced long-term homelessness and live with a serious mental illness.\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: experience with homelessness services',
    text: 'Peer Support Specialist\nHome First Housing · $18/hr\n\nRequirements\n- Experience with homelessness services or supportive housing\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
