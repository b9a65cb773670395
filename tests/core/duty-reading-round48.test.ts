// Round 48 (session 13): shapes met in an opened blind set (blind16), rewritten in our own words.
// Observing medication ingestion; cleaning the family room after a group; reporting findings
// to the assigned social worker; written reports to a supervising parole agent; tracking
// people's appointment attendance for the medical team. Guard: a diagnosis the applicant must
// have is no duty of diagnosing.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('48', {
  conflicting: [
    'Deliver and observe daily medication ingestion for assigned participants.',
    'Submits written reports to the supervising parole agent each month.',
    'Maintain a list of 40 patients and track their appointment attendance for the medical team.',
    'You will conduct room searches each night and share your own story in groups.',
    'Count medications at shift change and help people with their own wellness plans.',
    'Collect urine samples and support people toward their own goals.',
    'Responsible for setting up and cleaning the family room after each evening group.',
    'Visits the home and reports findings to the assigned social worker.',
    'Assist clinicians to develop treatment plans and update them every 90 days.',
    'Assists with observation of medication ingestion at the morning dose.',
    'The Peer Support Specialist administers oral medications on the evening shift.',
  ],
  fitting: [
    'Applicants must have a primary diagnosis of a mental health condition to be considered.',
    'Reports to the supervising peer specialist.',
    'Talk with people about their medications, if they want that help.',
    'Help people track and record their own medication if they want to.',
    'Drive people to appointments they choose and help them prepare questions.',
    'Nursing staff administer oral medications; peers support people to ask questions about them.',
    'Staff write short shift notes about the support they offered.',
    'As a condition of employment, all new team members must complete a pre-employment health screen.',
    "Participates in the development of the treatment plan as an advocate for the individual's preferences.",
    'We do not report to parole or probation; what participants tell you stays with the team unless there is a safety emergency.',
    'Hand out naloxone and fentanyl test strips, offer testing, and link participants to treatment when they ask for it.',
    'Follow up with people who have missed appointments if they have said they would like a reminder, and make warm handoffs when someone asks.',
  ],
});
