// Duties as employers write them: job-board exports, hospital units, residential programs, county
// classes, justice-involved programs, crisis units, sober living and youth programs. Each line was
// written for this test (none is taken from a posting) and each is read inside the same short peer
// posting, in the sentence shapes postings use: bullets led by a verb, "Responsible for ...",
// "Will be expected to ...", passives, gerunds, noun lists after a colon, "assist nurses in ...".
// Lines that conflict with the peer role sit beside lines that fit it and share their words.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const withDuty = (line: string) =>
  `Peer Recovery Specialist\nFull-time, $21 an hour.\n\nEssential Functions\n- ${line}\n- Share your recovery story and lead groups.\n\nQualifications\n- Lived experience of recovery from a substance use or mental health condition is required.`;
const dutyFindings = (text: string) => analyze(text).findings.filter((f) => f.ruleId.startsWith('duty-'));

describe('a clinical duty in an employer’s words is found', () => {
  it.each([
    'Responsible for completing PHQ-9 and GAD-7 screenings at intake.',
    'Administers the AUDIT-C and DAST-10 to new participants and enters the scores in the record.',
    'Will be expected to score CAGE questionnaires and pass positive results to the clinician.',
    'Conducting ASAM level-of-care screenings for walk-in clients.',
    'Suicide risk screenings using the Columbia scale are completed by the peer at each visit.',
    'Assessments, treatment plans and progress notes are completed by the peer within 72 hours of admission.',
    'Assist clinicians in completing comprehensive assessments.',
    'Gather psychosocial histories from new admissions.',
    'Updating individualized treatment plans every 90 days.',
    'Determine the appropriate level of care for each client.',
    'Formulate diagnostic impressions and recommend a level of care.',
    'Will be expected to complete mental status exams during morning rounds.',
    'Provide brief counseling to patients who screen positive for risky drinking.',
    'Responsible for completing the CIWA and COWS withdrawal scales every four hours.',
    'Screen callers to the access line for level of care and urgency.',
    'Completing intake assessments, including the ASAM and a risk screening.',
    'Writes discharge summaries and aftercare plans for each patient.',
    'Assist the psychiatrist during medication management appointments by taking vitals and updating the medication list.',
    'Administer the Brief Addiction Monitor to participants monthly.',
    'Provide individual and group therapy under clinical supervision.',
    "Monitors patients' intake of food and fluids.",
    "Takes patients' blood pressure and temperature.",
    'Conduct utilization reviews for insurance authorization.',
    'Complete the Columbia Suicide Severity Rating Scale with patients.',
    'Performs intake screenings including the CAGE-AID and PHQ-2.',
    'Completes the psychosocial portion of the admission assessment.',
    'Collaborates with the therapist on diagnosis and treatment planning.',
    'Co-facilitates therapy groups with a licensed clinician.',
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).not.toEqual([]);
  });
});

describe('a medication duty in an employer’s words is found', () => {
  it.each([
    'Passing meds to residents at scheduled times.',
    'Responsible for the medication cart and the nightly narcotics count.',
    'Observe residents as they self-administer medications and record each dose on the MAR.',
    'Assist nurses in administering medications.',
    'Medications are distributed by the peer on weekend shifts.',
    'Pick up prescriptions and deliver medications to clients’ homes.',
    'Will be expected to hand out evening medications and chart refusals.',
    'Assists nursing staff in passing medications and documenting on the MAR.',
    'Will be responsible for dispensing methadone doses under the supervision of a nurse.',
    'Assist with methadone dosing at the clinic window.',
    'Witnesses residents taking their evening medications and initials the log.',
    'Responsible for inventory and storage of client medications.',
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).not.toEqual([]);
  });
});

describe('a monitoring or enforcing duty in an employer’s words is found', () => {
  it.each([
    'Collect urine specimens and breath samples per program policy.',
    'Observed UAs are conducted by same-gender peer staff.',
    'Responsible for random drug testing of house residents.',
    "Conduct searches of residents' rooms and personal belongings for contraband.",
    'Inspecting the bags and belongings of residents returning from pass.',
    'Perform nightly curfew checks and log late arrivals.',
    'Document and report house rule violations to the program director.',
    'Will be expected to write incident reports on residents who break house rules.',
    'Notify the probation officer when a participant misses court-ordered treatment.',
    'Provide line-of-sight observation of patients on the unit.',
    'Conducting 15-minute safety rounds on the crisis unit.',
    'Issue consequences for rule violations in the sober living home.',
    'Serve as house monitor, making sure residents comply with program expectations.',
    "Provide daily reports to the treatment team on each resident's behavior.",
    'Testify at probation violation hearings.',
    'Discharge residents who fail to follow house rules.',
    'Duties: UA collection, room searches, curfew checks and chore monitoring.',
    'The Recovery Coach will be responsible for collecting observed urine samples from residents.',
    'Peer staff will perform pat-down searches of clients upon admission.',
    'Conducts wellness checks on residents every 30 minutes overnight.',
    "Will be expected to monitor residents' phone calls and visitors.",
    'Reporting any suspected drug use by residents to the house manager.',
    'Ensure that all participants sign in and out and abide by curfew.',
    'Breathalyze residents returning from outings.',
    'Observation of patients on close watch is assigned to the peer on each shift.',
    "Keep a log of each resident's comings and goings and share it with the probation officer.",
    'Confiscates prohibited items and secures them in the office.',
    'Supervise visitation between parents and children and report concerns to the caseworker.',
    'Monitor youth behavior on the unit and document incidents.',
    'Conduct home visits to verify that participants are sober.',
    "Track participants' attendance at mandated groups and notify the court of absences.",
    'Maintain the therapeutic milieu, including de-escalating residents and enforcing unit expectations.',
    'Provide milieu supervision on the adolescent unit.',
    'Performs sitter duties for patients on suicide precautions.',
    'Serve as a witness for drug screens.',
    'Responsible for the collection of urine specimens.',
    'Perform hourly census counts.',
    'Monitor security cameras and log who enters the building.',
    'Conduct pat searches of residents returning to the facility.',
    'Take attendance at mandatory groups for court reports.',
    'Prepare progress reports for probation officers.',
    'Frisk residents for contraband after visits.',
    "Write letters to the court about each participant's progress.",
    'Obtains urine toxicology samples per physician order.',
    'Conducts breath alcohol testing on residents suspected of drinking.',
    'Ensures residents complete assigned chores and attend house meetings.',
    "Documents each participant's compliance with court orders.",
    "Shares information about participants' progress with the referring probation officer.",
    'Searches the rooms of residents suspected of having drugs.',
    'Restricts privileges of residents who break curfew.',
    'Provides overnight supervision of residents in the recovery house.',
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).not.toEqual([]);
  });
});

describe('a menial or misassigned duty in an employer’s words is found', () => {
  it.each([
    'Clean and sanitize the common areas and bathrooms at the end of each shift.',
    'Daily tasks include: laundry, meal preparation, housekeeping and restocking supplies.',
    'Primary duty is driving clients to medical appointments.',
    'Provide coverage at the front desk and sign visitors in and out.',
    'Serve as a security presence in the lobby.',
    'Fill in as a behavioral health technician when the unit is short-staffed.',
    'Cover open tech shifts as needed to maintain staffing ratios.',
    'Scheduling, filing and data entry for the clinical team.',
    'Answering the crisis line and triaging calls to the on-call clinician.',
    'Running errands and picking up lunch for staff.',
    "Serves as the driver for the program's daily van runs.",
    'Janitorial: mop floors, clean restrooms, empty trash.',
    'Cover the reception desk, answer phones and schedule appointments.',
    'Will be expected to fill vacant direct-care shifts on nights and weekends.',
    'Staffs the front desk on weekends.',
    'Drives the agency vehicle to pick up donations and supplies.',
    'Covers shifts for absent residential aides.',
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).not.toEqual([]);
  });
});

describe('a coercive duty in an employer’s words is found', () => {
  it.each([
    'Assist police and crisis staff in carrying out involuntary holds.',
    'Participate in physical holds and restraints as trained.',
    'Transport individuals on involuntary holds to the psychiatric hospital.',
    'Persuade reluctant clients to accept their long-acting injections.',
    'Locate participants who have stopped attending and bring them back into treatment.',
    'Make unannounced home visits to check on sobriety.',
    'Assists with admissions to the locked unit and involuntary holds.',
    'Contacts participants who have missed appointments and reminds them that the court expects attendance.',
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).not.toEqual([]);
  });
});

describe('a duty that fits the peer role stays silent, near the words of one that does not', () => {
  it.each([
    'Support people who choose to stop or change a medication to talk it over with their prescriber.',
    'Accompany participants to court hearings as a support person, at their request.',
    'Help people get ready for a drug screen they have chosen to take.',
    'Teach harm reduction, including safer use and how to use naloxone.',
    'Ensures compliance with agency policies and procedures.',
    'Comply with HIPAA and federal confidentiality rules for substance use records.',
    'Provide rides to appointments when a participant asks for one.',
    'Document peer sessions in the electronic health record within 48 hours.',
    'Share your own recovery story when it may help someone.',
    'Complete required trainings, including CPR and first aid.',
    'Help residents speak up for themselves when they disagree with a house rule.',
    'Explain what a drug test result could mean for a court case, if the participant asks.',
    'Support residents to set the agenda for their own house meetings.',
    'Offer to go with people to their psychiatric appointments.',
    'Share information about medication-assisted treatment so people can decide for themselves.',
    'Help participants fill out their own self-assessment of strengths and goals.',
    'Use a needs assessment tool with participants to find the housing, food and benefits they want help with.',
    'Support people through the intake process so their voice is heard.',
    'Help participants write their own Wellness Recovery Action Plan.',
    'Help participants prepare for their treatment planning meetings so their goals are included.',
    'Advocate for people in their treatment team meetings when invited.',
    'Help people prepare for meetings with their probation officer.',
    'Attend weekly supervision with the peer supervisor.',
    'Keep an up-to-date binder of community resources.',
    'Travel across the county to meet people where they are.',
    'Facilitate peer-led groups on topics participants choose.',
    'Call participants after discharge, with their consent, to see how they are doing.',
    'Show people how a pill organizer works if they ask for help with their medication routine.',
    'Report suspected abuse or neglect as a mandated reporter.',
    'Collect anonymous satisfaction surveys from participants.',
    'Greet people as they arrive at the drop-in center and offer coffee.',
    'This position does not carry a caseload.',
    'Peers do not administer medication, collect urine samples or enforce house rules.',
    "Respect each resident's right to refuse services.",
    'Help participants apply for SNAP, SSI and housing vouchers.',
    'Support participants who want to cut back on drinking, without requiring abstinence.',
    'Complete timesheets and mileage logs accurately.',
    'Help people make sense of their screening results and the options open to them.',
    'Hand out naloxone kits and fentanyl test strips to people who want them.',
    'Teach people how to use fentanyl test strips to check their own supply.',
    'Support participants to meet drug court requirements while pursuing goals of their own.',
    'Sit with patients in the emergency department after an overdose, if they are open to talking.',
    'Reports to the Peer Services Manager.',
    'Help residents hold their own house meetings and settle conflicts together.',
    'Help participants get ready for their own assessments by writing down what they want the clinician to know.',
    'Support youth to keep track of their own progress toward the goals they set.',
    'Go with people to their medication appointments when they would like support.',
    'Help participants practice what they want to say to the judge.',
    "Explain the program's house rules to new residents and listen to their concerns.",
    'Help residents understand what happens at a drug court hearing.',
    'Provide harm reduction education and supplies, including safer use kits.',
    'Follow agency policies on confidentiality and documentation.',
    'Adhere to the code of ethics for peer specialists.',
    'Ensure peer services are documented accurately and on time.',
    'Answer calls on the peer warmline and offer support to callers.',
    'Support people to manage their own medications in the way that works for them.',
    'Help parents prepare for supervised visits with their children.',
    'Keep accurate records of peer contacts for billing.',
    'Offer rides to recovery meetings when people ask for them.',
    'Support participants who are facing a probation violation, if they want someone with them.',
    'Help people find a detox bed when they decide they are ready.',
    'Provide information about where to get tested for HIV and hepatitis C.',
    'Offer fentanyl test strips and explain how to use them.',
    'Support residents in holding each other accountable to the house agreements they wrote together.',
    'Help youth build a safety plan of their own.',
    'Help members fill out the intake forms when they ask for help with reading.',
    'Speak with people about their drug use without judgment.',
    'Help people review their own records and request corrections.',
    'Help participants reconnect with services they have left, if they want to come back.',
    'Help people get ready for a screening they have chosen, such as a depression screening at their clinic.',
    'Go with a person to a drug test they have chosen to take, if they want company.',
    'Support people who want to talk about the results of their PHQ-9 with their doctor.',
    'Employees are subject to random drug testing.',
    'Stay with people on an involuntary hold as a support, if they want company.',
    'Introduce the recovery capital scale as a tool people can use to reflect on their own strengths.',
    'Administer Narcan in an overdose emergency.',
    'Support residents with daily living skills they want to build.',
    'Monitor the peer support inbox and respond to messages.',
    'Check in with residents during the evening to see if anyone wants to talk.',
    'Help participants gather letters of support for their court date.',
    'Take attendance at peer support groups for program reports.',
    "Witness participants' graduation from drug court and celebrate with them.",
    'Help residents make chore charts they agree on as a house.',
    'Share observations about program gaps with leadership.',
    'Support patients on suicide precautions by being present and listening, when they want company.',
    'Write letters of support for participants who ask for one.',
    'Help people prepare for their utilization review appeal.',
    'Sit with people in the waiting room before their intake appointment, if they would like.',
    'Help participants track their own progress toward the goals in their recovery plan.',
    'Use motivational interviewing to explore what people want for themselves.',
    "Write a letter to the court on the participant's behalf when they ask.",
    'Complete the annual self-assessment and training plan.',
    'Conduct a needs assessment with each new member to learn what they want help with.',
    'Conduct evaluations of peer program outcomes with the quality team.',
    'Help people complete their benefits screenings and applications.',
    'Supervise the peer support volunteers at the drop-in center.',
    'Supervise youth peer advocates and offer them reflective supervision.',
    'Inspect the vehicle before each trip for safety.',
    'Help people understand their Social Security coverage.',
    'Run errands with members who want company.',
    'Help members run errands they find hard to do alone.',
    'Help people understand the level of care their insurance will pay for.',
    'Advocate for people who disagree with the level of care recommended for them.',
    "Explain the program's curfew to new residents and help them ask for exceptions.",
    'Help people plan for discharge and connect to housing.',
    'Monitor the group chat and respond to members’ questions.',
    'Observe group dynamics and adjust the discussion to include everyone.',
    'Record group attendance for program reports.',
    'Prepare monthly reports on member use of the drop-in center.',
    'Report any HIPAA or policy violations to the compliance officer.',
    'Write court letters of support when participants ask.',
    'Help maintain a safe and welcoming space where people feel respected.',
    'Keep the peer lounge clean and welcoming.',
    'Check in visitors to the family support fair.',
    'Give participants medication education handouts from the pharmacy, if they ask.',
    'Talk with people waiting at the dosing window about how their week is going.',
    'Ensure the kitchen is clean and stocked before the community meal.',
    'Track participant intake numbers for the grant report.',
    'Complete the LOCUS training during your first month.',
    'Help residents with laundry chores they want to learn.',
    'Help people find a safe place to keep their own medications at home, if they want one.',
    'Help people prepare for the psychosocial part of their admission assessment.',
    'Help people understand their diagnosis and treatment plan, if they ask.',
    'Facilitate peer support groups on topics members choose.',
    'Receive regular supervision of your peer work from a peer supervisor.',
    "Share updates with the probation officer at the participant's request.",
    'Cover group shifts for another peer specialist who is on leave.',
    'Visit people on the locked unit who ask to see a peer.',
    'Call participants who have asked for a reminder before their appointments.',
    'Walk with people through the steps of applying for disability benefits.',
    'Help residents advocate for changes to house rules they find unfair.',
    'Offer support to people waiting for their intake assessment, if they want company.',
    'Teach people about their rights when they are asked to take a drug test.',
    'Help people talk through whether they want to keep taking a medication.',
    'Accompany people to probation appointments when they ask.',
    'Ensure all peer documentation meets billing standards.',
    "Follow the agency's safety procedures during home visits.",
    'Help participants find therapy groups and counselors that fit them.',
    'Support people who want to stop using, and those who want to use more safely.',
    'Share information about supervised consumption and syringe services.',
    'Help people prepare questions about their diagnosis for their doctor.',
    'Help youth plan how to talk with their foster parents about curfew.',
    'Report to the Director of Peer Services and meet weekly for supervision.',
    "Lead a group about managing medication side effects, using members' own experience.",
    'Explain what a level of care assessment is to people who ask.',
    'Help people store and organize their important papers.',
    'Share your experience of coming home from prison with people leaving incarceration.',
    'Help people make a plan for what to do if they are placed on an involuntary hold.',
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).toEqual([]);
  });
});

// Whole postings in the shapes job boards and employers' pages give them: a list after "include but
// are not limited to:", duties in a summary paragraph, a job-board export run together on one line,
// bullets without punctuation, a duty after "However," in a paragraph that names what the role is not.
const conflictingPostings: [string, string[]][] = [
  [
    'Peer Support Specialist - Residential\nPay: $19.50 per hour. Full-time.\nEssential duties include but are not limited to: passing medications, collecting urine samples, and conducting room searches.\nQualifications: Lived experience of recovery required.',
    ['duty-drug-testing', 'duty-enforce-rules', 'duty-medication-administration'],
  ],
  [
    'PEER RECOVERY COACH\nJob Type: Full-time | Salary: $42,000 - $46,000 a year\nJob Description: The Peer Recovery Coach will support residents in early recovery. This is not a clinical position. The coach will also collect UAs, complete breathalyzer tests and document results in the EHR.\nRequirements: Two years of continuous recovery.',
    ['duty-drug-testing'],
  ],
  [
    'Peer Specialist\n$20/hr\nResponsibilities\n• Administer PHQ-9 screenings\n• Pass meds during evening shift\n• Perform room checks\nRequirements\n• Lived experience with mental health recovery',
    ['duty-clinical-assessment', 'duty-enforce-rules', 'duty-medication-administration'],
  ],
  [
    'Peer Support Specialist\nLocation: County Jail Reentry Program. Pay $22 an hour.\nThe Peer Support Specialist works with people leaving incarceration. Duties: accompany participants to court at their request, share lived experience, and report participant violations to probation.\nQualifications: Personal experience with incarceration and recovery.',
    ['duty-report-on-people'],
  ],
  [
    'Certified Peer Specialist – Crisis Stabilization Unit\nHourly rate $21. Nights.\nIn this role you will conduct 15-minute checks, assist nursing with restraints and seclusion, and help with admissions paperwork including the initial risk assessment.\nMust have lived experience of mental health recovery.',
    ['duty-clinical-assessment', 'duty-enforce-rules', 'duty-involuntary-holds'],
  ],
  [
    "Recovery Support Specialist (Sober Living)\n$18-$20 hourly\nWhat you'll do:\nDrug testing residents\nEnforcing house rules and curfew\nTransporting residents to and from work\nLight housekeeping\nWhat you need: 1 year of sobriety",
    ['duty-cleaning', 'duty-drug-testing', 'duty-enforce-rules', 'duty-transport'],
  ],
  [
    'Youth Peer Advocate\nSalary: $45,000. Apply by May 1.\nThe Youth Peer Advocate does not provide therapy or carry a caseload; they support young people in reaching goals they choose. However, the YPA is expected to complete CANS assessments for each youth.\nQualifications: Lived experience as a young person receiving services.\n',
    ['duty-clinical-assessment'],
  ],
  [
    'Peer Support Specialist\nPay Range: $20.00 - $23.00 per hour\nAbout the Program\nOur crisis stabilization unit serves adults in acute distress. Peer Support Specialists on the unit complete safety checks every 15 minutes and assist nursing staff with admissions.\nQualifications\nLived experience of mental health recovery.',
    ['duty-enforce-rules'],
  ],
  [
    'Recovery Coach - Full Time - $48,000/yr Job details Job type Full-time Benefits Dental insurance Full job description Harbor House is seeking a Recovery Coach to join our residential team. The Recovery Coach will: lead recovery groups · collect and log urine drug screens · conduct nightly bed checks · transport residents to appointments · share lived experience. Requirements: minimum 2 years in recovery.',
    ['duty-drug-testing', 'duty-enforce-rules', 'duty-transport'],
  ],
  [
    'Family Peer Advocate\nSalary $40,000\nPosition Summary: The Family Peer Advocate helps parents navigate the child welfare system. The advocate supervises family visits, documents parent behavior during visits, and reports concerns to the assigned caseworker.\nRequirements: Lived experience as a parent involved with child protective services.',
    ['duty-enforce-rules', 'duty-report-on-people'],
  ],
  [
    'Peer Recovery Specialist - Emergency Department\n$24/hour\nJob Summary\nResponds to overdose patients in the ED. Administers the SBIRT screening to patients, completes the AUDIT and DAST, and provides brief intervention. Links patients to treatment.\nMinimum Qualifications\nSelf-identified person in recovery from substance use disorder.',
    ['duty-clinical-assessment'],
  ],
  [
    "Peer Specialist (Forensic ACT)\n$21.50 hourly\nOur ACT team serves people leaving state hospitals. Under the direction of the team leader, the peer specialist monitors clients' medication adherence, delivers medications in the community, and attends court-mandated treatment review hearings to update the judge on client progress.\nQualifications: lived experience required.",
    ['duty-compliance-monitoring', 'duty-medication-administration', 'duty-report-on-people'],
  ],
  [
    'Peer Mentor - Youth Shelter\n$17/hour, part-time\nResponsibilities:\n- Supervise youth during recreational activities and enforce shelter rules.\n- Complete room inspections and document contraband.\n- Step in as direct care staff as needed.\n- Drive the shelter van for outings and school runs.\n- Help with cooking, cleaning and laundry.\nQualifications: Former youth in care or lived experience of homelessness preferred.',
    ['duty-cleaning', 'duty-enforce-rules', 'duty-filling-staff-gaps', 'duty-transport'],
  ],
  [
    "Recovery Support Peer\n$19/hr\nKey Responsibilities:\nMedication observation for residents on MAT.\nUA collection and documentation.\nReporting noncompliance to the clinical director.\nSearching residents' belongings upon return from passes.\nQualifications: 1 year of continuous sobriety.\n",
    ['duty-drug-testing', 'duty-enforce-rules', 'duty-medication-administration', 'duty-report-on-people'],
  ],
];

describe('a whole posting: each kind of conflicting duty it holds is found', () => {
  it.each(conflictingPostings)('%s', (text, kinds) => {
    expect([...new Set(dutyFindings(text).map((f) => f.ruleId))].sort()).toEqual(kinds);
  });
});

const fittingPostings: string[] = [
  'Peer Support Specialist\n$20 an hour, full-time\nDuties\n- Lead recovery groups and share your story.\nQualifications\n- Familiarity with screening tools such as the PHQ-9 and GAD-7 is a plus.\n- Knowledge of CANS assessments and the ASAM criteria.\n- Able to pass a urine drug screen and background check.\n- Understanding of level of care decisions.\n- Lived experience of recovery required.',
  'Peer Support Specialist\n$20 an hour, full-time\nDuties\n- Lead recovery groups and share your story.\n- Help people understand what the PHQ-9 their doctor gave them measures, if they ask.\n- Explain the AUDIT and DAST questions people may be asked at intake so they know what to expect.\n- Go with participants to their CANS assessment as a support, when invited.\nQualifications\n- Lived experience of recovery required.\n',

  "Peer Recovery Coach - Emergency Department\n$23 per hour, full-time\nResponsibilities include but are not limited to:\n- Meet with patients after an overdose, if they are open to it, and share your own recovery story.\n- Offer naloxone, fentanyl test strips and harm reduction information.\n- Help people get to a detox or treatment program of their choosing, and offer a ride when they ask.\n- Follow up by phone after discharge with the person's consent.\n- Document your peer contacts in the electronic record.\nQualifications: Two years of lived experience in recovery from substance use.",
  'Family Peer Advocate\nSalary: $44,000. Apply by June 1.\nThe Family Peer Advocate walks beside parents whose children receive mental health services. You will go with parents to school meetings and court dates when they ask, help them prepare for supervised visits and treatment team meetings, and make sure their voice is heard. You will not supervise visits or report on parents.\nRequirements: Lived experience as a parent or caregiver of a child with emotional or behavioral challenges.',
  'Peer Specialist - Justice Services\n$21/hr\nDuties:\n- Support participants in meeting drug court requirements while working on goals of their own.\n- Attend court hearings as a support person when the participant invites you.\n- Help participants get ready for probation meetings and understand their conditions.\n- Ensure compliance with agency policies, HIPAA and 42 CFR Part 2.\n- Explain what a drug screen result can mean for a court case, if asked.\nQualifications: Personal experience with the justice system and recovery.',
  "Youth Peer Mentor\n$18/hour, part-time\nWhat you'll do:\nLead groups on topics youth choose, share your story, help youth build their own safety plans, and connect them with housing, school and job programs. Keep the youth lounge welcoming and help youth plan community meals. Occasionally drive youth to events in the agency van when they ask for a ride.\nQualifications: Lived experience as a young person in foster care, homelessness or mental health services.",
  'Peer Support Specialist - Residential\n$20/hour\nPeer staff in our program do not collect drug screens, pass medications, search rooms or enforce house rules; nursing and residential staff handle those tasks. Peers facilitate groups, support residents in running their own house meetings, and help residents prepare for their treatment planning meetings so their goals come first.\nQualifications: Lived experience of mental health or substance use recovery.\n',
];

describe('a whole posting whose duties all fit the peer role has no duty finding', () => {
  it.each(fittingPostings)('%s', (text) => {
    expect(dutyFindings(text)).toEqual([]);
  });
});

describe('"not limited to" introduces duties; a real negation still removes them', () => {
  it.each([
    ['Duties include, but are not limited to, passing medications at night.', 'duty-medication-administration'],
    ['Tasks including but not limited to collecting urine samples.', 'duty-drug-testing'],
    ['Other tasks, not restricted to the following: room searches and curfew checks.', 'duty-enforce-rules'],
  ])('%s', (line, ruleId) => {
    expect(dutyFindings(withDuty(line)).map((f) => f.ruleId)).toContain(ruleId);
  });
  it.each([
    'The peer will not be asked to pass medications or collect urine samples.',
    'This role does not include drug testing, room searches or medication passes.',
    "Peers aren't expected to enforce house rules.",
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).toEqual([]);
  });
});
