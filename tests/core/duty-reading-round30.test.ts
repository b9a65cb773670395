// Whole postings written fresh (thirtieth round: a civil-service class spec run on with semicolons, a UK
// hostel's job-board bullets, an informal run-on post, a hospital template, a Canadian drug treatment
// court), labeled before running. First run: 16 of 17 conflicting duties found, none of 15 fitting
// duties alarmed; missed: advising the team on a participant's compliance ("advise" now reports);
// the nightly bed count was read only as cleaning (now a count of the people, and locking up the building a patrol).
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('thirtieth', {
  conflicting: [
    "Advises the team on each participant's compliance with bail and program conditions.",
    'You will also do the nightly bed count.',
    'Locks up the building at 11 and walks the halls after curfew.',
  ],
  fitting: ['Advises members on their rights under the tenancy agreement.', 'Opens and locks up the peer-run drop-in with the volunteers.'],
  conflictingPostings: [
    [
      "PEER SUPPORT SPECIALIST I\nCounty of Marlow Civil Service Commission\nClass Code 4471\n\nDEFINITION\nUnder general supervision, provides peer support services to adults in county behavioral health programs.\n\nILLUSTRATIVE EXAMPLES OF WORK\nShares personal recovery experience with clients to promote hope; assists clients to identify their own goals; monitors clients' adherence to court-ordered treatment and reports lapses to the assigned probation officer; conducts pill counts during home visits; completes the LOCUS for level-of-care determinations; may be assigned to transport clients in a county vehicle as a regular part of the work; performs related work as required.\n\nMINIMUM QUALIFICATIONS\nLived experience of recovery from mental illness or substance use is required.",
      [
        'duty-clinical-assessment',
        'duty-compliance-monitoring',
        'duty-medication-administration',
        'duty-report-on-people',
        'duty-transport',
      ],
    ],
    [
      "Recovery Worker (Lived Experience) - Harbour Street Hostel\nLeeds · £24,500 · Full time\n\nWhat you'll do\n• Build trusting relationships with residents and share your own journey where it helps\n• Carry out room checks and report any breaches of licence conditions to the team leader\n• Complete the daily fire log and walk the building at night\n• Take residents to appointments when they ask\n• Record your own key-work sessions on Inform\n• Cover the front desk and answer the door to visitors\n\nAbout you\n• Personal experience of homelessness or addiction",
      ['duty-enforce-rules', 'duty-phones-reception'],
    ],
    [
      "we're hiring a peer mentor for our youth shelter!! you'd be hanging out with the kids, running activities, helping them with school stuff. you'll also do the nightly bed count, lock up the building at 11, and write up any kid who breaks curfew. some driving to school in the agency van every morning. must be 21+ and have been through the system yourself. dm us",
      ['duty-enforce-rules', 'duty-transport'],
    ],
    [
      'Job Title: Peer Recovery Specialist - Emergency Department\nDepartment: Behavioral Health Services\nReports To: Nurse Manager\n\nPosition Summary: The Peer Recovery Specialist engages patients presenting with substance use in the ED and links them to treatment.\n\nEssential Functions:\n1. Engages patients after an overdose and offers naloxone and linkage to care.\n2. Performs SBIRT screening and brief intervention on all patients flagged by triage.\n3. Assists nursing staff with one-to-one observation of patients on suicide precautions.\n4. Obtains urine drug screens when ordered by the provider.\n5. Follows up by phone with patients who agreed to a call.\n6. Documents peer encounters in Epic.\n\nQualifications: Two years of personal recovery.',
      ['duty-clinical-assessment', 'duty-drug-testing', 'duty-enforce-rules'],
    ],
    [
      "Peer Support Worker – Drug Treatment Court\nToronto, ON\n\nResponsibilities\n- Offer one-to-one peer support to participants from intake to graduation\n- Attend pre-court meetings and advise the team on each participant's compliance with bail and program conditions\n- Supervise the collection of urine samples on court days\n- Support participants to meet program requirements in a way that fits their goals\n- Help participants prepare for court appearances\n\nRequirements\n- Lived experience with substance use and the criminal justice system",
      ['duty-drug-testing', 'duty-report-on-people'],
    ],
  ],
});
