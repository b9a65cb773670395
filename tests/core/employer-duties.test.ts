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
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).toEqual([]);
  });
});
