// Duties written fresh (twenty-eighth round), labeled before running; first run: 12/15 conflicting found, 1/15 fitting alarmed
// (medication keys, beds made and chores done made sure of, cover for the office; a named duty "if they ask").
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('twenty-eighth', {
  conflicting: [
    'Performs room and property inspections in accordance with facility policy.',
    'Maintains a visual on clients in the quiet room and documents behaviour every 15 minutes.',
    "Takes part in the weekly staffing with the judge, sharing each participant's progress and setbacks.",
    'Administers the AUDIT and DAST to patients in the emergency department.',
    'Is responsible for the medication cupboard keys and the twice-daily stock check.',
    'Undertakes welfare checks on residents through the night.',
    "Supervises clients' self-administration of medication and records it on the MAR.",
    'Acts as the second staff witness for strip searches of new admissions.',
    'Gives residents their consequences for missed chores.',
    'Wakes residents at 7 and makes sure beds are made before group.',
    "Writes the clinical progress notes for the psychiatrist's caseload.",
    'Vacuums, dusts and restocks the bathrooms of the shelter each morning.',
    'Picks up clients from the jail on release days and drives them to the program.',
    'Alerts the case manager whenever a tenant has guests staying over.',
    'Provides cover for the admin team, including photocopying, filing and post.',
  ],
  fitting: [
    'Helps residents prepare for their room inspection if they ask for help.',
    'Meets clients in the quiet room when they would like someone to talk to.',
    "Attends drug court staffing, with participants' agreement, to speak up for what they need.",
    'Talks with patients in the emergency department about recovery resources after an overdose.',
    'Helps members who want to learn about their medications prepare questions for the prescriber.',
    "Offers residents a chat at night if they're struggling to sleep.",
    'Reminds residents of group times and invites them to come along.',
    'Helps new admissions settle in and learn where things are.',
    'Supports residents to talk through chore disagreements at the house meeting.',
    'Writes notes on their own peer support sessions in the agency record.',
    'Helps tenants find ways to host guests within their lease.',
    'Makes coffee and sets out snacks for the morning peer group.',
    'Drives members to a recovery event if they ask for a lift.',
    'Keeps their own calendar and schedules their own peer appointments.',
    'Goes with clients to court hearings when they want someone beside them.',
  ],
});
