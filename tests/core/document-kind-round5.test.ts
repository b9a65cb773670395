// Fifth round of documents for the document kind (session 11), written and decided before the
// first run: an FAQ with a hiring answer in its middle, an annual report, a policy, a clinical
// supervisor and a case manager who work beside peers, a news story whose headline names a peer
// role and which closes with the pay of a second opening, and a training announcement. First run:
// 6 of 7 (a program manager of peer services, which a reader could call either, is left out; it
// showed a false duty, "willingness to share it" read as reporting substance use, now mended):
// the news story read as a posting, its headline ("Library Adds Peer Navigator to Help Patrons")
// taken for the job's name. A headline verb said of a subject before the role now keeps the
// title a document's; a title said to the reader ("Join Us: Become a Peer Specialist at ...")
// still names the job it offers. A title that ends in "(Peer)" or "- Peer" after another job's name
// ("MENTAL HEALTH AIDE II (PEER)") names the peer kind of that job.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    'questions and answers with a hiring answer in the middle',
    'Peer Support at Northfield: Questions and Answers\n\nWhat is a peer support specialist?\nA peer support specialist is someone with their own experience of mental health or substance use recovery who is trained to support others on their path.\n\nIs Northfield hiring peers?\nYes. We are hiring two full-time peer support specialists for our crisis center this spring. Openings are posted on our careers page.\n\nHow do I get peer support?\nAsk any member of your care team, or call our front desk. Peer support is free for everyone we serve.\n\nDo peers work with my therapist?\nPeers are part of the team, but they do not give therapy. They can come to appointments with you if you ask.',
    'document',
    null,
  ],
  [
    'an annual report that counts coaches and salaries',
    'Eastside Recovery Alliance - 2025 Annual Report\n\nA year of growth\nIn 2025 our recovery coaches met with 1,240 people, up from 860 the year before. We opened a second recovery community center in Marion and added a family program.\n\nOur people\nWe now employ 14 certified recovery coaches, all of them in long-term recovery, and we hired our first peer supervisor in June.\n\nFinances\nRevenue grew to $2.1 million, with 61% from state contracts and 22% from Medicaid billing. Salaries and benefits were 74% of expenses.\n\nLooking ahead\nIn 2026 we plan to add coaches in two emergency departments. Thank you to our donors and partners.',
    'document',
    null,
  ],
  [
    'a policy on supervising peer staff',
    'Policy 4.12: Supervision of Peer Support Staff\nEffective date: July 1, 2025. Applies to: all programs employing peer support specialists.\n\nPurpose\nTo make sure peer staff receive supervision that supports the peer role.\n\nPolicy\n1. Each peer support specialist shall receive at least one hour of individual supervision per week from a supervisor trained in peer support.\n2. Supervisors shall not assign peer staff duties that conflict with the peer role, including drug screens, room searches or medication administration.\n3. Peer staff shall document their own services within 48 hours.\n\nResponsibility\nProgram directors are responsible for carrying out this policy.',
    'document',
    null,
  ],
  [
    'a clinical supervisor who leads peer staff',
    'Clinical Supervisor - Peer Services\nLakeview Behavioral Health | $68,000 - $76,000 per year | Full-time\n\nLead a team of eight peer support specialists and two case managers in our adult outpatient program. Provide weekly clinical supervision, review documentation, and make sure peer staff are supported in their role.\n\nRequirements\n- Licensed clinical social worker or licensed professional counselor in the state\n- Three years of supervisory experience\n- Knowledge of peer support and recovery principles; lived experience is welcome',
    'non-peer-posting',
    null,
  ],
  [
    'a case manager on a team with a peer specialist',
    "Case Manager - Assertive Community Treatment\nGrandview Health | $22.50/hour | Full-time\n\nJoin our ACT team of a psychiatrist, nurses, a peer specialist and case managers. You will carry a caseload of 10 adults with serious mental illness, help them keep housing, manage benefits and attend appointments.\n\nQualifications\n- Bachelor's degree in a human services field\n- One year of case management experience\n- Valid driver's license and insured vehicle",
    'non-peer-posting',
    null,
  ],
  [
    'a news story headed "Library Adds Peer Navigator ...", closing with a hiring line and pay',
    'Library Adds Peer Navigator to Help Patrons in Crisis\n\nThe Midtown Public Library has a new kind of helper on its second floor. Since September, a peer navigator from Hope Street Services has spent three afternoons a week at the library, talking with patrons who are homeless or in crisis and helping them find shelter, food and treatment.\n\n"People come here because it\'s warm and nobody asks them to leave," said branch manager Tom Reyes. "Now there is someone here who has been through it."\n\nThe program is paid for by a city grant through next June. Hope Street says it is hiring a second peer navigator for the library program; the position pays $19 an hour.',
    'document',
    null,
  ],
  [
    'a training announcement for supervisors of peers',
    'Free Training: Supporting Peer Staff in Crisis Settings\n\nWho should attend: supervisors and managers of peer support specialists in crisis, inpatient and emergency settings.\n\nWhen: Thursday, April 9, 1:00 - 4:00 pm (online)\n\nWhat you will learn\n- How the peer role differs from clinical roles\n- How to protect peers from duties that conflict with their role\n- How to support staff who share their own recovery at work\n\nRegistration is free but required. Certificates of attendance are given for 3 continuing education hours.',
    'document',
    null,
  ],
  [
    'trap: a title said to the reader names the job the page offers',
    'Join Us: Become a Peer Specialist at Hope Center\n\nHope Center is hiring a Peer Specialist to walk beside adults after a psychiatric hospital stay. $19 an hour, full-time. Lived experience of recovery from a mental health condition is required. Apply at hopecenter.example/jobs.',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'a headline that names two roles the county hires',
    'County Hires Two Recovery Coaches for Jail Program\n\nThe county is hiring two recovery coaches for its jail reentry program at $20 an hour, full-time, the sheriff announced Monday. The coaches will meet people before release and stay in touch for their first months home.',
    'document',
    null,
  ],
  [
    'a county class whose title ends in "(Peer)"',
    'MENTAL HEALTH AIDE II (PEER)\nClass code 5120 | Salary range $21.40 - $27.15 hourly\n\nDEFINITION\nIncumbents support adults with serious mental illness in county clinics, drawing on their own recovery from a mental health condition.',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'a technician\'s title qualified by a dash and "Peer"',
    'Behavioral Health Technician - Peer\nNorth Ridge Hospital | $20.10/hour | nights\n\nSit with adults on the inpatient unit, share your own recovery when it helps, and lead an evening wellness group. Lived experience of recovery from a mental health condition is required.',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'trap: a case manager whose title says who they work with',
    'Case Manager (works with peer specialists)\nNorth Ridge Hospital | $22.10/hour | days\n\nCarry a caseload of 12 adults after discharge, coordinate appointments and benefits, and meet weekly with the peer team.',
    'non-peer-posting',
    null,
  ],
];

describeKindRound('round 5: documents with a hiring line, and jobs beside peers', cases);
