// Duties written fresh (fifteenth round), before the code was run on them: housing (inspections,
// lease violations, fees), shelters (barred lists, beds, lights-out), youth group homes, family
// court, mobile crisis; fitting lines again near the same words.
import { describeDutyRound } from './duty-rounds.js';

const housingPosting = `Tenant Peer Navigator
Riverbend Supportive Housing | $21/hour | Full-time

Position Overview
Riverbend provides permanent supportive housing to adults who have experienced homelessness and mental health conditions.

Responsibilities
- Build trusting relationships with tenants and share your own experience of housing instability
- Perform monthly unit inspections and document lease violations for property management
- Collect rent from tenants who are behind and issue late notices
- Help tenants connect with benefits, food resources and community activities they choose

Qualifications
- Lived experience of homelessness or of a mental health condition is required`;

const youthPosting = `Youth Peer Mentor – Group Home
Maple Street Youth Services · $18.50/hr

As a Youth Peer Mentor you will spend time with teens living in our group homes, share what helped you, and help them reach the goals they set for themselves. You will plan outings the youth choose and help them practice skills for living on their own.

You must be 18 to 25 with lived experience in foster care, juvenile justice or mental health services.`;

describeDutyRound('fifteenth', {
  conflicting: [
    'Conducts quarterly apartment inspections and notes lease violations for the property manager.',
    'Maintains the shelter barred list and turns away guests who are on it.',
    'Assigns beds and enforces lights-out at 10.',
    'Monitors youth on the camera system from the control room.',
    'Completes the CANS with each family at intake and every 90 days.',
    'Provides family therapy alongside the clinician.',
    "Is on the mobile crisis team's rotation to petition for emergency evaluations.",
    'Writes letters to the court recommending whether a parent should get unsupervised visits.',
    "Checks residents' phones for contact with people on their no-contact list.",
    'Documents any signs of intoxication at check-in and notifies the house manager.',
    'Helps staff restrain youth who become aggressive.',
    "Draws up medication for injection under the nurse's direction.",
    "Logs each client's methadone dose in the dosing record.",
    'Gathers collateral from probation and schools for the clinical assessment.',
    'Staffs the reception area and processes new patient paperwork.',
    'Folds towels and restocks linens in the respite house.',
    'Pressure-washes the patio and cleans out the gutters.',
    'Takes detox patients out for supervised smoke breaks.',
    'Updates the behavior support plan after each incident.',
    'Coordinates random drug testing for the whole house.',
    'Reads incoming mail for contraband before it is given to residents.',
    "Prepares the court packet for each participant's status hearing.",
    'Checks the IDs of everyone coming through the front gate.',
    'Escorts guests off the property when they are barred.',
    'Collects weekly program fees and issues late notices.',
  ],
  fitting: [
    'Helps tenants understand their lease and fix problems before they become violations.',
    'Helps residents apply for fee waivers when they cannot pay.',
    'Advocates for guests who were barred to get a second chance.',
    'Helps new residents settle in and learn the house routines.',
    'Explains the CANS to families and what their scores mean, when they ask.',
    'Joins family therapy sessions when the family invites you.',
    'Offers peer support to people in crisis so they can avoid an emergency evaluation.',
    'Writes letters of support for parents seeking more visitation, at their request.',
    'Helps residents set up new phones and email accounts.',
    'Talks with people about their use without judgment.',
    'Helps staff understand how restraint feels to youth.',
    'Shares information about medication-assisted treatment with people who ask.',
    'Goes with members to get their methadone dose when they want support.',
    'Helps people gather documents for housing applications.',
    "Greets people at the recovery center's front door and offers a tour.",
    'Teaches a home maintenance basics class residents asked for.',
    'Takes members out for coffee to talk about how things are going.',
    'Helps youth write their own behavior goals.',
    'Shares information about testing services with people who want them.',
    'Returns calls from members who left a message on the peer line.',
    'Walks new guests around the property to show them where things are.',
    'Helps members read and answer their mail, if they ask.',
    'Helps participants prepare for their status hearings.',
    'Helps members replace lost IDs.',
    'Plans outings the youth choose.',
  ],
  conflictingPostings: [[housingPosting, ['duty-enforce-rules']]],
  fittingPostings: [youthPosting],
});
