// Duties written fresh (seventh round) after the fixes of the sixth, before the code was run on
// them: other wordings again, a job description with time shares, and what the agency (not the
// peer) does.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('seventh', {
  conflicting: [
    '40% - Transporting members to medical, legal and benefits appointments.',
    'Operates the agency shuttle between the two campuses.',
    'Takes over the reception desk whenever the receptionist is out.',
    'Mail sorting, copying and keeping the supply room stocked for the clinic.',
    'Must be willing to work as needed on the residential floor to maintain coverage when staff call off.',
    'Uses the C-SSRS to screen each new member for suicide risk.',
    'Gives the DAST to each patient seen in primary care.',
    'Property searches at intake and after passes.',
    'Hourly rounds on all residents overnight.',
    'Collection of oral swabs for drug testing.',
    'Assists deputies with emergency custody orders.',
    'Writes up pink slips when a patient meets criteria.',
    'Case manages a panel of 35 adults.',
    'Reports any resident who breaks curfew to the house manager.',
    'Gives the care coordinator a weekly rundown of who attended and who did not.',
    "Brings concerns about members' drinking to the clinical team without asking them first.",
    'Medication pass at 8 am and 8 pm.',
    'Drives the youth to and from family visits and supervises the visits.',
    'Keeps showing up at the apartments of members who have declined peer services.',
    'Covers the front desk phones on Fridays.',
  ],
  fitting: [
    'The program provides transportation for members to medical appointments.',
    'Our nurses handle all medication administration; peer staff never do.',
    'Front desk staff will greet you on your first day.',
    'Members can choose to have a peer come along on rides to appointments.',
    'Help people prepare for the questions on their intake assessment.',
    'Offers rides home after evening groups to members who want one.',
    'Teaches members how to call in their own prescription refills.',
    'Covers the phones at the peer warmline when scheduled.',
    'Works alongside techs and nurses on the unit to bring a peer voice to patients.',
    'Explains to people how the involuntary hold process works and what their rights are.',
    'Returns calls from members within one business day.',
    'Enters your own service notes in the EHR by the end of each day.',
    "Shares with the team, with the person's permission, what they want the team to know.",
    'Helps youth practice for the drug tests their probation requires.',
    'Visits members in jail when they ask for support.',
    'Staffs the resource table at the community health fair.',
  ],
  conflictingPostings: [
    [
      `JOB DESCRIPTION
Title: Recovery Coach
Program: Outpatient Services
Reports to: Program Manager
FLSA: Non-exempt

Summary: A recovery coach uses their own recovery from addiction to walk alongside people starting recovery.

Key Responsibilities (percent of time)
40%  Transporting participants to outpatient appointments, court and the pharmacy.
20%  Front desk coverage and answering the main line.
20%  Leading recovery support groups and one-on-one peer support.
10%  Completing the CANS and ANSA for new participants.
10%  Other duties as assigned.

Qualifications: Personal experience of recovery from a substance use disorder required.`,
      ['duty-clinical-assessment', 'duty-other-duties', 'duty-phones-reception', 'duty-transport'],
    ],
  ],
  fittingPostings: [
    `Security Officer - Behavioral Health Hospital
Lakeview Psychiatric Hospital | Nights

Duties
- Conduct contraband searches of patient belongings at admission.
- Assist nursing staff with emergency holds and restraints.
- Patrol the building and answer the security desk phone.
- Transport patients between units with a nurse.

Requirements
Security guard license; two years of hospital security experience.`,
  ],
});
