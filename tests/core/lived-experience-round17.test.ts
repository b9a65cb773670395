// Seventeenth round of fresh postings for the lived-experience judgment (see lived-experience-rounds.ts).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('seventeenth', [
  {
    name: 'a long hospital page: the peer program description names its staff, requirements ask nothing',
    text: 'Careers > Behavioral Health > Peer Recovery Specialist\nPeer Recovery Specialist - Bridge Clinic\nMercy Regional Health | Springfield | Full time | Req #44812\nPay range: $19.75 - $25.10 per hour\n\nAbout the Bridge Clinic\nThe Bridge Clinic offers same-day treatment for opioid use disorder. Our peer recovery specialists are people with lived experience of addiction who walk with patients from the first visit.\n\nJob responsibilities\n- Engage patients in the waiting room and exam rooms\n- Help patients with transportation, insurance and pharmacy questions\n- Document encounters in the health record\n\nRequired qualifications\n- High school diploma or equivalent\n- State peer recovery certification or obtained within 12 months\n\nBenefits\nMedical, dental, 403(b), tuition help.\n\nMercy Regional is an equal opportunity employer.',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'a class spec with special requirements: sobriety',
    text: 'RECOVERY SUPPORT AIDE\nCounty Civil Service - Class 2210\n\nDISTINGUISHING CHARACTERISTICS\nIncumbents provide peer recovery support to clients of county substance use programs.\n\nSPECIAL REQUIREMENTS\nTwo years of continuous recovery from substance use at the time of appointment.\n\nMINIMUM QUALIFICATIONS\nHigh school graduation or GED.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'an informal post: we want someone who gets it, because they lived it',
    text: 'Peer Mentor wanted!\nSmall recovery house in Elm City, $16/hr plus a room.\n\nWe want someone who gets it because they lived it: you must be in recovery from drugs or alcohol yourself.\n\nCall Mike at 555-0199.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience is strongly desired, under Minimum qualifications',
    text: 'Peer Support Specialist\nTri-Valley Mental Health - $20/hr\n\nMinimum qualifications\n- High school diploma\n- Lived experience of mental health recovery strongly desired',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'those with lived experience go to the top of the pile',
    text: "Recovery Coach\nOn Track Recovery - $18/hr\n\nWhat we're looking for\n- A high school diploma\n- Recovery coach training\n- If you're in recovery from addiction yourself, you go to the top of the pile",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'your own experience of being a caregiver: essential, on the next line',
    text: "Caregiver Peer Specialist\nFamily Care Network - $19/hr\n\nAbout you\nYou've cared for a family member with a serious mental illness.\nThis is essential.\nYou have a GED or diploma.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience of recovery — or — a year volunteering',
    text: 'Peer Support Worker\nSafe Haven Drop-In - $18/hr\n\nRequirements\n- Lived experience of recovery from mental illness — or — one year volunteering in a peer-run program\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'been to treatment yourself',
    text: 'Peer Recovery Navigator\nPathway Hospital - $20/hr\n\nRequirements\n- Must have been through treatment for substance use yourself\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a peer supervisor job where supervising people in recovery',
    text: 'Peer Program Supervisor\nHope Network - $55,000\n\nSupervise a team of 8 peer specialists, all of whom are in recovery.\n\nRequirements\n- Three years of peer work\n- Peer certification\n- Lived experience of recovery required',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: a front desk job at a recovery center that welcomes people in recovery',
    text: 'Front Desk Receptionist\nSerenity Recovery Center - $16/hr\n\nGreet visitors, answer phones and schedule appointments.\n\nRequirements\n- Customer service experience\n\nWe welcome applicants who are in recovery.',
    kind: 'non-peer-posting',
  },
]);
