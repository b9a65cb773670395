// Forty-eighth round (see lived-experience-rounds.ts): a demand made only of some applicants. A
// condition on the applicant's own status ("if in recovery", "for those in recovery",
// "Applicants in recovery must ...", "where applicable") opening the clause of a time in recovery
// asks it of some applicants, not of all: the job does not require lived experience, and a job
// no list names is not made a peer job by it. The time in recovery is still a hiring barrier
// where the posting is a peer posting. Traps: a requirement beside a condition in another
// clause or sentence, a second conditional item after a plain requirement, "if selected".
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const PAY = 'Eastgate Community Services | $19/hour | full time';

describeLivedExperienceRound('forty-eighth', [
  {
    name: 'a dishwasher: for those in recovery, 18 months of sobriety',
    text: `Dishwasher\nHarbor Light Recovery Campus | $16.50/hr | evenings\n\nWash dishes, pots and pans, sweep and mop the kitchen floor and take out the trash after dinner service.\n\nPersons in recovery are encouraged to apply. For those in recovery, a minimum of 18 months of sobriety is required.`,
    kind: 'non-peer-posting',
  },
  {
    name: 'a housekeeper: if you are in recovery, you must have a year of sobriety',
    text: `Housekeeper, sober living homes\n${PAY}\n\nWe need a housekeeper to clean common areas in our four houses, change linens between residents and restock supplies.\n\nQualifications\n- One year of housekeeping experience\n- If you are in recovery, you must have at least one year of continuous sobriety.`,
    kind: 'non-peer-posting',
  },
  {
    name: 'a maintenance technician: where applicable, two years clean and sober',
    text: `Maintenance Technician - Residential Program\n${PAY}\nRepair plumbing, paint rooms, replace light fixtures and keep the grounds safe.\nRequirements: three years of building maintenance; valid driver's license. Where applicable, two years clean and sober required.`,
    kind: 'non-peer-posting',
  },
  {
    name: 'a van driver: applicants in recovery must have 12 months of sobriety',
    text: `Van Driver\n${PAY}\nDrive residents to medical appointments and court dates in a 12-passenger van. Keep a mileage log.\nApplicants in recovery must have 12 months of sobriety. Clean driving record required.`,
    kind: 'non-peer-posting',
  },
  {
    name: "a janitor: if you're in recovery, a year of clean time",
    text: `Janitor (night shift)\n${PAY}\nClean offices, restrooms and group rooms at our outpatient treatment site.\nIf you're in recovery, 1 year clean time is required.`,
    kind: 'non-peer-posting',
  },
  {
    name: 'a groundskeeper: if applicable, a year in recovery',
    text: `Groundskeeper\n${PAY}\nMow, trim hedges and clear snow at our residential treatment campus.\nIf applicable, at least one year in recovery is required.`,
    kind: 'non-peer-posting',
  },
  {
    name: 'a peer posting asking a time in recovery only if in recovery: mentioned, and still a barrier',
    text: `Peer Support Specialist\n${PAY}\n\nOffer peer support and share your own recovery story with adults in our crisis residential program.\n\nRequirements\n- High school diploma or GED\n- If in recovery from substance use, two years of continuous sobriety required`,
    kind: 'peer-posting',
    le: 'mentioned',
    flags: ['barrier-years-clean'],
  },
  {
    name: 'a peer posting: one year of sobriety is required for those in recovery',
    text: `Peer Mentor\n${PAY}\n\nMentors meet weekly with residents and offer encouragement and peer support.\n\nOne year of sobriety is required for those in recovery.`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'trap: lived experience required, then a time in recovery if in recovery',
    text: `Peer Recovery Coach\n${PAY}\nCoaches meet people leaving detox, share their own recovery story and link them to mutual aid meetings.\nRequirements: lived experience of recovery from substance use required; if in recovery from alcohol or drugs, at least one year of sobriety.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: a person in recovery with two years of sobriety, no condition',
    text: `Recovery Coach\n${PAY}\nSupport people in early recovery with weekly check-ins and rides to meetings.\nMust be a person in recovery with at least two years of sobriety.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: a condition in the next sentence (if you have questions)',
    text: `Peer Specialist\n${PAY}\nUse your lived experience to walk alongside adults with mental health conditions.\nLived experience with mental health recovery is required. If you have questions about this requirement, contact our HR office.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: a plain requirement, then a conditional second item',
    text: `Recovery Support Specialist\n${PAY}\nYou will share your lived experience and connect participants to recovery community events.\nQualifications: must have personal experience of recovery from addiction; for those in recovery from opioids, one year of continuous recovery.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: where applicable governs the certification in the next sentence',
    text: `Family Peer Advocate\n${PAY}\nWalk beside parents whose children receive behavioral health services, share your own story as a parent, and connect families to support groups.\nRequired: lived experience as a parent or caregiver of a child with behavioral health needs. Where applicable, certification as a Family Peer Advocate within 12 months.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: where applicable after a comma belongs to what follows, not to the requirement',
    text: `Peer Specialist\n${PAY}\nShare your own recovery story with members of our clubhouse.\nLived experience of recovery from a mental health condition is required, and where applicable, peer certification within a year.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: "trap: a license's condition earlier in the list leaves the requirement standing",
    text: `Recovery Coach\n${PAY}\nShare your own recovery story with people leaving treatment.\nRequirements: high school diploma, driver's license where applicable, lived experience of recovery from addiction required.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: if selected, certification follows the requirement',
    text: `Peer Support Specialist\n${PAY}\nOffer peer support and share your own recovery journey with members of our clubhouse.\nLived experience of recovery from a mental health condition required. If selected, you will complete state peer certification within six months.`,
    kind: 'peer-posting',
    le: 'required',
  },
]);
