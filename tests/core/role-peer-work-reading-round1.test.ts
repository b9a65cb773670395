// Role detection reads peer work as the "no peer competencies" check does. A job named by a title
// that names another job ("Outreach Coordinator") is a peer job when the applicant's own
// experience is preferred and its duties name peer work; the duties are read with the
// competency check's phrases and its verb-with-object shapes (duties.json competencyReading:
// "bridge ... to harm reduction services", "draw on your own recovery"), so wording no phrase
// lists still counts. Traps: the same verbs on documents, records, phone lines and teams.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const PAY = 'Eastgate Community Services | $19/hour | full time';

describeLivedExperienceRound('peer work read by verb and object', [
  {
    name: 'an outreach coordinator who bridges to services and offers a presence from their own recovery',
    text: `Outreach Coordinator\n${PAY}\n\nBridge the gap to harm reduction services and shelters across the county, and offer a relatable presence from your own recovery.\n\nLived experience of recovery from substance use is a plus.`,
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'an engagement coordinator who reconnects with fellowships and draws on their own journey',
    text: `Engagement Coordinator\n${PAY}\n\nReconnect with clubhouses, fellowships and sober activities across the county, and draw on your own recovery journey when it helps.\n\nLived experience of recovery from addiction is a plus.`,
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'trap: a program coordinator connects a team to an office and uses their own vehicle',
    text: `Program Coordinator\n${PAY}\n\nCoordinate the program budget, connect the support team to the billing office and use your own vehicle for site visits.\n\nLived experience of recovery from substance use is a plus.`,
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: an IT technician connects staff to the network and links accounts to a queue',
    text: `IT Support Technician\n${PAY}\nConnect new staff to the network, link accounts to the support team's ticket queue and set up laptops.\nLived experience of mental health recovery welcome.`,
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: an HR generalist introduces hires to employee benefits',
    text: `HR Generalist\n${PAY}\nIntroduce new hires to employee benefits, connect managers to the staff resource line and keep personnel files.\nWe value lived experience; people in recovery are encouraged to apply.`,
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: a billing associate connects claims and refers denials to a supervisor',
    text: `Billing Associate\n${PAY}\nConnect claims to the right payer, refer denials to the billing supervisor and reconcile accounts each week.\nPeople in recovery are encouraged to apply; lived experience preferred.`,
    kind: 'non-peer-posting',
  },
]);
