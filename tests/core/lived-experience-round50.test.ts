// Round 50 (session 11): "you will need" asks for what follows it; a sentence that says lived
// experience is all the job asks makes it the only qualification, whatever else its section says;
// a class definition whose holder clause follows a colon; reentry as a kind of experience; and a
// program page that closes with its own short hiring section. Written in our own words for these
// tests; none is taken from a real document.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const HEAD = 'Peer Support Specialist\nNorthfield Wellness Center | $19/hour | full time\n\n';

describeLivedExperienceRound('asked, only, defined, reentry and closing sections', [
  {
    name: '"you will need" asks for the experience it names',
    text: `${HEAD}About you\nYou will need your own experience of recovery from a mental health condition and a wish to use it with others.`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: '"you\'ll need" in a paragraph with no heading',
    text: `${HEAD}You'll meet people on the inpatient unit before discharge. You'll need lived experience of recovery from addiction and two years of stable recovery.`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: "you will need" for a license, with lived experience welcome',
    text: `${HEAD}Lived experience of recovery is welcome here. You will need a valid driver's license for home visits.`,
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'the only requirement is lived experience, with a sentence that asks for nothing else',
    text: `${HEAD}Who can apply\nThe only requirement is lived experience of recovery from substance use. No diploma or certificate is needed; we train everyone we hire.`,
    kind: 'peer-posting',
    le: 'required',
    flags: ['le-only-qualification'],
  },
  {
    name: 'all you need is your own recovery',
    text: `${HEAD}Requirements\nAll you need is your own experience of recovery from a mental health condition and a willingness to talk about it.`,
    kind: 'peer-posting',
    le: 'required',
    flags: ['le-only-qualification'],
  },
  {
    name: 'trap: lived experience is not the only thing asked',
    text: `${HEAD}Requirements\n- Lived experience of recovery from a mental health condition is required, though it is not the only requirement.\n- High school diploma or GED\n- State peer certification within a year`,
    kind: 'peer-posting',
    le: 'required',
    flags: [],
  },
  {
    name: 'trap: "the only other requirement" names another qualification',
    text: `${HEAD}Requirements\n- Lived experience of recovery from addiction\n- High school diploma or GED\n- The only other requirement is a state ID.`,
    kind: 'peer-posting',
    le: 'required',
    flags: [],
  },
  {
    name: 'a class definition with its holder clause after a colon',
    text: 'BEHAVIORAL HEALTH AIDE III (PEER)\nClass code 5120 | Salary range $21.40 - $27.15 hourly\n\nDEFINITION\nThis is a designated peer class: incumbents self-identify as people with lived experience of recovery from a psychiatric condition and draw on it in their work with adults.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: the holder supervises staff who self-identify',
    text: 'CLINIC OPERATIONS MANAGER\nClass code 5140 | Salary range $31.00 - $38.20 hourly\n\nDEFINITION\nIncumbents in this class oversee front office staff and supervise peer staff who self-identify as people with lived experience of recovery.',
    kind: 'non-peer-posting',
  },
  {
    name: 'the peer shares their own reentry experience (a kind of experience, mentioned)',
    text: 'Reentry Peer Mentor\nHarbor Reentry Network | $20/hour | full time\n\nMeet people on the day they leave the county jail and help with ID, phones and a bed for the night. Share your own reentry experience when it helps build trust.\n\nRequirements\n- High school diploma or GED\n- One year of customer service work',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
]);

describeLivedExperienceRound('a program page with a short closing hiring section', [
  {
    name: 'a family program page that closes with "Join our team" and the hours',
    text: '<h1>Parents Together Program</h1>\n\nRaising a child who struggles with their mental health can feel lonely. Our parent partners have raised children with big emotional needs themselves and walk beside you.\n\nWhat we offer\n- Someone to call who has been there\n- A parent group on Thursday evenings\n- Help getting ready for school meetings\n\nWho it is for\nParents and caregivers of children up to age 18 in Lake County. There is no cost and no referral is needed.\n\nJoin our team\nWe are hiring a part-time Parent Partner. Send a note about yourself to jobs@parentstogether.example.',
    kind: 'about-peer-work',
  },
  {
    name: 'a recovery center page that closes with a "We are hiring" section',
    text: 'Riverbend Recovery Community Center\n\nRiverbend is a place to be in recovery together: meetings, a coffee bar, job search help and recovery coaching for anyone who walks in.\n\nRecovery coaching\nOur coaches have walked the same road. They help you set goals you choose and find the next right step.\n\nEvents\nSober bowling on Fridays, family dinners on the last Sunday of the month.\n\nWe are hiring\nWe are hiring a full-time recovery coach. Apply at the front desk.',
    kind: 'about-peer-work',
  },
  {
    name: 'trap: the closing section gives pay, so it offers a job here',
    text: 'Riverbend Recovery Community Center\n\nRiverbend is a place to be in recovery together: meetings, a coffee bar, job search help and recovery coaching for anyone who walks in.\n\nRecovery coaching\nOur coaches have walked the same road. They help you set goals you choose and find the next right step.\n\nWe are hiring\nWe are hiring a full-time recovery coach at $19.50 an hour. Lived experience of recovery from addiction is required. Apply at the front desk.',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: a job posting headed by its job, with a closing "Join our team" section',
    text: 'Peer Recovery Coach\nRiverbend Recovery Community Center\n\nCoach people one-on-one toward the goals they choose, lead a weekly all-recovery meeting and help guests find housing and work.\n\nYou bring at least a year of your own recovery from a substance use disorder and the wish to share it.\n\nJoin our team\nThis is a full-time job. Apply at the front desk.',
    kind: 'peer-posting',
    le: 'required',
  },
]);
