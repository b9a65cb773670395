// Employers word lived experience and duties in many ways. Each line here was written for this
// test (none is taken from a posting) and is read inside the same short posting, so a line that
// changes its reading changes one expectation. Traps sit beside the cases they guard.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const withQualification = (line: string) =>
  `Peer Support Specialist\nFull-time, $20 an hour.\n\nDuties\n- Lead recovery groups and link people to resources.\n\nQualifications\n- High school diploma or GED.\n- ${line}`;
const withDuty = (line: string) =>
  `Peer Support Specialist\nFull-time, $20 an hour.\n\nDuties\n- ${line}\n- Share your recovery story and lead groups.\n\nQualifications\n- Lived experience of recovery from a mental health condition is required.`;
const withSummary = (line: string) =>
  `Peer Support Specialist\nFull-time, $20 an hour.\n\nPosition Summary\n${line}\n\nDuties\n- Lead recovery groups and link people to resources.\n- Help people set goals they choose.\n\nQualifications\n- High school diploma or GED.\n- Valid driver's license.`;
const underHeading = (heading: string, line: string) =>
  `Peer Support Specialist\nFull-time, $20 an hour.\n\nResponsibilities\n- Lead recovery groups and link people to resources.\n- Help people set goals they choose.\n\nMinimum Qualifications\n- High school diploma or GED.\n- Valid driver's license.\n\n${heading}\n- ${line}\n- Good communication skills.`;
const dutyFindings = (text: string) => analyze(text).findings.filter((f) => f.ruleId.startsWith('duty-'));

describe("a qualifications line asking for lived experience in the employer's words", () => {
  it.each([
    ['Must have lived experience.', 'required'],
    ['Must be clean for at least one year.', 'required'],
    ['Person in recovery from mental illness and/or substance use.', 'required'],
    ['Be in recovery from a mental health and/or substance use disorder.', 'required'],
    ['Self-disclosed history of mental health or substance use challenges.', 'required'],
    ['Personal experience with the behavioral health system.', 'required'],
    ['Has received mental health services.', 'required'],
    ['A person who has experienced homelessness and recovery.', 'required'],
    ['Primary qualification is lived experience of recovery.', 'required'],
    ['Have personal experience with substance use and recovery.', 'required'],
    ['Current or past consumer of mental health services.', 'required'],
    ['Be a self-identified person with a mental health condition.', 'required'],
    ['Individuals with lived experience are strongly encouraged to apply.', 'preferred'],
    ['Lived experience is highly desirable.', 'preferred'],
    ['Recovery from substance use disorder (minimum 2 years).', 'required'],
    ['Preference will be given to candidates with lived experience.', 'preferred'],
    ['Demonstrated personal recovery from addiction.', 'required'],
    ['Sustained recovery of at least 1 year.', 'required'],
    ['Must be a person with lived experience of recovery.', 'required'],
    ['Experience as a recipient of mental health services.', 'required'],
    ['In recovery from addiction for 2+ years.', 'required'],
    ['A personal history of mental illness.', 'required'],
    ['Someone who has walked the path of recovery from substance use.', 'required'],
    ['Personal lived experience with a mental health diagnosis and recovery.', 'required'],
    ['Lived/living experience of mental health challenges.', 'required'],
    ['Experience of recovery from psychiatric disability.', 'required'],
    ['Has overcome a substance use disorder.', 'required'],
    ['Former recipient of public mental health services.', 'required'],
    ['Recovering from a mental health condition and willing to share your story.', 'required'],
    ["Parent or caregiver of a child with special needs who has used children's services.", 'required'],
    ['Family member of someone with a substance use disorder.', 'required'],
    ['Identifies as a person with lived experience of the child welfare system.', 'required'],
    ['Must have experienced homelessness, incarceration, or recovery from addiction.', 'required'],
    ['You have your own experience of mental health challenges and recovery.', 'required'],
    ['Someone in long-term recovery.', 'required'],
    ['Minimum of 18 months sobriety.', 'required'],
    ['At least two years of sobriety.', 'required'],
    ['Lived experience is valued.', 'preferred'],
    ['Lived experience highly valued.', 'preferred'],
    ['Lived experience of recovery is an advantage.', 'preferred'],
    ['Individuals with lived experience are encouraged to apply.', 'preferred'],
    ['People in recovery are strongly encouraged to apply.', 'preferred'],
    ['Lived experience a plus but not required.', 'preferred'],
    ['Personal experience with recovery is beneficial.', 'preferred'],
    ['Experience as a peer or lived experience of recovery desired.', 'preferred'],
    ['Candidates with personal experience of mental health recovery will be given priority.', 'preferred'],
    ['Lived experience is not required.', 'mentioned'],
    ['Lived experience is a requirement for this position.', 'required'],
    ['Lived experience is essential.', 'required'],
    ['Lived experience mandatory.', 'required'],
    ['Knowledge of recovery resources, and lived experience of recovery.', 'required'],
    ['Lived experience welcome but not required.', 'preferred'],
    ['Lived experience or a degree in human services.', 'mentioned'],
    ['Must identify as a person with lived experience of mental health or substance use challenges.', 'required'],
    ['Has been through recovery from addiction personally.', 'required'],
    ['At least one year of personal recovery from substance use.', 'required'],
    ['Must be a person who has lived through homelessness, incarceration, or substance use.', 'required'],
    ['Applicants must be current or former recipients of mental health services.', 'required'],
    ['Must have lived it: personal experience of addiction and recovery.', 'required'],
    ['Lived experience of mental health recovery would be an asset.', 'preferred'],
    ['Ideally, you have your own experience of recovery.', 'preferred'],
    ['Lived experience is not a requirement for this position.', 'mentioned'],
    ['Applicant must self-identify as having lived experience with mental health and/or substance use recovery.', 'required'],
    ['Must be willing to self-identify as a current or former recipient of behavioral health services.', 'required'],
    ["Must meet the state's definition of a peer: a person who has been in recovery for at least one year.", 'required'],
    ['You must bring your own experience of navigating recovery from a mental health condition.', 'required'],
    ['Lived experience with a substance use disorder and at least 12 months in recovery is required.', 'required'],
    ['Candidates must be in stable recovery and able to share their story in a way that helps others.', 'required'],
    ['The successful applicant will be a person in recovery from a substance use disorder.', 'required'],
    ['Must have personal experience as a parent raising a child with emotional or behavioral challenges.', 'required'],
    ['Must be a young adult (18-26) who has received services from mental health, juvenile justice or foster care systems.', 'required'],
    ['Requires first-hand experience of mental health challenges and recovery.', 'required'],
    ['Must have personally experienced recovery from problematic substance use.', 'required'],
    ['Own experience of psychiatric hospitalization, homelessness or addiction and recovery.', 'required'],
    ['A minimum of two (2) years of continuous sobriety is required.', 'required'],
    ['Person with lived experience: required.', 'required'],
    ['LIVED EXPERIENCE WITH MENTAL ILLNESS AND/OR ADDICTION REQUIRED', 'required'],
    ['Must identify as an individual with lived experience of recovery (mental health, substance use, or both).', 'required'],
    ['Must be a caregiver with lived experience supporting a loved one with a mental health condition.', 'required'],
    ["Must have been impacted personally by substance use, either in your own life or a family member's.", 'required'],
    ['Peer applicants must disclose that they are in recovery at time of hire.', 'required'],
    ['Must be able to use your personal recovery story as a tool to inspire hope.', 'required'],
    ['Ideal candidate will have lived experience with recovery.', 'preferred'],
    ['Lived experience with mental health or substance use recovery is a bonus.', 'preferred'],
    ['Having lived experience of recovery would be an asset.', 'preferred'],
    ['Personal recovery experience is preferred but not necessary.', 'preferred'],
    ['We especially welcome applicants who have lived experience of homelessness.', 'preferred'],
    ['Lived experience strongly preferred.', 'preferred'],
    ['Bonus points if you have your own recovery story.', 'preferred'],
    ['Priority consideration for applicants with lived experience of the justice system.', 'preferred'],
    ['Experience working with individuals with lived experience of mental illness.', 'absent'],
    ['Passion for supporting people in recovery.', 'absent'],
    ['Knowledge of peer support principles and the role of lived experience in recovery.', 'absent'],
    ['Understanding of trauma and its effects on people who use substances.', 'absent'],
    ['Ability to collaborate with peer specialists who have lived experience.', 'absent'],
    ['Two years of experience supervising peer support staff.', 'absent'],
    ['Experience in a recovery-oriented, peer-run setting.', 'absent'],
    ['Strong belief that recovery is possible for everyone.', 'absent'],
    ['Familiarity with 12-step and other mutual aid groups.', 'absent'],
    ['Must pass a background check; prior convictions do not automatically disqualify.', 'absent'],
    ['Bilingual in English and Spanish is preferred.', 'absent'],
    ['Knowledge of community resources for people experiencing homelessness.', 'absent'],
    ['Personal lived experience of recovery from a behavioral health condition is a condition of employment.', 'required'],
    ['Must be willing and able to self-disclose your own experience with mental illness.', 'required'],
    ['Successful candidates will be people who have personally lived with addiction.', 'required'],
    ['Lived experience with mental health challenges is a strong asset.', 'preferred'],
    ['People with personal experience of the foster care system are especially encouraged.', 'preferred'],
    ['Minimum of one year in recovery from alcohol and/or drug use.', 'required'],
    ['Lived experience may substitute for the degree requirement.', 'mentioned'],
    ['Experience supporting people with lived experience of psychosis.', 'absent'],
    ['Must respect the lived experience of every person served.', 'absent'],
    ['Should be a parent or caregiver of a youth with behavioral health needs.', 'required'],
    ['Lived experience a plus!', 'preferred'],
    ['Recovery from a substance use disorder, with at least 2 yrs of sobriety.', 'required'],
    ['Must be a mental health consumer.', 'required'],
    ['Consumer of mental health services (current or former) required.', 'required'],
    ['Must be a person who has used substances and is now in recovery.', 'required'],
    ['Be a survivor of the psychiatric system.', 'required'],
    ['Psychiatric survivor or person with lived experience.', 'required'],
    ['Must be a person with a history of substance use.', 'required'],
    ['Must be a recovering alcoholic or addict with 2 years of sobriety.', 'required'],
    ['Must be in long-term recovery (5+ years).', 'required'],
    ['Must have been sober for at least a year.', 'required'],
    ['Must have at least one year clean.', 'required'],
    ['Must be a person of lived experience.', 'required'],
    ['You must be someone who has been there: living with and recovering from mental health challenges.', 'required'],
    ['Must have a personal history of homelessness.', 'required'],
    ['Requires personal experience with the foster care system.', 'required'],
    ['Applicants must be parents who have navigated the child welfare system with their own children.', 'required'],
    ['Applicant must be a current or former participant in drug court.', 'required'],
    ['Must be a person of integrity.', 'absent'],
    ['Must be able to work with people who use drugs without judgment.', 'absent'],
    ['History of success working in substance use treatment settings.', 'absent'],
    ['Must have a history of reliable attendance.', 'absent'],
    ["Ability to use one's own lived experience of recovery to support others.", 'required'],
    ['Must be willing to disclose your lived experience with mental health or substance use.', 'required'],
    ['Lived experience (required).', 'required'],
    ['Preferred: lived experience of recovery.', 'preferred'],
    ['Recovery from addiction: 2 years (Required)', 'required'],
    ['Lived experience with substance use recovery: 1 year (Preferred)', 'preferred'],
    ['This is a designated peer position; candidates must have lived experience of recovery.', 'required'],
    ['Skilled in using your personal story of recovery to inspire others, as a person in recovery yourself.', 'required'],
    ['Must have experience living with a mental health condition.', 'required'],
    ['Must have personally navigated the public mental health system as a service recipient.', 'required'],
    ['A lived experience of mental health challenges, substance use or both, in recovery for at least one year.', 'required'],
    ['Candidates must be a person with lived and/or living experience of substance use.', 'required'],
    ['Lived or living experience of drug use strongly preferred.', 'preferred'],
    ['Must be in recovery and maintain your recovery while employed.', 'required'],
    ['Lived experience of recovery is not required, but training in peer support is.', 'mentioned'],
    ['Ability to maintain professional boundaries with people in recovery.', 'absent'],
    ['Must have experience with the recovery model and trauma-informed care.', 'absent'],
    ['Two years of work experience in behavioral health; lived experience of our clients is diverse.', 'absent'],
    ['Must be sensitive to the lived experience of people of color and LGBTQ+ people.', 'absent'],
  ])('%s reads as %s', (line, status) => {
    expect(analyze(withQualification(line)).livedExperience.status).toBe(status);
  });
});

describe('a summary sentence asks for lived experience only when it says the job must be held by someone who has it', () => {
  it.each([
    ['The Peer Support Specialist is a self-identified person in recovery who uses their experience to help others.', 'mentioned'],
    ['This position is open only to individuals with lived experience of mental health recovery.', 'required'],
    ['This position must be filled by a person in recovery from a substance use disorder.', 'required'],
    ['Applicants must have lived experience of recovery; the role draws on it every day.', 'required'],
    ['As a peer, you will use your own lived experience to inspire hope.', 'mentioned'],
    ['Our peer specialists draw on their lived experience to build trust with the people we serve.', 'mentioned'],
    ['Peer support is provided by people with lived experience of mental health recovery.', 'mentioned'],
    ['Peer Support Specialists share their recovery stories to show that recovery is possible.', 'mentioned'],
    ['The Peer Support Specialist supports adults with lived experience of mental illness.', 'absent'],
    ['We serve people with lived experience of homelessness and addiction.', 'absent'],
    ['Our agency was founded by people with lived experience and is governed by them today.', 'absent'],
    ['The ideal candidate must be a person with lived experience of recovery.', 'required'],
    ['The ideal candidate will have lived experience of recovery.', 'preferred'],
  ])('%s reads as %s', (line, status) => {
    expect(analyze(withSummary(line)).livedExperience.status).toBe(status);
  });
});

describe('the heading a lived-experience line sits under says how strongly it is asked', () => {
  it.each([
    ['Preferred Qualifications', 'Lived experience of mental health recovery.', 'preferred'],
    ['Nice to Have', 'Personal experience of recovery.', 'preferred'],
    ['Bonus Points', 'Your own lived experience of recovery.', 'preferred'],
    ['What Sets You Apart', 'Lived experience with substance use recovery.', 'preferred'],
    ['Desired Skills and Experience', 'Lived experience of recovery.', 'preferred'],
    ['Special Requirements', 'Lived experience of recovery from mental illness.', 'required'],
    ['Eligibility', 'Must be a person with lived experience of recovery.', 'required'],
    ['Other Requirements', 'Lived experience of recovery from mental illness.', 'required'],
    ['Knowledge, Skills and Abilities', 'Lived experience of recovery from mental health challenges.', 'required'],
    ['Additional Information', 'Our team includes peers who use their lived experience every day.', 'mentioned'],
    ['Required Skills', 'Lived experience of recovery from mental health challenges.', 'required'],
    ['Preferred Skills', 'Lived experience of recovery from mental health challenges.', 'preferred'],
    ['Requirements for this role', 'Lived experience of mental health recovery.', 'required'],
    ['Pluses', 'Lived experience of mental health recovery.', 'preferred'],
    ['Preferred Experience', 'Lived experience of mental health recovery.', 'preferred'],
    ['Necessary Qualifications', 'Lived experience of mental health recovery.', 'required'],
  ])('under "%s", %s reads as %s', (heading, line, status) => {
    expect(analyze(underHeading(heading, line)).livedExperience.status).toBe(status);
  });
});

describe("a qualifications line about other people's experience asks for none", () => {
  it.each([
    'Knowledge of recovery from substance use disorders.',
    'Experience working with people in recovery.',
    'Understanding of the recovery process.',
    'Ability to work with persons in recovery from mental illness.',
    'Commitment to recovery-oriented care.',
    'Two years of experience in substance use treatment.',
    'Familiarity with the history of the consumer movement.',
    'Experience serving consumers of public mental health services.',
    'Experience with parents of children with disabilities.',
    'Sensitivity to the needs of people in recovery and their families.',
    "Valid driver's license and a history of safe driving.",
    'Able to support people in recovery from addiction in a harm reduction setting.',
    'Two years of experience as a case manager for people in recovery.',
    "Respect for each person's own path to recovery.",
    'Must be able to relate to individuals with lived experience.',
    'Passion for helping people in recovery.',
    'Ability to work with people who have lived experience of homelessness.',
    'Knowledge of recovery principles and practices required.',
    'Must have experience with the peer recovery model.',
    'Certified Peer Recovery Specialist (CPRS) required.',
    'Familiarity with 12-step and other recovery pathways.',
  ])('%s', (line) => {
    expect(analyze(withQualification(line)).livedExperience.status).toBe('absent');
  });
});

const withResponsibility = (line: string) =>
  `Peer Support Specialist\nFull-time, $20 an hour.\n\nResponsibilities\n- Lead recovery groups and link people to resources.\n- ${line}\n\nQualifications\n- High school diploma or GED.\n- Valid driver's license.`;

describe("a duty that draws on the applicant's own experience mentions it; one about the people served does not", () => {
  it.each([
    ['Share personal recovery experiences as appropriate.', 'mentioned'],
    ['Use your lived experience to build trust with participants.', 'mentioned'],
    ['Model recovery by sharing your own story when it helps.', 'mentioned'],
    ['Draw on personal experience with mental health challenges to support others.', 'mentioned'],
    ['Appropriately self-disclose to inspire hope.', 'mentioned'],
    ['Serve as a role model of recovery.', 'mentioned'],
    ['Help participants share their stories in group.', 'absent'],
    ['Support people with lived experience of homelessness.', 'absent'],
    ['Connect members with peers who have been there.', 'absent'],
    ['Help families who have navigated the child welfare system find support.', 'absent'],
    ['Support current or former participants of the drug court program.', 'absent'],
    ['Provide outreach to mental health consumers in the community.', 'absent'],
    ['Work with people who have been sober for a short time.', 'absent'],
    ['Advocate for psychiatric survivors in hearings.', 'absent'],
    ['Engage individuals with a history of substance use.', 'absent'],
    ['Encourage members to draw on their own experience.', 'absent'],
    ['Assist individuals in recovery from substance use.', 'absent'],
  ])('%s reads as %s', (line, status) => {
    expect(analyze(withResponsibility(line)).livedExperience.status).toBe(status);
  });
});

describe('a duty that conflicts with the peer role, in indirect words', () => {
  it.each([
    'Administer and document breathalyzer tests for residents returning from pass.',
    'Witness UA collections as assigned.',
    'Conduct random drug screens on program participants.',
    "Monitor residents' compliance with program rules.",
    'Ensure residents follow house rules and curfew.',
    'Complete bed checks throughout the night.',
    'Supervise clients during community outings.',
    'Dispense medications under nurse supervision.',
    'Assist nursing staff with med pass.',
    'Maintain a caseload of 20 participants.',
    'Provide case management services to assigned clients.',
    'Complete intake paperwork and ASAM assessments for new admissions.',
    'Develop service plans with participants.',
    "Write progress notes on each client's treatment goals.",
    'Conduct urine drug screens.',
    'Transport clients to and from appointments.',
    'Drive the agency van for group outings.',
    'Perform janitorial duties at the drop-in center.',
    'Answer phones and greet visitors at the front desk.',
    "Inform the treatment team of any concerns about a participant's sobriety.",
    'Notify the case manager when a client misses an appointment.',
    'Report relapses to the clinical team.',
    'Serve as a liaison to probation and parole, including providing compliance updates.',
    'Monitor participants for signs of relapse.',
    'Ensure participants attend required groups.',
    'Provide one-to-one observation of patients on suicide watch.',
    'Assist with physical restraints and seclusion when needed.',
    'Perform room searches and log contraband.',
    'Provide individual counseling sessions to clients on your caseload.',
    'Complete biopsychosocial assessments.',
    'Teach clients medication management skills and remind them to take their medications.',
    "Keep track of participants' whereabouts and report missed check-ins to staff.",
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).not.toEqual([]);
  });
});

describe('a duty that fits the peer role, near the words of one that does not', () => {
  it.each([
    'Inform the treatment team about what the person wants from their care, with their permission.',
    'Help participants prepare for drug court hearings and go with them when they ask.',
    'Support people to talk with their prescriber about side effects and medication changes.',
    'Help people keep track of their own appointments using a calendar or phone app.',
    'Notify your supervisor if you have a safety concern about yourself or a coworker.',
    'Remind people of upcoming groups they signed up for.',
    'Monitor your own wellness and use supervision to avoid burnout.',
    'Share updates with the team on program outcomes and group attendance numbers.',
    'Complete peer support progress notes within 24 hours of each contact.',
    'Help people understand their rights during an involuntary hospitalization.',
    'Attend court with participants as a support person when invited.',
    'Assist participants in meeting the requirements of their treatment court while advocating for their goals.',
    'Keep the drop-in center welcoming and help participants plan community meals.',
    'Drive to meet people in the community using your own vehicle; mileage is reimbursed.',
    'Support people to monitor their own moods and triggers as part of their WRAP.',
    'Report suspected child abuse as required by state law.',
    'Help people fill out applications for housing and benefits.',
    'Provide transportation to appointments when a participant requests it and no other ride is available.',
    'Check in by phone with people after they leave the hospital, if they agreed to follow-up.',
    'Encourage participants to take part in activities of their choosing.',
    'Track your own contacts and hours in the data system.',
    'Observe and report safety hazards in the building to facilities staff.',
    'Help people gather information about medication-assisted treatment so they can make their own choices.',
    'Be present as a support person during an assessment when the person asks.',
    'Educate staff about the peer role and advocate against coercive practices.',
    'Notify the on-call clinician when someone asks for crisis help.',
    'Ensure your documentation complies with agency policy.',
  ])('%s', (line) => {
    expect(dutyFindings(withDuty(line))).toEqual([]);
  });
});

describe('the population a posting serves decides its category', () => {
  const categoryCases: [string, string][] = [
    [
      'general-peer',
      'Peer Support Specialist - Veterans Program\nFull-time, $22 an hour.\n\nSupport veterans living with PTSD, depression and substance use as they rebuild their lives after service.\n\nQualifications\n- Veteran with lived experience of recovery, required.',
    ],
    [
      'adult-mental-health',
      'Peer Specialist - Crisis Stabilization Unit\nFull-time, $21 an hour.\n\nOffer peer support to adults staying at our crisis stabilization unit during a psychiatric crisis.\n\nQualifications\n- Lived experience of recovery from a mental health condition, required.',
    ],
    [
      'substance-use-recovery',
      'Peer Recovery Specialist - Opioid Treatment Program\nFull-time, $20 an hour.\n\nSupport patients receiving methadone and buprenorphine at our opioid treatment program.\n\nQualifications\n- Personal recovery from opioid use disorder, required.',
    ],
    [
      'general-peer',
      'Certified Peer Specialist - Emergency Shelter\nFull-time, $19 an hour.\n\nSupport adults staying at our emergency shelter to find housing and services.\n\nQualifications\n- Lived experience of homelessness and recovery, required.',
    ],
    [
      'adult-mental-health',
      'Recovery Coach - Behavioral Health Urgent Care\nFull-time, $22 an hour.\n\nSupport adults who come to our urgent care in a mental health crisis, and help them connect with ongoing mental health care and community support.\n\nQualifications\n- Lived experience of recovery from a mental health condition, required.',
    ],
    [
      'parent-caregiver',
      "Family Peer Advocate\nFull-time, $21 an hour.\n\nSupport parents and caregivers of children and youth receiving services from our children's clinic.\n\nQualifications\n- Lived experience raising a child with emotional or behavioral challenges, required.",
    ],
    [
      'parent-caregiver',
      'Family Support Partner\nFull-time, $21 an hour.\n\nWork with families whose kids are in our school-based mental health program. Help parents navigate IEP meetings.\n\nQualifications\n- Must be a parent of a child who has received mental health or special education services.',
    ],
    [
      'youth',
      'Young Adult Peer Mentor\nPart-time, $18 an hour.\n\nMentor young adults ages 18 to 25 in our first-episode psychosis program.\n\nQualifications\n- Ages 18-30 with lived experience of mental health challenges as a young person.',
    ],
    [
      'youth',
      'Peer Support Specialist - TAY\nFull-time, $20 an hour.\n\nSupport transition-age youth ages 16 to 25 at our drop-in center.\n\nQualifications\n- Lived experience as a young person with mental health or substance use challenges, required.',
    ],
    [
      'family',
      'Family Peer Specialist\nFull-time, $21 an hour.\n\nSupport spouses, parents and siblings of adults living with serious mental illness through education classes and support groups.\n\nQualifications\n- Lived experience as a family member of an adult with a mental health condition.',
    ],
    [
      'substance-use-recovery',
      'Peer Support Specialist\nFull-time, $20 an hour.\n\nJoin our residential addiction treatment center. Support residents in early recovery from alcohol and drug use and link them to recovery housing and mutual-aid meetings.\n\nQualifications\n- Two years of recovery from a substance use disorder, required.',
    ],
    [
      'adult-mental-health',
      'Peer Support Specialist\nFull-time, $20 an hour.\n\nSupport members of our clubhouse for adults living with serious mental illness.\n\nQualifications\n- Lived experience of mental health recovery, required.',
    ],
    [
      'general-peer',
      'Peer Support Specialist\nFull-time, $20 an hour.\n\nSupport people with mental health and/or substance use challenges in our integrated care clinic.\n\nQualifications\n- Lived experience of recovery, required.',
    ],
    [
      'general-peer',
      'Peer Specialist - Jail Reentry\nFull-time, $20 an hour.\n\nMeet with people leaving jail and support their return to the community: housing, work, treatment and family.\n\nQualifications\n- Lived experience of incarceration and recovery, required.',
    ],
    [
      'substance-use-recovery',
      'Recovery Coach\nFull-time, $20 an hour.\n\nSupport people in all stages of recovery at our recovery community center.\n\nQualifications\n- At least one year of continuous recovery.',
    ],
    [
      'adult-mental-health',
      'Peer Bridger\nFull-time, $20 an hour.\n\nHelp adults leaving the state psychiatric hospital settle into community life.\n\nQualifications\n- Personal experience of psychiatric hospitalization and recovery.',
    ],
  ];
  it.each(categoryCases)('%s: %s', (category, text) => {
    expect(analyze(text).role.category).toBe(category);
  });
});

const titled = (title: string) =>
  `${title}\nFull-time, $21 an hour\n\nResponsibilities\n- Meet with people one on one and help them reach goals they choose\n- Connect people with community resources\n- Share your own lived experience\n\nQualifications\n- Lived experience required\n- High school diploma or GED`;

describe('a title names the category when the text names no one', () => {
  it.each([
    ['TAY Peer Advocate', 'youth'],
    ['Transition Age Youth Peer Specialist', 'youth'],
    ['Young Adult Peer Specialist', 'youth'],
    ['Youth Peer Support Specialist', 'youth'],
    ['Parent Peer Mentor', 'parent-caregiver'],
    ['Caregiver Peer Support Specialist', 'parent-caregiver'],
    ['Parent Support Partner', 'parent-caregiver'],
    ['SUD Peer Support Specialist', 'substance-use-recovery'],
    ['Substance Use Peer Specialist', 'substance-use-recovery'],
    ['Addiction Recovery Coach', 'substance-use-recovery'],
    ['Mental Health Peer Specialist', 'adult-mental-health'],
    ['Adult Peer Support Specialist - Mental Health', 'adult-mental-health'],
    // A division named in the title says who the job serves, though it is a name.
    ['Peer Specialist, Adult Mental Health Services', 'adult-mental-health'],
    ['Peer Recovery Specialist - Addiction Services', 'substance-use-recovery'],
    ['Certified Peer Support Specialist (CPSS)', 'general-peer'],
    ['Peer Support Specialist', 'general-peer'],
    ['Forensic Peer Specialist', 'general-peer'],
    ['Veteran Peer Support Specialist', 'general-peer'],
    ['Family Peer Advocate (Adult Services)', 'family'],
    ['Family Recovery Coach', 'family'],
  ])('%s: %s', (title, category) => {
    expect(analyze(titled(title)).role.category).toBe(category);
  });
});

describe('a line that says lived experience is not required asks for it at most as a preference', () => {
  it.each([
    ['You do not need to disclose any personal history to apply; lived experience is valued but never required.', 'preferred'],
    ['Lived experience is not required, but it is strongly preferred.', 'preferred'],
    ['We do not require applicants to disclose lived experience.', 'mentioned'],
    ['Lived experience is required; you will not be asked for details of it.', 'required'],
    ['Applicants must have lived experience of recovery, but are never asked to prove it.', 'required'],
    ['While not required, lived experience of recovery is a plus.', 'preferred'],
    ['Lived experience (mental health and/or substance use) - required', 'required'],
    ['Lived experience: not required', 'mentioned'],
    ['Must have lived experience \u2014 no degree needed.', 'required'],
    ['Must have lived experience; a degree is not required.', 'required'],
  ])('%s reads as %s', (line, status) => {
    expect(analyze(withQualification(line)).livedExperience.status).toBe(status);
  });
});
