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
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).not.toEqual([]);
  });
});

describe('a medication duty in an employer’s words is found', () => {
  it.each([
    'Passing meds to residents at scheduled times.',
    'Responsible for the medication cart and the nightly narcotics count.',
    "Observe residents as they self-administer medications and record each dose on the MAR.",
    'Assist nurses in administering medications.',
    'Medications are distributed by the peer on weekend shifts.',
    'Pick up prescriptions and deliver medications to clients’ homes.',
    'Will be expected to hand out evening medications and chart refusals.',
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
    "Notify the probation officer when a participant misses court-ordered treatment.",
    'Provide line-of-sight observation of patients on the unit.',
    'Conducting 15-minute safety rounds on the crisis unit.',
    'Issue consequences for rule violations in the sober living home.',
    'Serve as house monitor, making sure residents comply with program expectations.',
    "Provide daily reports to the treatment team on each resident's behavior.",
    'Testify at probation violation hearings.',
    'Discharge residents who fail to follow house rules.',
    'Duties: UA collection, room searches, curfew checks and chore monitoring.',
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
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).toEqual([]);
  });
});
