// Duties written fresh (twenty-ninth round: UK and Australian wording, light verbs, run-on lines),
// labeled before running; first run: 7/12 conflicting found, 0/12 fitting alarmed (keeping the peace,
// a body of corrections, the office's petty cash and stationery, a manager kept informed over four
// words, chores and room standards overseen). Then missed, read since session 9: a body named with a
// place after it ("Corrections Victoria"), where the place read as the head of the name.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('twenty-ninth', {
  conflicting: [
    "You'll be expected to keep the peace on the ward and step in when residents get out of line.",
    'Undertakes risk assessments and contributes to care plans under the Mental Health Act.',
    'Carries out random room sweeps for drugs and alcohol.',
    'Signs residents in and out and notes anyone who comes back late.',
    'Hands out the evening meds from the locked cabinet and initials the MAR.',
    'Collects and tests breath samples from clients returning from leave.',
    'Sits in on intake to screen new arrivals for suicide risk using the C-SSRS.',
    'Responsible for the petty cash tin, the stationery cupboard and photocopier upkeep.',
    'Will drive the transport van on the daily route between the three sites.',
    'Keeps the housing case manager informed of any tenancy breaches or antisocial behaviour.',
    "Oversees chores and room standards in the women's refuge.",
    // read since session 9: a place after a body named in capitals is part of its name
    'Liaises with Corrections Victoria regarding client attendance and conduct.',
  ],
  fitting: [
    'Steps in to offer calm, peer-to-peer support when someone on the ward is distressed.',
    'Links clients on community corrections orders with peer-led groups they choose.',
    'Contributes a peer perspective at care planning meetings when the person wants a peer there.',
    "Runs a harm reduction session on what's in the local drug supply.",
    'Signs up members for the peer-run social club and welcomes newcomers.',
    'Talks with residents about how they feel about their medications and helps them raise it with their doctor.',
    'Provides naloxone training to clients and their families.',
    "Helps people who've had a hard night write down what happened, if they want a record.",
    "Keeps the team updated on the peer program's groups and numbers attending.",
    'Drives to outreach sites to meet people where they are.',
    'Supports tenants who want help talking to their landlord about a breach notice.',
    'Helps tidy up after the community lunch alongside members.',
  ],
});
