// Whole postings written fresh (thirty-fifth round: an Australian rehabilitation service in prose, a US
// job board with its page chrome, a sheriff's office class spec, an NHS ward's numbered duties), labeled
// before running. First run: 8 of 11 conflicting duties found, none of 12 fitting duties alarmed; missed:
// handover notes on each resident's presentation, searching program rooms "for contraband", escorting
// detained patients on Section 17 leave.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('thirty-fifth', {
  conflicting: [
    'Searches program rooms for contraband before and after groups.',
    'To escort service users on Section 17 leave.',
    "Completes shift handover notes on each resident's presentation for the clinical team.",
  ],
  fitting: ['Gives a presentation on peer support to the clinical team.', 'Helps people get ready for escorted leave if they ask.'],
  conflictingPostings: [
    [
      "Peer Worker – Alcohol and Other Drugs\nHealthy Futures Inc. · Geelong VIC · Part time (0.6 FTE)\n\nAbout the role\nYou will walk alongside people accessing our residential rehabilitation service, sharing your own lived experience of recovery. You'll run mutual support groups, help residents link in with community services, and contribute to a recovery-oriented culture. The role also involves conducting nightly room checks, administering breathalyser tests to residents returning from day leave, and completing shift handover notes on each resident's presentation for the clinical team.\n\nAbout you\nLived experience of recovery from alcohol or other drug use is essential.",
      ['duty-drug-testing', 'duty-enforce-rules', 'duty-report-on-people'],
    ],
    [
      "Home | Jobs | Post a Job | Sign In\nFamily Peer Advocate\nBright Horizons Family Services – Albany, NY\n$19.50 - $21.00 an hour · Full-time\nApply now  Save\n\nJob details\nResponsibilities include:\n• Engage parents of children with emotional and behavioral challenges and share your own parenting journey\n• Accompany families to CSE meetings and court when they request it\n• Complete the FAST assessment with each family at intake and every 90 days\n• Monitor parents' compliance with their child's safety plan and report concerns to the care manager\n• Maintain accurate documentation of your own family contacts\n\nQualifications:\n• Parent or primary caregiver of a child with a behavioral health challenge (required)\n\nReport job",
      ['duty-clinical-assessment', 'duty-enforce-rules'],
    ],
    [
      "CORRECTIONAL PEER RECOVERY SPECIALIST\nSheriff's Office – Inmate Programs\n\nDistinguishing features: Provides recovery support to incarcerated individuals enrolled in the jail's substance use program.\n\nExamples of duties:\n- Facilitates peer recovery groups in the housing units.\n- Conducts headcounts at the start and end of each program session and reports absences to the classification deputy.\n- Searches program rooms for contraband before and after groups.\n- Helps individuals plan for reentry, including housing and benefits.\n- May be required to work overtime on the housing floor when custody staff are short.\n\nRequirements: Two years in recovery; justice involvement welcomed.",
      ['duty-enforce-rules', 'duty-filling-staff-gaps', 'duty-report-on-people'],
    ],
    [
      'Peer Support Worker – Acute Inpatient Ward\nBand 3 · NHS Foundation Trust\n\nMain duties and responsibilities\n1. To offer one-to-one and group peer support to service users on the ward, drawing on your own lived experience.\n2. To undertake enhanced observations of service users as directed by the nurse in charge.\n3. To support service users to prepare for ward rounds and to have their views heard.\n4. To record all contacts in RiO in line with Trust policy.\n5. To assist with the physical health monitoring of service users, including blood pressure and weight.\n6. To escort service users on Section 17 leave.\n\nPerson specification\nEssential: Lived experience of mental distress and recovery.',
      ['duty-clinical-assessment', 'duty-enforce-rules'],
    ],
  ],
});
