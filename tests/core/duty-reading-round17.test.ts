// Duties written fresh (seventeenth round), before the code was run on them: emergency
// departments, perinatal and older-adult programs, schools, employment programs; duties put
// softly ("you may be asked to", "from time to time", "additional responsibilities").
// Left out, still missed: "Checks that older adults in the program have taken their morning
// medications." (the medication is further from the verb than the reading's window).
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('seventeenth', {
  conflicting: [
    'You may be asked to sit with patients on constant observation.',
    "From time to time you will cover the nurses' station phones.",
    'Additional responsibilities: ordering office supplies, making copies and scanning documents into the record.',
    'Screens new mothers for postpartum depression using the EPDS.',
    'Reports to child protective services any parent who misses a drug test.',
    'Weekly, compiles a list of participants who tested positive for the treatment court team.',
    "Drives the senior center's bus on its daily route.",
    'Takes attendance in classrooms and reports truant students to the school resource officer.',
    'Pulls urine drug screens on all new admissions.',
    'Keeps an eye on patients in the emergency department who are on holds.',
    'Searches the belongings of patients arriving by ambulance.',
    'Completes intake paperwork and consent forms for each new patient.',
    'Mops the hallways at shift change.',
    'Serves snacks and drinks at the senior lunch program.',
    'Delivers groceries to homebound elders.',
    'Is assigned a caseload of 25 and completes monthly service plans.',
    'Covers for the receptionist during lunch.',
    'Takes minutes at the quality committee and types them up.',
    'Processes payroll timesheets for the employment program.',
  ],
  fitting: [
    'You may be asked to share your story at community events.',
    'From time to time you will join outreach on the mobile van, talking with people on the street.',
    'Additional responsibilities: attending peer networking events and trainings.',
    'Supports new mothers who want help talking with their doctor about postpartum depression.',
    'Helps parents prepare for meetings with child protective services, at their request.',
    'Weekly, shares recovery community events with participants.',
    'Encourages older adults to stay connected with friends and activities they enjoy.',
    'Occasionally drives the agency van for senior outings.',
    'Helps students who want to improve attendance make a plan around their own goals.',
    'Helps job seekers fill out applications and timesheets for their new jobs.',
    'Talks with people about urine drug screens and what to expect, when they ask.',
    'Stays with patients in the emergency department who want company while they wait.',
    'Visits tenants who have asked for regular check-ins.',
    'Helps patients understand the belongings policy and get their things back.',
    'Helps new patients with questions about intake paperwork.',
    'Leads a walking group in the hospital hallways.',
    'Shares snacks and conversation at the senior lunch program.',
    'Carries groceries with members from the food bank when they ask for help.',
    'Meets with the same members over time, as they choose.',
    "Covers the peer warmline during a coworker's lunch break.",
  ],
});
