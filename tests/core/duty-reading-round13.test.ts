// Duties written fresh (thirteenth round), before the code was run on them: a job-description
// template (time shares, essential and marginal functions), restraint and seclusion, supervised
// visitation, phase systems, lab and clinic chores; a treatment-court posting whose "supporting
// compliance" fits the role.
import { describeDutyRound } from './duty-rounds.js';

const template = `POSITION DESCRIPTION
Title: Peer Support Specialist (Inpatient)
Department: Behavioral Health Services    FLSA: Non-exempt    Grade: 07

POSITION SUMMARY
Provides peer support to adults admitted to the inpatient psychiatric unit.

ESSENTIAL JOB FUNCTIONS
35% Leads recovery-oriented groups and meets one-on-one with patients who request it.
25% Performs 15-minute safety rounds and documents patient location on the observation sheet.
20% Escorts patients to and from ECT, imaging and court hearings.
20% Other duties as assigned, including covering the unit clerk's desk.

PHYSICAL DEMANDS
Lifting up to 25 pounds; standing for long periods.

QUALIFICATIONS
Personal lived experience of recovery from a mental health condition is required.`;

const treatmentCourt = `Recovery Coach – Adult Treatment Court
Lakeview County Recovery Alliance | $20.75/hr

The Recovery Coach works with treatment court participants in early recovery. You will:
- Support participants' compliance with court requirements by helping them plan how to get to appointments and groups
- Attend court sessions with participants and speak up for what they need, when they ask you to
- Help participants track progress toward the recovery goals they set
- Offer support after a relapse without judgment
- Document your own coaching sessions

Must have at least two years in recovery from a substance use disorder.`;

describeDutyRound('thirteenth', {
  conflicting: [
    '40% – Transporting patients between campus buildings and to outside appointments.',
    'Marginal functions: covering the phones, light cleaning and errands for the office.',
    'Peers will be responsible for ensuring residents complete their assigned chores.',
    'Will be trained to perform pat-downs on admission.',
    "Completes shift notes on each client's mood, sleep and appetite for the nursing team.",
    'Watches residents take their evening medication and initials the MAR.',
    'Provides supervised visitation for parents with open CPS cases and writes up what they observe.',
    'Records who comes and goes in the visitor book.',
    'Serves as a liaison to the court, reporting on client engagement and attendance.',
    'Conducts mental health screenings at community health fairs.',
    "Assigns each new resident a level in the house's phase system.",
    'Leads the DBT skills group in place of the therapist.',
    'Launders bedding for the respite beds.',
    'Steps in on the inpatient unit to meet the required staffing ratio.',
    'Orders office supplies and keeps the copier running.',
    'Determines whether callers meet criteria for crisis stabilization admission.',
    'Assists staff with physical holds and seclusion when a resident is unsafe.',
    'Processes urine cups and logs the results in the lab book.',
    'Reminds residents of house rules and reports repeat violations to the manager.',
    'Delivers meal trays to patients on the medical floor.',
    'Mops and buffs the floors of the residence weekly.',
    'Helps nursing with vital signs and blood sugar checks.',
    'Tells the case manager which residents skipped group.',
    'Is responsible for the medication cart during the evening shift.',
    'Performs room inspections and removes items that are not allowed.',
  ],
  fitting: [
    '40% – Meeting one-on-one with members to support the goals they set.',
    'Marginal functions: attending trainings and peer supervision.',
    'Peers will be responsible for co-leading peer support groups.',
    'Will be trained in Mental Health First Aid and naloxone use.',
    'Completes notes on your own peer contacts for billing.',
    "Participates in team meetings to share the member's point of view, with their consent.",
    'Supports residents in learning to manage their own medications, if they want that.',
    'Offers support to parents before and after their supervised visits.',
    'Keeps a sign-in sheet for the peer group to count attendance for the grant.',
    "Serves as a liaison between members and the treatment team, bringing members' concerns forward when they ask.",
    'Refers people who ask for a mental health screening to the clinic.',
    "Explains the house's phase system to new residents and helps them plan for the next phase.",
    'Co-facilitates the WRAP group with another peer.',
    'Keeps the peer lounge comfortable and welcoming.',
    'Shows residents how to use the washer and dryer.',
    'Advocates for adequate staffing so peers can do peer work.',
    'Orders books and materials for the peer library.',
    'Brings lunch to share at the monthly peer potluck.',
    "Listens to each person's history as they choose to tell it.",
    'Helps callers figure out which crisis services fit what they need.',
    'Talks with residents after a restraint to help them make sense of what happened, if they want to.',
    'Helps members read and understand their own lab results when they ask.',
    'Reminds members of upcoming groups they signed up for.',
    "Brings members' concerns about house rules to the house meeting.",
    'Delivers welcome kits to new tenants.',
    'Walks with residents to the corner store when they want company.',
  ],
  conflictingPostings: [[template, ['duty-enforce-rules', 'duty-other-duties', 'duty-phones-reception', 'duty-transport']]],
  fittingPostings: [treatmentCourt],
});
