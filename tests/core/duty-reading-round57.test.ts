// Round 57 (session 16): shapes met in two opened blind sets (blind29, blind30), rewritten in our
// own words. A methadone clinic's dosing line, and checks of take-home bottles; routing calls. Traps:
// how to apply (under its heading, or after an "Apply:" label) is no duty even when it names the
// front desk; a drop-in that calls itself a place to do laundry describes the agency; a health
// screening required before hire is no clinical duty; a hospital program that evaluates and treats
// people is the agency; a call to someone who agreed to be contacted is their choice. The trap of a
// bus trip planned around one's dosing time passed before this round (kept as a guard).
import { describeDutyRound } from './duty-rounds.js';

const posting = (title: string, body: string) =>
  `${title}\nCedar Hill Recovery Center | $19 an hour\n\n${body}\n\nQualifications\n- Personal experience of recovery from substance use is required.`;

describeDutyRound('57', {
  conflicting: [
    'Helps the nursing staff keep the dosing line moving each morning.',
    'Runs take-home bottle checks with the charge nurse.',
    'Routes calls for the main office.',
  ],
  fitting: [
    'Reach out to members who skip appointments, by phone, when the member has agreed to be contacted.',
    'Helps people plan their bus trip around their dosing time.',
  ],
  fittingPostings: [
    posting(
      'Peer Recovery Coach',
      'Duties\n- Meet people in the lobby and share your story.\n\nHow to Apply\nMail a short letter to our office. Paper applications can be filled out at our reception desk.',
    ),
    posting(
      'Peer Recovery Coach',
      'Duties\n- Meet people in the lobby and share your story.\n\nApply: fill out a paper form at the reception desk, or call our office.',
    ),
    posting(
      'Peer Mentor',
      "Cedar Hill is a drop-in for adults in recovery. It's a warm place to rest, eat, do laundry and find a meeting.\n\nDuties\n- Welcome guests and talk with them about what they want next.",
    ),
    posting(
      'Peer Bridger',
      "Ridgeview Medical Center's crisis unit evaluates and treats adults around the clock. The bridger meets people before they leave.\n\nDuties\n- Plan the first week home with each person.\n\nOther\nA TB test and fingerprinting are required prior to start.",
    ),
  ],
});
