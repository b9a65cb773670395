// First round of US state and county civil-service class specifications (see
// labeled-posting-rounds.ts): Definition, Distinguishing characteristics, Examples of duties,
// Minimum qualifications joined by "AND" (another way in offered for a later item, "AND high
// school diploma or equivalent", leaves the lived experience required, as does "paid or volunteer
// experience"), Substitution (lived experience that only substitutes is not required), Desirable
// qualifications, Special requirements, Knowledge, skills and abilities; peer, parent partner,
// youth, family and supervising classes, and non-peer classes (a mental health technician, a
// behavioral health aide, a case manager, a community health worker) that mention recovery. The
// second and third batches were written after the first and second fixes.
import { describeLabeledPostingRound } from './labeled-posting-rounds.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLabeledPostingRound('Civil-service class specifications, first batch', [
  {
    label: {
      id: 'cs-01-peer-specialist-class',
      kind: 'peer-posting',
      description:
        'County class specification for a peer support specialist: Definition, Distinguishing characteristics, Examples of duties, Minimum qualifications with lived experience, Special requirements.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `COUNTY OF ALDER VALLEY
CLASS SPECIFICATION

PEER SUPPORT SPECIALIST
Class Code: 4471    Bargaining Unit: 21    Salary Range: $22.41 - $28.63 hourly

DEFINITION
Under general supervision, provides peer support services to adults receiving behavioral health services, using the incumbent's own lived experience of mental health recovery to promote hope, self-determination and wellness.

DISTINGUISHING CHARACTERISTICS
This is the journey level class in the Peer Support series. It is distinguished from the Senior Peer Support Specialist in that the latter leads and trains other peer staff.

EXAMPLES OF DUTIES (Illustrative only)
- Shares personal recovery experiences to build trust and model recovery.
- Assists individuals in developing self-directed wellness and recovery plans.
- Facilitates peer-led support groups and self-help activities.
- Links individuals to community resources, benefits and housing.
- Advocates with and on behalf of individuals when requested.
- Documents services provided.

MINIMUM QUALIFICATIONS
Education: Graduation from high school or GED.
Experience: Self-identification as a person with lived experience of a mental health condition and recovery, AND six months of paid or volunteer experience providing peer support.

SPECIAL REQUIREMENTS
Must obtain certification as a Medi-Cal Peer Support Specialist within twelve (12) months of appointment.

KNOWLEDGE, SKILLS AND ABILITIES
Knowledge of recovery principles and community resources. Ability to share one's own story purposefully; to establish rapport with people from diverse backgrounds; to keep simple records.
`,
  },
  {
    label: {
      id: 'cs-02-sub-le-for-experience',
      kind: 'peer-posting',
      description:
        'State class spec (recovery support specialist) where lived experience is a minimum qualification and college can substitute for experience.',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [{ quote: 'addiction', family: 'language', note: 'recovery from addiction names a condition, not a person' }],
      tolerated: [
        { quote: 'shares his or her own recovery story', family: 'language', note: 'gendered pronoun pair; not a stigma finding' },
      ],
    },
    text: `STATE OF NORTH PLAINS - CLASSIFICATION SPECIFICATION
Recovery Support Specialist                        Pay Grade 14

DEFINITION
Provides peer recovery support to people with substance use disorders in state-operated treatment programs, using personal experience of recovery from addiction.

EXAMPLES OF WORK PERFORMED
Develops supportive relationships with program participants and shares his or her own recovery story. Helps participants identify their own recovery goals and build recovery capital. Connects participants with mutual aid meetings, recovery housing and employment supports. Facilitates recovery education groups. Participates in team meetings to represent the participant's perspective.

MINIMUM QUALIFICATIONS
Personal lived experience of recovery from a substance use disorder, and one year of experience in a human services setting.

SUBSTITUTION
College coursework in human services may substitute for the required experience on a year-for-year basis (30 semester hours equals one year).

SPECIAL REQUIREMENTS
Certification as a Peer Recovery Specialist by the state certification board within nine months of hire.
`,
  },
  {
    label: {
      id: 'cs-03-le-as-substitution',
      kind: 'peer-posting',
      description: 'County class spec where lived experience only substitutes for part of the required experience: not required.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'mentioned', specific: true },
      expected: [
        {
          quote: '',
          family: 'lived-experience',
          note: 'lived experience only substitutes for experience; never required',
          kind: 'not-required',
        },
      ],
      mustNotFlag: [],
      tolerated: [
        { quote: 'Assists clients', family: 'language', note: 'contested word, info' },
        { quote: 'case management', family: 'role', note: 'debatable' },
      ],
    },
    text: `CLASS TITLE: MENTAL HEALTH PEER ADVOCATE
Class Number 3120 | Exempt: No | Salary: $3,812 - $4,866 monthly

DEFINITION
Under supervision of a program manager, assists adults with mental illness to access services, resolve grievances and exercise their rights within the county behavioral health system.

TYPICAL DUTIES
Assists clients in understanding their rights and in filing grievances; represents clients' views at service planning meetings when asked; provides information about community resources; facilitates self-advocacy groups; prepares written reports of advocacy activities.

MINIMUM QUALIFICATIONS
Two years of experience in advocacy, case management or a related human services field.

SUBSTITUTION
Personal experience as a recipient of mental health services may substitute for one year of the required experience.

KNOWLEDGE AND ABILITIES
Knowledge of patients' rights laws and grievance procedures. Ability to communicate effectively; to maintain records; to work with people in distress.
`,
  },
  {
    label: {
      id: 'cs-04-mh-tech-nonpeer',
      kind: 'non-peer-posting',
      description: 'Trap: state mental health technician class spec (non-peer) mentioning recovery-oriented care.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [{ quote: 'assists in the application of restraint', family: 'role', note: 'non-peer class: no role findings' }],
      tolerated: [],
    },
    text: `MENTAL HEALTH TECHNICIAN I
Classification Specification - Department of Mental Health

DEFINITION
Under close supervision of nursing staff, provides direct care to patients in a state psychiatric hospital in a recovery-oriented environment.

DISTINGUISHING CHARACTERISTICS
This is the entry level of the Mental Health Technician series. Incumbents perform routine patient care tasks; the Mental Health Technician II performs the full range of duties and may lead others.

EXAMPLES OF DUTIES
Observes patients and records behavior on unit flow sheets; takes vital signs; assists patients with hygiene and meals; participates in therapeutic recreation; helps maintain a safe unit including room checks and one-to-one observation; assists in the application of restraint under the direction of a nurse; escorts patients to appointments on campus.

MINIMUM QUALIFICATIONS
High school diploma or GED and six months of experience in direct patient care.

SPECIAL REQUIREMENTS
Must complete the Department's crisis prevention and intervention training within 90 days. A valid driver's license may be required for some positions.

KNOWLEDGE, SKILLS AND ABILITIES
Knowledge of basic patient care; ability to follow oral and written instructions; ability to remain calm in emergencies.
`,
  },
  {
    label: {
      id: 'cs-05-family-advocate-class',
      kind: 'peer-posting',
      description:
        'County class spec for a parent partner: lived experience as a parent of a child with emotional needs required in minimum qualifications.',
      role: { isPeerRole: true, category: 'parent-caregiver' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `PARENT PARTNER
Class Specification | County of Redwood Bay | Range 32 ($21.05 - $27.10)

DEFINITION
Under general supervision, supports parents and caregivers of children and youth who receive mental health services, drawing on personal experience raising a child with emotional or behavioral challenges.

DISTINGUISHING CHARACTERISTICS
The Parent Partner is distinguished from the Family Services Specialist, which provides case management, by its reliance on shared parenting experience and its focus on the caregiver's own voice.

EXAMPLES OF DUTIES
- Meets with parents to listen, share experience and help them navigate child-serving systems.
- Attends child and family team meetings with the family's consent to support the parent's voice.
- Facilitates parent support groups and parent education workshops.
- Connects families to respite, school advocacy and community resources.
- Maintains records of services provided.

MINIMUM QUALIFICATIONS
Lived experience as a parent or primary caregiver of a child or youth with social, emotional, behavioral or mental health challenges who has received services from a child-serving system; AND high school diploma or equivalent.

SPECIAL REQUIREMENTS
Completion of the state Parent Partner certification training within the probationary period.
`,
  },
  {
    label: {
      id: 'cs-06-case-manager-class',
      kind: 'non-peer-posting',
      description:
        'Trap: county case manager class spec with substitution clause and "lived experience" mentioned as valued in a diversity note.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [{ quote: 'maintains a caseload of approximately 35 clients', family: 'role', note: 'non-peer class' }],
      tolerated: [{ quote: 'adults with serious mental illness', family: 'language', note: 'clinical description of a population' }],
    },
    text: `BEHAVIORAL HEALTH CASE MANAGER II
Class Code 5512

DEFINITION
Under general supervision, provides case management services to adults with serious mental illness, including assessment of needs, service planning, linkage and monitoring.

EXAMPLES OF DUTIES
Completes intake assessments and develops individual service plans; monitors client progress and adjusts plans; coordinates with psychiatrists and therapists; arranges housing and benefits; maintains a caseload of approximately 35 clients; documents services in the electronic health record.

MINIMUM QUALIFICATIONS
Bachelor's degree in psychology, social work or a related field, and one year of case management experience.

SUBSTITUTION
Additional qualifying experience may substitute for the degree on a year-for-year basis.

NOTE
The County values applicants whose lived experience of recovery adds to the diversity of our workforce.
`,
  },
  {
    label: {
      id: 'cs-07-cps-degree',
      kind: 'peer-posting',
      description:
        'State certified peer specialist class spec with a bachelor degree requirement (barrier) and special requirement of certification.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [{ quote: "A bachelor's degree and one year of experience", family: 'role', note: 'degree beyond high school required' }],
      mustNotFlag: [],
      tolerated: [{ quote: 'associate degree', family: 'role', note: 'the other way in is a degree too: a barrier as well' }],
    },
    text: `CERTIFIED PEER SPECIALIST 2
State Civil Service Commission - Class Specification

DEFINITION
This is professional peer support work in a state psychiatric hospital or community program. The incumbent uses personal recovery experience to help individuals with their own recovery.

EXAMPLES OF DUTIES
Shares recovery experiences to inspire hope. Supports individuals in writing wellness recovery action plans. Leads peer support and recovery education groups. Helps individuals prepare for discharge and connect with community peer programs. Serves as a member of the treatment team, offering a recovery perspective.

MINIMUM EXPERIENCE AND TRAINING
A bachelor's degree and one year of experience as a peer specialist; or an associate degree and three years of experience as a peer specialist.

NECESSARY SPECIAL REQUIREMENT
Must possess current certification as a Certified Peer Specialist, which requires self-identification as a current or former recipient of mental health services.

KNOWLEDGE, SKILLS AND ABILITIES
Knowledge of the principles of recovery; ability to share personal experience in a purposeful way; ability to facilitate groups.
`,
  },
  {
    label: {
      id: 'cs-08-youth-class',
      kind: 'peer-posting',
      description: 'County youth peer specialist class spec with age range and lived experience as a young person in services.',
      role: { isPeerRole: true, category: 'youth' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [{ quote: "Valid California driver's license may be required", family: 'role', note: 'conditional licence' }],
    },
    text: `YOUTH PEER SUPPORT SPECIALIST
Job Class Specification - Behavioral Health Department

Definition
Provides peer support to youth and young adults ages 16 to 25 who are receiving behavioral health services, using the incumbent's own experience of receiving services as a young person.

Distinguishing Characteristics
Positions in this class are reserved for individuals with lived experience as youth service recipients. The class differs from Youth Services Worker, which does not require lived experience.

Examples of Duties
• Engages youth through outreach, drop-in hours and social media.
• Shares own story to help youth feel less alone and more hopeful.
• Helps youth voice their goals in planning meetings they choose to attend.
• Co-facilitates youth groups and leadership activities.
• Connects youth with education, employment and housing resources.

Minimum Qualifications
Must be between 18 and 26 years of age at appointment; AND lived experience as a youth or young adult receiving services from the mental health, substance use, foster care or juvenile justice system; AND high school diploma or GED.

Special Requirements
Valid California driver's license may be required for some assignments.
`,
  },
  {
    label: {
      id: 'cs-09-ksa-language',
      kind: 'peer-posting',
      description: 'State class spec with stigmatizing language in KSAs (addicts, substance abuse) and a clean-time requirement.',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [
        { quote: 'substance abuse', family: 'language', note: 'substance abuse' },
        { quote: 'addicts', family: 'language', note: 'identity-first label' },
        { quote: 'a minimum of two years of continuous sobriety', family: 'role', note: 'fixed sobriety time requirement' },
      ],
      mustNotFlag: [],
      tolerated: [
        { quote: 'relapse', family: 'language', note: 'info only' },
        { quote: 'inmates', family: 'language', note: 'label for people; debatable' },
      ],
    },
    text: `PEER RECOVERY COACH
Class Specification - Department of Corrections and Rehabilitation

DEFINITION
Provides peer recovery coaching to incarcerated people and parolees in substance abuse treatment programs.

EXAMPLES OF DUTIES
Shares personal recovery experience with participants; helps participants plan for reentry and their own recovery; facilitates recovery groups; links participants with community recovery supports on release; records contacts in the case file.

MINIMUM QUALIFICATIONS
Personal experience of recovery from alcohol or drug addiction, with a minimum of two years of continuous sobriety; and high school diploma or GED.

KNOWLEDGE, SKILLS AND ABILITIES
Knowledge of the behavior patterns of addicts and of relapse warning signs. Ability to motivate inmates; to maintain professional boundaries.
`,
  },
  {
    label: {
      id: 'cs-10-community-health-worker',
      kind: 'non-peer-posting',
      description:
        'Trap: county community health worker class with substitution and no lived experience; mentions peer in a different sense.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `COMMUNITY HEALTH WORKER
Class Code 2210 - Public Health Department

DEFINITION
Under supervision, conducts community outreach and health education, assists residents in enrolling in health coverage and connects them with primary care, nutrition and social services.

DISTINGUISHING CHARACTERISTICS
This class works under the direction of a Public Health Nurse. It differs from Health Educator, which requires a bachelor's degree.

EXAMPLES OF DUTIES
Conducts home visits for maternal and child health programs; provides health education on diabetes and blood pressure; assists residents with insurance enrollment; trains peer volunteers for community events; maintains records.

MINIMUM QUALIFICATIONS
High school diploma or GED and one year of experience in outreach or customer service.

SUBSTITUTION
Bilingual ability may substitute for six months of the required experience.
`,
  },
  {
    label: {
      id: 'cs-11-family-class-le-mismatch',
      kind: 'peer-posting',
      description: 'Class spec for a family peer advocate (families of adults) that requires personal recovery experience: mismatch.',
      role: { isPeerRole: true, category: 'family' },
      livedExperience: { status: 'required', specific: true },
      expected: [
        {
          quote: '',
          family: 'lived-experience',
          note: 'a family role requires personal recovery rather than family experience',
          kind: 'mismatch',
        },
      ],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `FAMILY PEER ADVOCATE
County Behavioral Health - Class Specification

DEFINITION
Provides support, education and advocacy to family members of adults who receive mental health services.

EXAMPLES OF DUTIES
Meets with family members to offer emotional support and information; teaches family education classes; helps families understand treatment options and confidentiality; facilitates a family support group; links families to NAMI and other resources.

MINIMUM QUALIFICATIONS
Personal lived experience of recovery from a mental health condition; and two years of experience in a human services setting.

SPECIAL REQUIREMENTS
Must complete family peer training within six months.
`,
  },
  {
    label: {
      id: 'cs-12-peer-supervisor-class',
      kind: 'peer-posting',
      description: 'Supervising peer specialist class spec; lived experience required; supervises peer staff (guard).',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [
        {
          quote: 'Supervises, trains and evaluates peer support staff',
          family: 'role',
          note: 'supervising peers is the role, not a conflict',
        },
      ],
      tolerated: [],
    },
    text: `SUPERVISING PEER SUPPORT SPECIALIST
Class Code 4473 | Salary Range $31.20 - $39.85 hourly

DEFINITION
Under direction, plans, assigns and reviews the work of peer support staff, and provides peer support services to adults with lived experience of mental health conditions.

DISTINGUISHING CHARACTERISTICS
This is the supervisory level of the Peer Support series, distinguished from the Senior Peer Support Specialist by full supervisory responsibility.

EXAMPLES OF DUTIES
Supervises, trains and evaluates peer support staff; provides reflective supervision grounded in peer values; shares own recovery experience; develops peer-run groups and activities; represents the peer perspective in program leadership meetings.

MINIMUM QUALIFICATIONS
Lived experience of mental health recovery; AND three years of experience as a peer support specialist, one of which included lead or supervisory duties.

SPECIAL REQUIREMENTS
Certification as a peer support specialist.
`,
  },
]);

describeLabeledPostingRound('Civil-service class specifications, second batch', [
  {
    label: {
      id: 'cs2-01-either-or',
      kind: 'peer-posting',
      description: 'State peer specialist trainee class: lived experience required, then "Either: A ... or B ..." experience patterns.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `PEER SPECIALIST TRAINEE
State Personnel Board - Class Specification | Schematic Code RT44

CONCEPT OF CLASS
Under close supervision, the Peer Specialist Trainee learns to provide peer support to individuals receiving services in state hospitals, using personal experience of mental health recovery.

TYPICAL TASKS
Shares recovery experiences with patients to instill hope; assists patients in developing their own wellness plans; co-leads peer support groups; helps patients prepare for discharge; documents contacts.

MINIMUM QUALIFICATIONS
All applicants must have personal lived experience of recovery from a mental health condition.
And either:
I. Six months of experience providing peer support services; or
II. Completion of a state-approved peer specialist training program.

SPECIAL PERSONAL CHARACTERISTICS
Empathy, patience, and willingness to share one's recovery story.
`,
  },
  {
    label: {
      id: 'cs2-02-ad-peer-counselor',
      kind: 'peer-posting',
      description: 'County alcohol and drug peer counselor class: two years of continuous recovery required (barrier).',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [{ quote: 'a minimum of two years of continuous recovery', family: 'role', note: 'fixed time-in-recovery requirement' }],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `ALCOHOL AND DRUG PEER COUNSELOR
County of San Lorenzo | Class Code 6120 | $3,520 - $4,280 monthly

DEFINITION
Under supervision, provides peer counseling and recovery support to individuals in county alcohol and drug programs.

EXAMPLES OF DUTIES
Shares personal recovery experience; assists participants with recovery planning; leads recovery support groups; links participants to self-help groups and sober housing; maintains contact logs.

MINIMUM QUALIFICATIONS
Must be in recovery from alcohol or drug dependence with a minimum of two years of continuous recovery; AND one year of experience in a recovery setting, paid or volunteer.

LICENSES AND CERTIFICATES
Registration with a state-approved certifying organization as an alcohol and drug counselor within six months of hire.
`,
  },
  {
    label: {
      id: 'cs2-03-bh-aide-nonpeer',
      kind: 'non-peer-posting',
      description: 'Trap: behavioral health aide class spec (custodial/clinical support) with lived experience "desirable".',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `BEHAVIORAL HEALTH AIDE
Class Specification - County Health Services

DEFINITION
Under direction of licensed nursing staff, performs routine tasks in the care of clients in the county psychiatric health facility.

EXAMPLES OF DUTIES
Takes and records vital signs; observes and charts client behavior; assists clients with bathing and meals; performs room searches for contraband; transports clients to court hearings and medical appointments; maintains cleanliness of the unit.

MINIMUM QUALIFICATIONS
High school diploma and six months of experience in a health care setting.

DESIRABLE QUALIFICATIONS
Lived experience of mental illness or substance use disorder is desirable.
`,
  },
  {
    label: {
      id: 'cs2-04-employment-standards',
      kind: 'peer-posting',
      description:
        'California-style class spec with "Typical tasks" and "Employment standards" including a special requirement of lived experience.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [
        { quote: 'clients', family: 'language', note: 'contested word, info' },
        { quote: 'consumer', family: 'language', note: 'contested word, info' },
      ],
    },
    text: `MENTAL HEALTH PEER SUPPORT WORKER
Job Code 6842

DEFINITION
To provide peer support and advocacy to adults with mental health challenges in county behavioral health programs.

TYPICAL TASKS
- Develops trusting relationships with clients and shares own recovery experiences.
- Supports clients to set and pursue their own wellness and recovery goals.
- Facilitates peer support and self-help groups.
- Assists clients in accessing community resources and benefits.
- Represents client perspectives in program meetings, with their consent.

EMPLOYMENT STANDARDS
Knowledge of: recovery principles; community resources; group dynamics.
Ability to: communicate effectively; establish rapport with people from diverse cultures; maintain confidentiality.
Experience: None required.
Special Requirement: Incumbents must have lived experience as a consumer of mental health services and be willing to share their recovery story.
`,
  },
  {
    label: {
      id: 'cs2-05-desirable-quals',
      kind: 'peer-posting',
      description: 'Class spec for a peer specialist where lived experience is only under "Desirable Qualifications".',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'preferred', specific: true },
      expected: [{ quote: '', family: 'lived-experience', note: 'lived experience only desirable', kind: 'not-required' }],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `PEER SPECIALIST
Department of State Hospitals - Class Specification

DEFINITION
Peer Specialists provide recovery-focused peer support to individuals in state hospital settings, including leading wellness groups, supporting individuals in planning for discharge, and advocating with individuals in their treatment.

MINIMUM QUALIFICATIONS
Completion of the twelfth grade, and one year of experience in a human services setting.

DESIRABLE QUALIFICATIONS
In addition to the minimum qualifications, preference may be given to applicants who have lived experience of recovery from a mental health condition.
`,
  },
  {
    label: {
      id: 'cs2-06-psych-tech',
      kind: 'non-peer-posting',
      description: 'Trap: psychiatric technician class with recovery model language and monitoring duties (non-peer).',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [],
      tolerated: [
        { quote: "monitors patients' compliance", family: 'language', note: 'compliance jargon in a clinical class; language only' },
      ],
    },
    text: `PSYCHIATRIC TECHNICIAN
Classification Specification | Range A: $4,821 - $6,040

DEFINITION
Under supervision, provides nursing care and therapeutic programs for patients in a state hospital, using the recovery model and trauma-informed care.

TYPICAL TASKS
Administers medications and treatments as prescribed; monitors patients' compliance with treatment; records observations in the medical record; participates in the treatment team; applies restraint and seclusion in accordance with policy; leads rehabilitation groups.

MINIMUM QUALIFICATIONS
Possession of a valid license as a Psychiatric Technician issued by the Board of Vocational Nursing and Psychiatric Technicians.
`,
  },
  {
    label: {
      id: 'cs2-07-family-partner-license',
      kind: 'peer-posting',
      description:
        'State family support partner class with driver license requirement and no driving duty; lived experience as a parent of a child with SED required.',
      role: { isPeerRole: true, category: 'parent-caregiver' },
      livedExperience: { status: 'required', specific: true },
      expected: [
        { quote: "Possession of a valid Class C driver's license", family: 'role', note: 'licence required, no driving duty named' },
      ],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `FAMILY SUPPORT PARTNER
Class Specification - Department of Children's Behavioral Health

DEFINITION
Provides peer support to parents and caregivers of children with serious emotional disturbance, drawing on the incumbent's own experience as a parent of such a child.

EXAMPLES OF DUTIES
Listens to and supports parents; helps parents prepare for and take part in child and family team meetings at their request; leads parent support groups; connects families with respite and school resources.

MINIMUM QUALIFICATIONS
Lived experience as the parent or primary caregiver of a child with serious emotional disturbance who received services; AND high school diploma or GED.

LICENSES AND CERTIFICATES
Possession of a valid Class C driver's license.
`,
  },
  {
    label: {
      id: 'cs2-08-navigator-degree-pref',
      kind: 'peer-posting',
      description: 'County peer navigator class requiring a bachelor degree, lived experience only a preference.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'preferred', specific: true },
      expected: [
        { quote: "Bachelor's degree in social work, psychology or a related field", family: 'role', note: 'degree beyond high school' },
        { quote: '', family: 'lived-experience', note: 'lived experience only a preference', kind: 'not-required' },
      ],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `PEER NAVIGATOR
Class Code 3390 - Department of Behavioral Health | $25.10 - $31.45 hourly

DEFINITION
Helps adults with mental health conditions who are leaving hospital or jail to navigate services, drawing where possible on shared experience.

EXAMPLES OF DUTIES
Meets individuals before discharge; helps them set their own goals; accompanies them, when they ask, to first appointments; connects them with peer-run programs and benefits; follows up by phone.

MINIMUM QUALIFICATIONS
Education: Bachelor's degree in social work, psychology or a related field.
Experience: One year of experience in human services.

SELECTION PREFERENCE
Preference may be given to candidates with lived experience of mental health recovery.
`,
  },
  {
    label: {
      id: 'cs2-09-coach-sub-education',
      kind: 'peer-posting',
      description:
        'County recovery coach class where lived experience may substitute for the required education (mentioned by project convention).',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'mentioned', specific: true },
      expected: [{ quote: '', family: 'lived-experience', note: 'lived experience only substitutes', kind: 'not-required' }],
      mustNotFlag: [],
      tolerated: [{ quote: "Associate's degree in human services", family: 'role', note: 'degree, waivable by lived experience' }],
    },
    text: `RECOVERY COACH
County of Pine Ridge | Class Specification | Grade 12

DEFINITION
Provides recovery coaching to residents with substance use disorders who are engaged with county programs.

EXAMPLES OF DUTIES
Supports participants in identifying their own recovery pathways; shares recovery experience where appropriate; links participants to mutual aid, recovery housing and employment; facilitates recovery groups.

MINIMUM QUALIFICATIONS
Associate's degree in human services or a related field.

SUBSTITUTION
Personal lived experience of recovery from a substance use disorder may substitute for the required education.
`,
  },
]);

describeLabeledPostingRound('Civil-service class specifications, third batch', [
  {
    label: {
      id: 'cs3-01-series-holder',
      kind: 'peer-posting',
      description:
        'Peer support specialist I/II series spec; "Incumbents in this class must be persons who self-identify..." defines the holder.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `PEER SUPPORT SPECIALIST I / II
Class Series Specification | Department of Behavioral Health Services

SERIES CONCEPT
Positions in this series provide peer support to adults receiving public mental health services. Incumbents in this class must be persons who self-identify as having lived experience of a mental health condition and recovery.

LEVEL DISTINCTIONS
Peer Support Specialist I is the entry level; incumbents learn the work under close supervision. Peer Support Specialist II is the journey level and may train volunteers.

EXAMPLES OF DUTIES
Shares own recovery story to promote hope; assists individuals with self-directed recovery planning; facilitates peer support and WRAP groups; links individuals to community supports and peer-run programs; advocates alongside individuals when they ask.

MINIMUM QUALIFICATIONS
Level I: High school diploma or GED.
Level II: One year as a Peer Support Specialist I, or equivalent peer support experience elsewhere.
`,
  },
  {
    label: {
      id: 'cs3-02-definition-note',
      kind: 'peer-posting',
      description: 'Class spec whose minimum qualifications refer to a NOTE defining lived experience; applicants must meet it.',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `PEER RECOVERY SPECIALIST
State of Green Mountain - Classification Plan | Pay Grade 17

CLASS DEFINITION
Provides recovery support services to people with substance use disorders in community and correctional settings.

EXAMPLES OF WORK
Builds supportive relationships grounded in shared experience; helps participants set recovery goals; connects participants with mutual help and recovery housing; facilitates recovery groups; records services provided.

MINIMUM REQUIREMENTS
Applicants must meet the definition of a person in recovery given in the note below, AND have one year of experience in human services, paid or volunteer.

NOTE: For this class, a person in recovery is someone with personal lived experience of recovery from a substance use disorder who is willing to share that experience in their work.
`,
  },
  {
    label: {
      id: 'cs3-03-eligibility-trap',
      kind: 'non-peer-posting',
      description: 'Trap: eligibility worker class spec; "recovery of overpayments", "clients", "case load" of benefit cases.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [{ quote: 'maintains an assigned case load', family: 'role', note: 'non-peer class' }],
      tolerated: [],
    },
    text: `ELIGIBILITY WORKER II
Class Code 3107 | Department of Social Services

DEFINITION
Determines the eligibility of applicants for public assistance programs and maintains an assigned case load of recipients.

EXAMPLES OF DUTIES
Interviews applicants and verifies income, property and household composition; computes benefit amounts; initiates recovery of overpayments; refers clients to employment services; maintains case records in the statewide system.

MINIMUM QUALIFICATIONS
One year of experience as an Eligibility Worker I, or two years of public contact experience.
`,
  },
  {
    label: {
      id: 'cs3-04-forensic-court-report',
      kind: 'peer-posting',
      description:
        "Forensic peer specialist class: LE of mental health and justice involvement required; reports to the court on participants' progress.",
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [
        {
          quote: "submits weekly written reports to the court on each participant's attendance and progress",
          family: 'role',
          note: 'reporting on people to the court',
        },
      ],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `FORENSIC PEER SPECIALIST
County Behavioral Health - Class Specification | $24.60 - $30.80 hourly

DEFINITION
Provides peer support to adults with mental health conditions who are involved with the criminal legal system, including participants in mental health court.

EXAMPLES OF DUTIES
Meets participants in jail before release and helps them plan for reentry; shares personal experience of recovery and reentry; accompanies participants to court hearings at their request; submits weekly written reports to the court on each participant's attendance and progress; links participants to housing and benefits.

MINIMUM QUALIFICATIONS
Lived experience of recovery from a mental health condition AND personal experience of incarceration or justice involvement; AND high school diploma or GED.
`,
  },
  {
    label: {
      id: 'cs3-05-working-conditions',
      kind: 'peer-posting',
      description: 'Class spec with working conditions and physical demands; driver license "may be required"; LE required.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [{ quote: "A valid driver's license may be required", family: 'role', note: 'conditional licence' }],
    },
    text: `PEER SUPPORT SPECIALIST
City and County of Bellmont | Job Class 2591

DEFINITION
Uses lived experience of mental health recovery to provide peer support at the city's crisis respite and drop-in center.

EXAMPLES OF IMPORTANT AND ESSENTIAL DUTIES
1. Welcomes guests and offers one-to-one peer support.
2. Shares own recovery story to build hope.
3. Co-facilitates peer-led groups and activities.
4. Supports guests to create their own crisis and wellness plans.

MINIMUM QUALIFICATIONS
Lived experience as a person in recovery from a mental health condition, and completion of a peer certification training or willingness to complete it within one year.

WORKING CONDITIONS
Work is performed in a drop-in center open evenings and weekends. May be required to lift up to 25 pounds.

LICENSE
A valid driver's license may be required for some positions.
`,
  },
  {
    label: {
      id: 'cs3-06-youth-transport',
      kind: 'peer-posting',
      description: 'Youth peer advocate class with age limit and youth LE; transports youth among other duties (tolerated).',
      role: { isPeerRole: true, category: 'youth' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [
        { quote: 'Transports youth to activities and appointments', family: 'role', note: 'one duty among peer duties; debatable' },
      ],
    },
    text: `YOUTH PEER ADVOCATE
Class Specification | Office of Children's Services

DEFINITION
Provides peer advocacy and support to youth aged 14 to 21 in foster care and behavioral health services, drawing on the incumbent's own experience of those systems as a youth.

EXAMPLES OF DUTIES
- Builds trusting relationships with youth and shares own experiences.
- Helps youth speak up for their goals in planning meetings they choose to attend.
- Transports youth to activities and appointments when needed.
- Leads youth leadership and life skills groups.

MINIMUM QUALIFICATIONS
Age 18 to 30; AND personal experience, as a youth, of the foster care or children's behavioral health system; AND high school diploma or GED.
`,
    // "personal experience, as a youth, of the foster care ... system": read across the part played
    // set off by commas since session 16 (words-set-aside.ts); a known miss before.
  },
  {
    label: {
      id: 'cs3-07-language-clean-sober',
      kind: 'peer-posting',
      description: 'Recovery support specialist class with "substance abusers", "clean and sober" requirement.',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [
        { quote: 'substance abusers', family: 'language', note: 'identity-first label' },
        { quote: 'at least three years clean and sober', family: 'role', note: 'fixed clean-time requirement' },
      ],
      mustNotFlag: [],
      tolerated: [{ quote: 'clean and sober', family: 'language', note: 'clean as a state of people' }],
    },
    text: `RECOVERY SUPPORT SPECIALIST
Class Specification | County Alcohol and Drug Services

DEFINITION
Provides peer recovery support to substance abusers in county outpatient and residential programs.

EXAMPLES OF DUTIES
Shares personal recovery experience; helps participants plan their recovery; leads recovery groups; links participants with mutual aid and sober housing.

MINIMUM QUALIFICATIONS
Personal experience of recovery from alcohol or drug dependence, with at least three years clean and sober; AND high school diploma or GED.
`,
  },
  {
    label: {
      id: 'cs3-08-senior-absent',
      kind: 'peer-posting',
      description: 'Senior peer specialist class requiring prior peer specialist experience but never stating lived experience.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'absent', specific: null },
      expected: [{ quote: '', family: 'lived-experience', note: 'no lived experience stated', kind: 'absent' }],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `SENIOR PEER SPECIALIST
Class Code 4472 | Salary Range $27.10 - $34.60 hourly

DEFINITION
Under general direction, performs advanced peer support work with adults receiving mental health services and provides lead direction to Peer Specialists.

DISTINGUISHING CHARACTERISTICS
The Senior Peer Specialist performs the full range of peer support duties and trains new peer staff. It differs from the Supervising Peer Specialist, which has full supervisory responsibility.

EXAMPLES OF DUTIES
Facilitates peer support groups; mentors new Peer Specialists; helps individuals develop their own recovery plans; coordinates peer-run activities; represents the peer perspective in program meetings.

MINIMUM QUALIFICATIONS
Two years of experience as a Peer Specialist with the County, or three years of comparable peer support experience elsewhere.
`,
  },
]);

const SPEC =
  'PEER SUPPORT SPECIALIST\nClass Code 4471 | Salary Range $22.41 - $28.63 hourly\n\nDEFINITION\nProvides peer support to adults in behavioral health services: shares recovery experience and helps people plan their own recovery.\n\nMINIMUM QUALIFICATIONS\n';

describeLivedExperienceRound('class specification items', [
  {
    name: 'a later item joined by a capital AND carries its own other way in',
    text: `${SPEC}Lived experience of recovery from a mental health condition; AND high school diploma or equivalent.`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'paid or volunteer experience is one requirement, no other way in',
    text: `${SPEC}Self-identification as a person in recovery from a mental health condition, and six months of paid or volunteer experience providing peer support.`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: an "or" after a comma still offers another way in',
    text: `${SPEC}Lived experience of recovery from a mental health condition, or paid experience in a peer-run program.`,
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'trap: "and/or" joins the alternative to the mention',
    text: `${SPEC}Lived experience of recovery from a mental health condition and/or two years of experience in human services.`,
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'trap: the other way in before a later item still offers it',
    text: `${SPEC}Lived experience of recovery from a mental health condition or two years of human services work; AND a high school diploma.`,
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
]);
