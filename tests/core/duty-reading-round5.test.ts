// Duties written fresh (fifth round) after the fixes of the fourth, before the code was run on
// them: other wordings of the same duties (a driver's route, the front desk, floor coverage,
// instruments by name, bare noun bullets, petitions, caseloads, telling staff about a person),
// and the peer work that looks like them.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('fifth', {
  conflicting: [
    "Serves as the program's driver, taking youth to school, court and family visits.",
    'Runs the morning van route for the day treatment program.',
    'Mans the front desk and checks in clients for their appointments.',
    'Handles incoming calls and schedules intakes for the clinic.',
    'Photocopying, faxing and general office support for the clinical team.',
    'Serves as floor staff when the unit falls below required ratios.',
    'Expected to work as a mental health tech on weekends when the schedule has holes.',
    'Completes the ASAM with each new admission and recommends a level of care.',
    'Administers the Columbia screener to all patients on arrival.',
    'Breathalyzer checks when residents return from pass.',
    'Supervision of residents during smoke breaks.',
    'Searches of incoming packages and mail.',
    'Initiates emergency petitions for people who are a danger to themselves.',
    'Goes with police on welfare checks to members who have disengaged from care.',
    'Maintains a caseload of up to 30 adults and completes monthly service authorizations.',
    'Keeps the clinical supervisor informed about who is using again.',
    'Tells the house manager when a resident comes home late.',
    'Counts controlled medications with the nurse at each shift change.',
    'Provides transportation as a primary job function, including weekend outings.',
    'Enters intake forms and insurance information into the billing system.',
  ],
  fitting: [
    'Rides along with members on the bus to their first appointment, if they want company.',
    "Shows people how to book a ride through their insurance's transportation benefit.",
    'Makes friendly reminder calls to members who signed up for them.',
    'Keeps notes on your own peer contacts as required by Medicaid.',
    'Supports participants in meeting drug court requirements they have chosen to work toward.',
    'Talks with people about their medications when they bring it up, and helps them ask their doctor questions.',
    'Covers the warmline on Tuesday evenings.',
    'Staffs the peer-run welcome table at the health fair.',
    'Helps members understand what the CIWA is and what it measures.',
    'Attends commitment hearings with members who want support there, to help them speak for themselves.',
    'Meets with people at home or in the community, wherever they are most comfortable.',
    'Works evening shifts at the peer respite house.',
    'Updates members about changes to group times.',
    'Connects people to case management services if they want them.',
    'Turns in your own timesheets and mileage on time.',
    "Tells people about the agency's free rides to medical appointments.",
  ],
  conflictingPostings: [
    [
      `Careers at Northgate Medical Center
Job Title: Peer Support Specialist - Inpatient Psychiatry
Department: Behavioral Health | Req #20417 | Shift: Days

Position Summary
The Peer Support Specialist uses lived experience of mental health recovery to support patients on the inpatient unit.

Essential Functions
- Performs 15-minute safety rounds on the unit.
- Assists nursing with patient transport between units.
- Provides coverage on the unit during meal breaks for mental health technicians when staffing is short.
- Administers the PHQ-9 to each patient on admission.
- Shares recovery experience in groups and one-on-one.

Qualifications
Lived experience of a mental health condition and recovery required. State peer certification within one year.`,
      ['duty-clinical-assessment', 'duty-enforce-rules', 'duty-filling-staff-gaps', 'duty-transport'],
    ],
    [
      `jobs.example | Find jobs | Company reviews
Recovery Support Peer
Hope Springs Sober Living - Part-time - $18/hr
Easy apply

Responsibilities:
• Observe urine collection on move-in and at random.
• Keep the sign-out log of residents' whereabouts.
• Drive residents to NA and AA meetings in the house van.
• Share your own recovery journey at house meetings.

Requirements:
• 2+ years in recovery. Valid license.`,
      ['duty-drug-testing', 'duty-enforce-rules', 'duty-transport'],
    ],
  ],
  fittingPostings: [
    `Family Partner
Bright Paths Family Services (nonprofit) - full time

Family Partners are parents who have raised a child with emotional or behavioral challenges and who walk alongside other parents.

What you'll do
- Help parents plan their own rides to school and treatment meetings.
- Make phone check-ins with parents who ask for them.
- Document your own contacts with families.
- Share information about children's medications when parents ask, and help them prepare questions for the prescriber.
- Attend school meetings with parents at their request.

Who you are
Lived experience raising a child with mental health needs is required.`,
    `Case Manager II
Eastside Community Mental Health

Responsibilities
- Carry a caseload of 30 adults with serious mental illness.
- Make home visits and transport clients to appointments.
- Answer phones at the front desk when scheduled.
- Complete the ANSA for every client every six months.

Requirements
Bachelor's degree in social work or a related field. Two years of case management experience.`,
  ],
});
