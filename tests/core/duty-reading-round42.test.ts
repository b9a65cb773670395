// Round 42 (session 11): shapes met in an opened blind set (blind8), rewritten in our own words.
// Noting one's own contacts or sessions in a log is documenting one's own services; a class
// specification that names clinical assessment as what the class does not do ("the absence of
// clinical assessment") assigns none; groups on a topic ("groups on ... discharge planning") are
// no treatment planning; refusals are conduct a report names; filing lab results is clerical.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('42', {
  conflicting: [
    'Watch medication adherence and tell the unit psychiatrist about any refusals.',
    'Report each refusal of a house meeting to the program manager.',
    'File lab results and scan the intake packets for the nurses.',
    'Write discharge plans for each resident before they leave.',
  ],
  fitting: [
    'Note your contacts in the family services log by the end of each day.',
    'Record sessions in the electronic health record within two days.',
    'The class differs from the counselor series by the absence of clinical assessment and treatment planning.',
    'Co-lead peer groups on self-advocacy, wellness and discharge planning.',
  ],
});
