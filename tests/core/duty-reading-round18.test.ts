// Duties written fresh (eighteenth round), run once on the code after every fix above: a last
// measure of first-run recall, with fitting lines near the same words.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('eighteenth', {
  conflicting: [
    'Performs random pocket checks when residents return from work.',
    'Observes the morning dosing line and reports anyone who appears impaired to the nurse.',
    'Gives the daily insulin shots to diabetic residents.',
    'Completes biopsychosocial assessments for new enrollees.',
    'Runs the evening shuttle between the shelter and the soup kitchen.',
    'Cleans the bathrooms and restocks toilet paper and soap.',
    'Answers the main number and takes messages for the clinicians.',
    'Tells the probation officer when a client stops showing up.',
    'Writes treatment plan goals for each resident.',
    'Collects saliva swabs from participants twice a week.',
    'Counts residents at every shift change and calls in anyone missing.',
    'Cooks lunch for the day program five days a week.',
    'Shovels snow from the front steps before the clinic opens.',
    'Sits in on family court hearings to testify about parental sobriety.',
    'Locks up residents’ medications and hands them out at med times.',
  ],
  fitting: [
    'Performs outreach at the bus station for people who want to talk.',
    'Listens to residents who want to talk about cravings, without reporting them.',
    'Helps residents learn to give themselves insulin shots, if they ask.',
    'Shares your own experience of assessment and diagnosis, when it helps someone.',
    'Rides the shuttle with new residents to show them the way, when they want.',
    'Helps residents keep their rooms the way they like them.',
    'Answers questions about the peer program at community events.',
    'Tells members about the rights they have on probation.',
    'Helps residents write their own goals in their own words.',
    'Hands out harm reduction supplies to people who want them.',
    'Counts on teamwork with other peers to cover the drop-in.',
    'Cooks with members in a cooking class they chose.',
    'Helps older members find someone to shovel their walks.',
    'Goes to family court with parents who ask for support.',
    'Helps residents set up their own pill organizers, at their request.',
  ],
});
