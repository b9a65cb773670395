// Duties written fresh for the duty reading (third round), after the fixes of the second round
// and before the reading was run on them. Each line was written for this test.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('third', {
  conflicting: [
    'Walks through the dorms at lights-out to make sure every youth is accounted for.',
    'Will be asked to pat down guests entering the shelter.',
    'Responsible for bagging and labeling urine specimens for the lab.',
    'Informs the caseworker whenever a parent misses a visit.',
    'Wipes down the group room tables and cleans the microwave after lunch.',
    'Sets up the weekly pill boxes for each resident.',
    'Conducts ASAM-based level of care interviews.',
    'Leads psychoeducational therapy groups for people with anxiety.',
    'Documents resident conduct in the shift log.',
    'Keeps a close watch on patients who are at risk of leaving against medical advice.',
    'Verifies that each member has taken their Suboxone dose.',
    'Inspects resident lockers weekly and removes anything not allowed.',
    'Makes sure participants follow the terms of their drug court contract.',
    'Notifies probation when a participant tests positive.',
    'Empties trash cans and restocks paper towels in all restrooms.',
  ],
  fitting: [
    'Walks with members to the bus stop if they would like company.',
    'Helps guests settle in and find their way around the shelter.',
    'Shares tips on keeping a medication schedule, if members ask for them.',
    'Talks with parents about what to expect at a visit with their child.',
    'Helps youth practice keeping their rooms tidy as part of the independent living skills they chose.',
    "Answers members' questions about how drug court works.",
    'Co-leads a hearing voices group with another peer.',
    'Keeps notes on peer group topics for planning.',
    'Keeps the lending library of recovery books in order.',
    'Supports members who want to reduce their use at their own pace.',
    "Listens to residents' concerns about house rules and brings them to the house meeting, with their permission.",
    'Checks the peer center mailbox and voicemail daily.',
    'Offers to accompany members to drug court hearings.',
    'Counts down the days to graduation with participants and plans a celebration.',
    'Reviews the weekly group schedule with new members.',
  ],
});
