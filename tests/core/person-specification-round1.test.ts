// First round of whole postings in British, Australian, New Zealand and Canadian shapes (see
// labeled-posting-rounds.ts): an NHS person specification pasted as "Criteria | Essential |
// Desirable" lines, with E / D columns or "(E)" / "(D)" after each line, "Essential:" /
// "Desirable:" lists (lived experience only under Desirable is preferred), Australian identified
// and designated positions and selection criteria (an Aboriginal identified position is no
// lived-experience requirement), consumer and carer peer workers (a carer peer worker in a
// children's service serves parents), "mental distress" and "mental ill-health", a carer's
// experience "of supporting a family member", a team's own caseload, reception cover and
// safeguarding; traps: support and recovery workers whose diversity line welcomes applicants with
// lived experience, and a counsellor. The second and third batches were written after the first and second fixes.
import { describeKindRound } from './document-kind-rounds.js';
import { describeLabeledPostingRound } from './labeled-posting-rounds.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLabeledPostingRound('Postings from the UK, Australia, New Zealand and Canada, first batch', [
  {
    label: {
      id: 'uk-01-nhs-psw-table',
      kind: 'peer-posting',
      description:
        'NHS trust peer support worker with a person specification pasted as Criteria | Essential | Desirable lines; lived experience essential.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [
        { quote: 'people on our caseload', family: 'role', note: 'the team carries the caseload; the peer is not said to carry one' },
      ],
      tolerated: [{ quote: 'Full UK driving licence', family: 'role', note: 'driving licence listed as desirable only' }],
    },
    text: `Peer Support Worker, Band 4
Riverside Mental Health NHS Foundation Trust
Community Recovery Team, Eastfield

Job summary
Our community recovery team is looking for a Peer Support Worker to join the three peer workers already in the service. You will use your own lived experience of mental distress and recovery to build hopeful, equal relationships with people on our caseload and support them to work towards goals that matter to them.

Main duties
- Offer one-to-one peer support, drawing purposefully on your own recovery journey
- Co-facilitate recovery groups and the Recovery College courses
- Support people to write their own wellbeing and recovery plans
- Help people connect with community groups, housing advice and leisure activities
- Take part in team meetings, bringing a recovery perspective to the team's thinking
- Keep brief records of your contacts in line with Trust policy

Person specification
Criteria | Essential | Desirable
Experience | Personal lived experience of mental health difficulties and recovery | Experience of volunteering in a mental health setting
Qualifications | Good standard of literacy and numeracy | Peer support training (e.g. Level 3 certificate)
Skills | Able to share your story safely and in a way that helps others | Knowledge of local community resources
Other | Willing to work flexibly across the borough | Full UK driving licence

Supervision is provided by the Peer Support Lead, who also has lived experience.
Salary: £26,530 - £29,114 per annum pro rata.
`,
  },
  {
    label: {
      id: 'uk-02-desirable-le',
      kind: 'peer-posting',
      description: 'UK voluntary-sector peer mentor where lived experience appears only in the Desirable column.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'preferred', specific: true },
      expected: [{ quote: '', family: 'lived-experience', note: 'lived experience only in the Desirable list', kind: 'not-required' }],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Peer Mentor (Wellbeing Hub)
Harbourside Mind

About the role
We are looking for a warm, organised Peer Mentor to support adults who use our wellbeing hub. You will meet people one-to-one, help them set goals for their own recovery, run our weekly walking group and signpost people to local services. This is a 30-hour-a-week post on a fixed-term contract until March.

Key responsibilities
• Provide peer mentoring sessions in the hub and in the community
• Facilitate the walking group and the Thursday drop-in
• Help people plan their own next steps and celebrate progress
• Keep accurate records on our database

Person specification

Essential
• Good listening and communication skills
• Ability to work as part of a team and on your own
• Understanding of confidentiality and safeguarding
• Good IT skills, including Microsoft Office

Desirable
• Lived experience of mental health problems
• Experience of running groups
• A peer support qualification

Salary £22,400 pro rata. We value diversity and welcome applications from everyone.
`,
  },
  {
    label: {
      id: 'uk-03-ed-columns',
      kind: 'peer-posting',
      description: 'Person specification with E / D columns after each line; lived experience marked E.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Job title: Peer Support Worker (Lived Experience)
Service: Adult Inpatient Wards, Linden Hospital
Hours: 37.5 per week
Reports to: Lived Experience Practice Lead

Purpose of the post
To offer hope and mutual support to people staying on our acute wards, by drawing on your lived experience of mental ill health and recovery, and to help people prepare for going home.

Responsibilities
1. Spend time with people on the ward, listening and sharing your own experience where it helps.
2. Run the weekly recovery group and the discharge planning café.
3. Support people to make their own crisis and wellbeing plans.
4. Link people with community peer groups before they leave hospital.
5. Champion recovery-focused language and practice among ward staff.

PERSON SPECIFICATION                                       E/D
Lived experience of mental health difficulties and of using mental health services     E
Willingness to use this experience purposefully in your work     E
Good communication skills, written and verbal     E
Completion of a recognised peer support training programme     D
Experience of working in an inpatient setting     D
Ability to use a computer for email and records     E

Band 3. Salary £24,071 - £25,674.
`,
  },
  {
    label: {
      id: 'uk-04-au-identified',
      kind: 'peer-posting',
      description: 'Australian Local Health District consumer peer worker; identified position; selection criteria to address.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [{ quote: 'Current NSW Driver Licence', family: 'role', note: 'driver licence required with no driving duty named' }],
      mustNotFlag: [],
      tolerated: [
        {
          quote: 'consumers',
          family: 'language',
          note: 'contested service-user word: info allowed by the rulebook (label corrected after the first run)',
        },
      ],
    },
    text: `Consumer Peer Worker - Identified Position
Northern Coast Local Health District
Mental Health Service, Community Team | Permanent Part Time (24 hrs/wk)

This is an identified position. To be eligible you must have a lived experience of mental health challenges and recovery and be able to use this experience in your work.

About the role
The Consumer Peer Worker provides recovery-oriented peer support to consumers of the community mental health service, working alongside the clinical team. The role models hope, promotes self-determination and helps people build connections with their community.

What you will do
- Provide individual peer support in the community and by phone
- Co-facilitate wellbeing and recovery groups
- Support consumers to have their voice heard in their care, including at reviews when they ask you to attend
- Contribute a lived experience perspective to service planning

Selection criteria
1. Lived experience of mental illness or distress and recovery, with an ability to share this experience purposefully.
2. Understanding of recovery-oriented practice and the role of peer work.
3. Certificate IV in Mental Health Peer Work, or willingness to complete it within 12 months.
4. Good communication and interpersonal skills.
5. Current NSW Driver Licence.

Applicants must address the selection criteria in a cover letter of no more than two pages.
`,
  },
  {
    label: {
      id: 'uk-05-aboriginal-identified',
      kind: 'non-peer-posting',
      description: 'Trap: Australian Aboriginal identified position (a health worker role), not a lived-experience peer role.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [
        {
          quote: 'identified position',
          family: 'lived-experience',
          note: 'an Aboriginal identified position is not a lived-experience requirement',
        },
      ],
      tolerated: [],
    },
    text: `Aboriginal Mental Health Worker - Identified Position
Western Plains Local Health District
Full time, permanent

This is an Aboriginal identified position. Aboriginality is a genuine occupational requirement for this role and is authorised under section 14 of the Anti-Discrimination Act 1977 (NSW).

About the role
You will work within the community mental health team to provide culturally safe mental health assessment, care coordination and follow-up for Aboriginal people and their families. You will carry a caseload, complete mental state examinations and risk assessments, and work with clinicians and Aboriginal community controlled organisations.

Selection criteria
1. Aboriginal person with an understanding of Aboriginal culture and the ability to communicate sensitively and effectively with Aboriginal people.
2. Diploma or Bachelor qualification in Aboriginal Mental Health, or relevant experience.
3. Demonstrated experience in care coordination and mental health assessment.
4. Current driver licence and willingness to travel across the district.
5. Knowledge of the Mental Health Act 2007.
`,
  },
  {
    label: {
      id: 'uk-06-carer-peer',
      kind: 'peer-posting',
      description: 'Australian carer peer worker: lived experience as a carer of someone with mental illness, identified.',
      role: { isPeerRole: true, category: 'family' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Carer Peer Worker
Eastern Suburbs Mental Health Service
Part time 0.6 FTE, fixed term 12 months

The Carer Peer Worker is an identified lived experience role. Applicants must have personal experience of caring for a family member or friend living with mental health challenges.

About us
Our service supports adults and their families across the eastern suburbs. We employ a growing lived experience workforce, including consumer and carer peer workers, who are supervised by the Lived Experience Workforce Coordinator.

The role
- Provide one-to-one support to families, carers and supporters of people using the service
- Help carers understand the mental health system and their rights
- Run the monthly carer support group and the family education evenings
- Share your caring experience to offer hope and practical ideas
- Bring carer perspectives to service planning and quality improvement

Key selection criteria
- Lived experience as a carer of someone with mental illness, and the ability to use this experience to support others
- Understanding of the Carer Recognition Act and carer rights
- Strong communication and group facilitation skills
- Certificate IV in Mental Health Peer Work (or willingness to obtain)

Salary: Health Professional Level 2, $88,000 - $95,000 plus super.
`,
  },
  {
    label: {
      id: 'uk-07-nz-kaimahi',
      kind: 'peer-posting',
      description:
        'New Zealand peer support role, British spelling, lived experience of mental distress required in the "About you" section.',
      role: { isPeerRole: true, category: 'general-peer' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Peer Support Worker - Kaimahi Hāpai
Te Awa Wellbeing Trust, Hamilton

Kia ora! Te Awa Wellbeing Trust is a kaupapa-led organisation supporting people experiencing mental distress and addiction to live well in their communities. We are growing our peer team and have a full-time position available.

What the mahi looks like
You will walk alongside tāngata whaiora, building relationships based on mutual respect and shared experience. Day to day you will:
- meet people in their homes and in the community
- support people to set and work towards their own goals
- connect people with whānau, marae, housing and employment supports
- co-facilitate our peer-led wellbeing programme
- advocate with people when they want support to speak up

About you
You have your own lived experience of mental distress and recovery, and you are comfortable sharing parts of your story when it will help someone else. You have completed or are willing to complete the NZ Certificate in Health and Wellbeing (Peer Support). A full driver licence is needed as the role involves visiting people across the region.

Our peer team is supervised by a senior peer practitioner. Remuneration $58,000 - $63,000 depending on experience.
`,
  },
  {
    label: {
      id: 'uk-08-ca-peer-desirable-sub',
      kind: 'peer-posting',
      description: 'Canadian peer support worker (substance use), lived experience required under Qualifications; bilingual desirable.',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Peer Support Worker - Harm Reduction Outreach
Lakeshore Community Health Centre, Toronto
Permanent full-time | Posting #2026-114

Lakeshore CHC is a community-governed organisation serving people in the east end. Our harm reduction programme offers supplies, outreach, drop-in meals and connections to care.

Responsibilities
- Provide outreach and peer support to people who use drugs, in the drop-in and on the street
- Distribute harm reduction supplies and naloxone, and teach overdose response
- Build trusting relationships and support people to reach health, housing and income services
- Share your experience to reduce stigma and help people feel welcome
- Take part in team meetings and reflective practice

Qualifications
- Lived or living experience of substance use is required for this position
- Knowledge of harm reduction principles and of the local community
- Naloxone and first aid training (or willingness to complete it on hire)
- Ability to work evenings and some weekends
- French language skills are an asset

Salary range: $52,000 - $56,500 per year. Lakeshore is committed to employment equity and encourages applications from Indigenous and Black people, people with disabilities and people who use drugs.
`,
  },
  {
    label: {
      id: 'uk-09-support-worker-recovery',
      kind: 'non-peer-posting',
      description:
        'Trap: UK mental health support worker (non-peer) whose values mention recovery; lived experience welcomed in the diversity statement only.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [{ quote: 'prompt medication', family: 'role', note: 'not a peer role; role rules do not fire' }],
      tolerated: [],
    },
    text: `Mental Health Support Worker
Greenway Housing Trust - Supported Living Service

Greenway Housing Trust provides supported accommodation for adults with mental health needs. We believe in recovery and in people's right to a home of their own.

The role
As a Support Worker you will help residents with daily living skills, budgeting and tenancy issues, support them to attend appointments, prompt medication in line with the Trust's medication policy, complete risk assessments and support plans with your team leader, and keep accurate records. You will work on a rota including evenings and weekends, with sleep-in shifts.

What we are looking for
Essential
- Experience of working or volunteering in a support or care role
- Good written English for record keeping
- A caring, patient and non-judgemental approach
Desirable
- NVQ Level 3 in Health and Social Care
- Medication training

We welcome applications from people with lived experience of mental health problems.

Salary: £23,200 per annum plus sleep-in allowance.
`,
  },
  {
    label: {
      id: 'uk-10-lived-exp-worker-language',
      kind: 'peer-posting',
      description:
        'UK lived experience worker posting with stigmatising language ("suffering from", "the mentally ill") and a "Essential:" inline list.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [
        { quote: 'suffering from', family: 'language', note: 'pity framing' },
        { quote: 'the mentally ill', family: 'language', note: 'identity-first label' },
      ],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Lived Experience Worker
Northgate Community Mental Health Programme

Northgate supports people suffering from severe mental illness to live independently. For many years the mentally ill in our borough have had too few places to turn; our lived experience workers are part of changing that.

What you'll do
You will offer peer support to people in our programme, share your own story where it helps, co-run a hearing voices group, support people to plan their recovery in their own words and help them get involved in community activities. You will also help us shape our services by bringing the voice of lived experience into team discussions.

What you'll bring
Essential: personal experience of recovery from mental health difficulties; ability to use your experience to inspire hope; good communication skills; a commitment to equality.
Desirable: peer support training; experience of co-production; knowledge of benefits and housing systems.

This post is 22.5 hours a week, £12.60 per hour. You will be supervised by our Lived Experience Lead.
`,
  },
  {
    label: {
      id: 'uk-11-psw-compliance',
      kind: 'peer-posting',
      description: 'Australian peer worker on a clinical team with monitoring duties (medication adherence, reporting to treating team).',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [
        { quote: "Monitor participants' adherence to their medication", family: 'role', note: 'medication compliance monitoring' },
        { quote: 'Provide reception cover', family: 'role', note: 'clerical cover' },
      ],
      mustNotFlag: [],
      tolerated: [
        {
          quote: 'report any concerns to the treating team',
          family: 'role',
          note: 'joined to the monitoring duty before it: one card by the project convention',
        },
        { quote: 'Complete the weekly risk rating', family: 'role', note: 'risk rating is clinical-ish' },
        { quote: "Current driver's licence and own vehicle", family: 'role', note: 'home visits need driving; debatable' },
        { quote: 'Encourage participants to attend outpatient appointments', family: 'role', note: 'debatable' },
      ],
    },
    text: `Peer Support Worker (Lived Experience)
Bayview Private Hospital - Community Outreach Programme

Position overview
The Peer Support Worker is part of our outreach programme, which supports people in the weeks after discharge from hospital. The position is designated for a person with lived experience of mental ill-health and recovery.

Responsibilities
- Visit participants at home in the weeks following discharge
- Monitor participants' adherence to their medication and report any concerns to the treating team
- Complete the weekly risk rating for each participant on the outreach list
- Provide peer support and share your recovery journey to promote hope
- Encourage participants to attend outpatient appointments
- Provide reception cover for the outreach office on Fridays

Key selection criteria
- Lived experience of mental ill-health and recovery (essential)
- Ability to work within a multidisciplinary team
- Current driver's licence and own vehicle

Salary package: $75,000 - $80,000 plus salary packaging.
`,
  },
  {
    label: {
      id: 'uk-12-recovery-college-tutor',
      kind: 'peer-posting',
      description: 'UK Recovery College peer trainer: programme, co-production, British spelling; lived experience essential in prose.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Peer Trainer - Recovery College
Westmoor Health and Care Partnership

Our Recovery College offers free courses on mental health and wellbeing, co-produced and co-delivered by peer trainers and practitioners. We are looking for a Peer Trainer to join our team of six.

In this role you will co-design and co-deliver courses across our programme, tutor students, support people to enrol and choose courses that fit their own goals, and help evaluate the programme. You will draw on your own lived experience of mental health challenges, and of your recovery, to bring the material to life and offer hope to students.

It is essential that you have personal lived experience of mental health difficulties and are comfortable sharing aspects of this in a teaching setting. Experience of teaching or training adults is desirable but not essential; full training is given.

You will be supervised by the College Manager and receive peer supervision from the Senior Peer Trainer. Salary: £27,485 (Band 4). Part time hours considered.
`,
  },
  {
    label: {
      id: 'uk-13-youth-peer-au',
      kind: 'peer-posting',
      description: 'Australian youth peer worker (headspace-like), identified position for young people 18-25 with lived experience.',
      role: { isPeerRole: true, category: 'youth' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Youth Peer Worker
Coastal Youth Mental Health Centre | Casual and part-time positions

We provide early intervention mental health support for young people aged 12 to 25. Our youth peer workers bring their own recent experience of mental health challenges to help young people feel welcome and understood.

About the position
This position is identified for a young person aged 18 to 25 with a lived experience of mental health challenges as a young person. You will:
- welcome young people and families at the centre and chat with them while they wait
- run social and skills groups with the youth participation team
- support young people to have a say in the way the centre runs
- share parts of your story safely to reduce stigma and build hope

What you need
- Lived experience of mental health challenges during adolescence or young adulthood
- Willingness to complete our peer work training programme
- A Working With Children Check

Pay: SCHADS Level 3, $36.20 per hour plus casual loading where applicable.
`,
  },
  {
    label: {
      id: 'uk-14-counsellor-nonpeer',
      kind: 'non-peer-posting',
      description:
        'Trap: UK counsellor (non-peer) with Essential/Desirable, British spelling, "recovery" and "lived experience" of clients.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [
        { quote: 'Diploma in Counselling (Level 4 or above)', family: 'role', note: 'degree barrier does not apply to a non-peer post' },
      ],
      tolerated: [],
    },
    text: `Counsellor - Talking Therapies Service
Fenbridge Counselling Trust

We are recruiting a qualified counsellor to join our talking therapies team. The post involves providing short-term counselling to adults with anxiety and depression, completing assessments, and keeping clinical notes to BACP standards.

Person specification
Essential
- Diploma in Counselling (Level 4 or above) and BACP registration
- At least 100 hours of supervised post-qualification practice
- Experience of working with adults with common mental health problems
- Understanding of the lived experience of our clients and of the recovery approach
Desirable
- Experience of online counselling
- Training in CBT

Salary £30,000 - £33,000 pro rata. Clinical supervision is provided monthly.
`,
  },
  {
    label: {
      id: 'uk-15-peer-no-le',
      kind: 'peer-posting',
      description: 'UK peer support worker posting whose person specification never mentions lived experience at all.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'absent', specific: null },
      expected: [{ quote: '', family: 'lived-experience', note: 'no lived experience at all', kind: 'absent' }],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Peer Support Worker
Millbrook Community Services (Charity no. 1101234)

Millbrook is a local charity helping adults to improve their mental wellbeing. Our peer support workers run groups, meet people one-to-one and help them find activities, volunteering and learning in the community.

Main tasks
• Lead the Monday and Wednesday wellbeing groups
• Provide one-to-one peer support sessions and help people set their own goals
• Introduce people to community groups and go with them the first time if they want
• Keep our activity records and contact logs up to date

Person specification
Essential: experience of group work; excellent interpersonal skills; IT literate; able to work independently.
Desirable: qualification in health and social care; experience in the voluntary sector.

Salary: £21,000 per annum (FTE). Closing date: 14 March.
`,
  },
  {
    label: {
      id: 'uk-16-desirable-colon-inline',
      kind: 'peer-posting',
      description: 'UK family peer support (parents of adults) with lived experience only under an inline "Desirable:" line.',
      role: { isPeerRole: true, category: 'family' },
      livedExperience: { status: 'preferred', specific: true },
      expected: [{ quote: '', family: 'lived-experience', note: 'family caring experience only desirable', kind: 'not-required' }],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Family Peer Support Worker
Ashford Early Intervention in Psychosis Team

The role
Working with families and friends of adults who are experiencing psychosis for the first time, you will offer emotional support, practical information and a listening ear. You will run the monthly family group, help families understand the care their relative is receiving and support them to look after their own wellbeing.

Requirements
Essential: good communication skills; understanding of confidentiality; ability to manage your own time.
Desirable: personal experience of supporting a family member through mental health difficulties; knowledge of psychosis and its treatment.

Band 4, 30 hours per week. Reporting to the Team Manager.
`,
  },
]);

describeLabeledPostingRound('Postings from the UK, Australia, New Zealand and Canada, second batch', [
  {
    label: {
      id: 'uk2-01-scot-practitioner',
      kind: 'peer-posting',
      description: 'Scottish peer support practitioner; (E)/(D) markers after each line; lived experience (E).',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Peer Support Practitioner
Clyde Valley Health and Social Care Partnership
Grade: Band 4 (£25,900 - £28,200) | 30 hours | Permanent

About the post
Based in the Community Mental Health Team, the Peer Support Practitioner will offer support grounded in shared experience to adults who use our service. You will help people explore what recovery means to them, co-facilitate the Wellness Recovery Action Planning (WRAP) course and support people to reconnect with their communities.

Knowledge, skills and experience
• Personal lived experience of mental ill health and of your own recovery (E)
• Ability to reflect on and share your experience in a purposeful way (E)
• Understanding of the principles of recovery and peer working (E)
• Completion of a peer support qualification, e.g. SVQ or Scottish Recovery Network training (D)
• Experience of facilitating groups (D)

You will receive monthly peer supervision from the Lead Peer Practitioner.
`,
  },
  {
    label: {
      id: 'uk2-02-aod-practitioner',
      kind: 'peer-posting',
      description:
        'Australian AOD lived experience practitioner: must identify as having lived experience of AOD use; selection criteria with Essential and Desirable.',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Lived Experience Practitioner - Alcohol and Other Drugs
Southern Harbour AOD Service | Part time 0.8 FTE | SCHADS Level 4

Applicants must identify as having a lived or living experience of alcohol and other drug use, and be willing to draw on that experience in their work.

The role
Working alongside our withdrawal and counselling teams, you will provide peer support to people in our residential withdrawal unit and in the community, run peer-led groups, help people connect with mutual support and community services, and bring a lived experience voice to team meetings and service design.

Selection Criteria
Essential
1. Lived experience of alcohol and other drug use and recovery, and an understanding of how to use it to support others
2. Knowledge of harm reduction and recovery-oriented practice
3. Excellent interpersonal and communication skills
Desirable
1. Certificate IV in Alcohol and Other Drugs or Mental Health Peer Work
2. Experience with group facilitation
`,
  },
  {
    label: {
      id: 'uk2-03-recovery-worker-nonpeer',
      kind: 'non-peer-posting',
      description:
        'Trap: UK drug and alcohol recovery worker (non-peer key worker with caseload), British "substance misuse", lived experience valued only in an EDI line.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [{ quote: 'hold a caseload of around 45 service users', family: 'role', note: 'non-peer job: no role findings' }],
      tolerated: [{ quote: 'substance misuse', family: 'language', note: "British usage; not in the rulebook's list" }],
    },
    text: `Recovery Worker - Drug and Alcohol Service
Tynebridge Recovery Partnership | £25,000 - £27,500 | 37.5 hours

We provide community substance misuse treatment across Tynebridge. As a Recovery Worker you will hold a caseload of around 45 service users, complete comprehensive assessments and recovery plans, deliver psychosocial interventions, liaise with prescribers and probation, and manage risk.

What you'll need
Essential
- Experience of working with people who use substances
- Understanding of risk assessment and safeguarding
- Good IT and record keeping skills
Desirable
- Level 3 qualification in substance misuse or health and social care

We value lived experience and encourage applications from people in recovery.
`,
  },
  {
    label: {
      id: 'uk2-04-ca-youth-asset',
      kind: 'peer-posting',
      description: 'Canadian youth peer support worker where lived experience is "considered an asset".',
      role: { isPeerRole: true, category: 'youth' },
      livedExperience: { status: 'preferred', specific: true },
      expected: [{ quote: '', family: 'lived-experience', note: 'lived experience only an asset', kind: 'not-required' }],
      mustNotFlag: [],
      tolerated: [
        { quote: 'Diploma or certificate in Child and Youth Care', family: 'role', note: 'a college diploma: debatable barrier' },
      ],
    },
    text: `Youth Peer Support Worker
Maple Grove Youth Services, Hamilton ON | Contract, 21 hours per week | $24.50/hour

Maple Grove supports young people aged 16 to 24 who are experiencing mental health and substance use challenges. The Youth Peer Support Worker helps young people feel welcome at our drop-in, runs creative and social groups, supports young people to set their own goals and connects them with school, housing and health supports.

Qualifications
- Diploma or certificate in Child and Youth Care, Social Service Work or a related field
- Experience working with youth in a community setting
- Lived experience of mental health or substance use challenges as a young person is considered an asset
- Current First Aid/CPR
`,
  },
  {
    label: {
      id: 'uk2-05-nz-clean',
      kind: 'peer-posting',
      description: 'NZ addiction peer support worker with "clean for two years", "addicts" and "drug abuse".',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [
        { quote: 'addicts', family: 'language', note: 'identity-first label' },
        { quote: 'drug abuse', family: 'language', note: 'abuse framing' },
        { quote: 'clean for at least two years', family: 'role', note: 'fixed years-clean requirement' },
      ],
      mustNotFlag: [],
      tolerated: [
        { quote: 'clean', family: 'language', note: 'clean as a state of people' },
        { quote: 'You hold a full driver licence', family: 'role', note: 'licence with no driving named' },
        { quote: 'alcoholism', family: 'language', note: 'a condition word; the rulebook lists "alcoholic" for people, not the condition' },
      ],
    },
    text: `Peer Support Worker - Addiction Services
Harbour Light Trust, Wellington | Full time

Harbour Light has helped addicts and their whanau in Wellington for thirty years. Our peer team walks alongside people leaving our residential programme as they settle back into community life.

You will:
- meet people in the weeks after they leave residential treatment
- share your own recovery story and help people build a plan for the first months
- connect people with mutual aid meetings, housing and work
- run the Tuesday evening peer group

About you:
- You are in recovery from drug abuse or alcoholism and have been clean for at least two years
- You can share your story in a way that helps others
- You hold a full driver licence
`,
  },
  {
    label: {
      id: 'uk2-06-how-assessed',
      kind: 'peer-posting',
      description:
        'UK person specification table with Essential | Desirable | How assessed columns; lived experience only in the Desirable column.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'preferred', specific: true },
      expected: [{ quote: '', family: 'lived-experience', note: 'lived experience only in the Desirable column', kind: 'not-required' }],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Wellbeing Peer Worker
Ashdown Mind | £23,400 pro rata | 28 hours

Your role will be to support adults with their mental wellbeing through one-to-one sessions and groups at our hub, helping them set goals and find activities in the community.

Person Specification
Area | Essential | Desirable | How assessed
Experience | Experience of working with adults in a support role | Lived experience of mental health problems | Application / Interview
Skills | Good listening skills; able to run a group | Experience of using Microsoft Teams | Interview
Knowledge | Understanding of confidentiality | Knowledge of local services | Interview

Closing date: 30 April.
`,
  },
  {
    label: {
      id: 'uk2-07-designated',
      kind: 'peer-posting',
      description:
        'Australian designated lived experience position in an inpatient unit; required personal lived experience of mental distress.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [{ quote: 'consumers', family: 'language', note: 'contested word; info allowed' }],
    },
    text: `Peer Worker - Acute Inpatient Unit
Riverina Local Health District | Temporary Full Time | Health Professional Level 1

This is a designated lived experience position. Applicants are required to have a personal lived experience of mental distress and recovery.

Primary purpose
The Peer Worker supports consumers admitted to the acute inpatient unit by using their lived experience to build hope and connection. They run the daily recovery group, support consumers to have their preferences heard in their care, and help consumers plan for life after discharge.

Key accountabilities
- Build respectful, mutual relationships with consumers
- Co-facilitate groups and activities on the unit
- Support consumers to prepare for ward rounds and reviews, if they wish
- Contribute to a recovery-oriented culture on the unit
`,
  },
  {
    label: {
      id: 'uk2-08-carer-ed-parents',
      kind: 'peer-posting',
      description:
        'UK carer peer support worker in a children and young people eating disorder service: carers are parents of young people.',
      role: { isPeerRole: true, category: 'parent-caregiver' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Carer Peer Support Worker - Children and Young People's Eating Disorder Service
Pennine Care Partnership | Band 4 | 22.5 hours

The service supports young people aged 8 to 18 with eating disorders, and their parents and carers. As Carer Peer Support Worker you will use your own experience of caring for a child or young person with an eating disorder to support other parents through treatment.

What you'll do
- Offer one-to-one support to parents and carers, in person and by phone
- Co-facilitate the parent and carer support group
- Help parents understand the service and feel able to ask questions
- Share your experience of the caring journey to offer hope

Person specification
Essential: lived experience of caring for a child or young person with an eating disorder; good communication skills.
Desirable: experience of peer support or volunteering.
`,
  },
  {
    label: {
      id: 'uk2-09-psw-language',
      kind: 'peer-posting',
      description:
        'UK peer support worker with stigmatising language ("schizophrenics", "suffering with") and a desirable driving licence.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [
        { quote: 'suffering with', family: 'language', note: 'pity framing' },
        { quote: 'schizophrenics', family: 'language', note: 'identity-first label' },
      ],
      mustNotFlag: [],
      tolerated: [{ quote: 'full UK driving licence', family: 'role', note: 'desirable only' }],
    },
    text: `Peer Support Worker - Early Intervention in Psychosis
Weald and Downs NHS Trust | Band 3

Our team works with young adults suffering with a first episode of psychosis. Many of our schizophrenics go on to live full lives, and our peer support workers show that recovery is possible.

Main duties
- Offer peer support to people using the service, sharing your own experience where it helps
- Co-run the hearing voices group
- Help people to connect with education, work and social activities

Person specification
Essential: personal experience of mental health difficulties and recovery; good listening skills.
Desirable: full UK driving licence.
`,
    // an early intervention team for young adults: the engine reads young adults and psychosis as mixed cues (general peer); labeled adult mental health, as the lived experience asked is personal mental health recovery
    knownMiss: true,
  },
]);

describeLabeledPostingRound('Postings from the UK, Australia, New Zealand and Canada, third batch', [
  {
    label: {
      id: 'uk3-01-ksc-essential',
      kind: 'peer-posting',
      description:
        'Australian NGO peer support worker: numbered key selection criteria, criterion 1 lived experience (essential); WWCC and NDIS.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [{ quote: "Current driver's licence and a reliable, insured vehicle", family: 'role', note: 'community work; debatable' }],
    },
    text: `Peer Support Worker - Psychosocial Recovery Coaching
Bright Futures Community Services | Part time, 30 hours | SCHADS Level 3

About the role
Working with NDIS participants with psychosocial disability, you will use your own recovery experience to help people build capacity, set goals and connect with the community.

Key Selection Criteria
1. Lived experience of mental health issues and recovery (essential).
2. Certificate IV in Mental Health Peer Work or equivalent, or a willingness to work towards it.
3. Ability to build respectful relationships with participants from diverse backgrounds.
4. Current Working With Children Check and NDIS Worker Screening Check.
5. Current driver's licence and a reliable, insured vehicle.

Please address each of the key selection criteria in your application.
`,
  },
  {
    label: {
      id: 'uk3-02-abstinence',
      kind: 'peer-posting',
      description: 'UK peer mentor in a substance misuse service: lived experience and "at least 12 months abstinent" (barrier).',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [{ quote: 'At least 12 months abstinent from all substances', family: 'role', note: 'fixed abstinence time requirement' }],
      mustNotFlag: [],
      tolerated: [{ quote: 'abstinent', family: 'language', note: 'abstinence framing; debatable' }],
    },
    text: `Peer Mentor - Substance Misuse Service
Riverside Recovery Hub | £21,800 | 37.5 hours

You will support people in treatment for drug and alcohol use by sharing your own recovery journey, running peer-led groups and helping people connect with mutual aid, volunteering and training.

Essential criteria
- Personal lived experience of recovery from drug or alcohol use
- At least 12 months abstinent from all substances
- Good communication skills
Desirable criteria
- Completion of a peer mentoring course
`,
  },
  {
    label: {
      id: 'uk3-03-ca-francophone-asset',
      kind: 'peer-posting',
      description: 'Canadian francophone peer support worker; lived experience "an asset"; French required.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'preferred', specific: true },
      expected: [{ quote: '', family: 'lived-experience', note: 'lived experience only an asset', kind: 'not-required' }],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Peer Support Worker - Francophone Services
Ottawa East Community Health Centre | Permanent part-time | $26.10/hour

The Peer Support Worker provides one-to-one and group peer support to francophone adults living with mental health challenges, helps them set recovery goals and connects them with community and French-language services.

Qualifications
- Fluency in French and English (required)
- Experience facilitating groups
- Knowledge of community mental health services in Ottawa
- Personal lived experience of mental health challenges and recovery will be considered an asset
`,
  },
  {
    label: {
      id: 'uk3-04-nz-kaupapa',
      kind: 'peer-posting',
      description: 'NZ kaupapa Maori peer support specialist; lived experience of mental distress required; te reo desirable.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Peer Support Specialist - Kaupapa Māori Service
Te Whare Oranga, Rotorua | Full time

Ko wai mātou: Te Whare Oranga is a kaupapa Māori mental health and wellbeing provider. We support tangata whaiora and their whānau to live well.

He aha te mahi: You will walk alongside tangata whaiora, sharing your own journey, supporting them to set their own goals, and connecting them with whānau, marae and community.

Ko koe tēnei: You must have your own lived experience of mental distress and recovery. Knowledge of te reo Māori and tikanga is desirable. You hold or are willing to gain the NZ Certificate in Health and Wellbeing (Peer Support).
`,
  },
  {
    label: {
      id: 'uk3-05-nhs-bank-psw',
      kind: 'peer-posting',
      description: 'NHS bank (casual) peer support worker, short, with "Person specification" and safeguarding paragraph.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Bank Peer Support Worker
Northfields NHS Foundation Trust | Band 3 | Bank (as and when)

Join our bank of peer support workers covering community and inpatient services. You will offer peer support drawing on your own experience, help people with their recovery plans and co-run groups.

Person specification
Essential: lived experience of mental health problems and recovery; ability to use this experience to support others.
Desirable: experience of working in the NHS.

Safeguarding: all staff must report safeguarding concerns in line with Trust policy and complete mandatory safeguarding training.
`,
  },
]);

describeKindRound('support work and peer work, first round', [
  [
    'trap: a support worker whose closing line welcomes applicants with lived experience',
    'Housing Support Worker\nLinden Housing Association | £23,900 per annum\n\nThe role\nHelp tenants keep their homes: support them with budgeting, bills and tenancy issues, and complete support plans with your team leader.\n\nEssential\n- Experience in a support or customer service role\n- Good written English\n\nWe welcome applications from people with lived experience of mental health problems or homelessness.',
    'non-peer-posting',
    null,
  ],
  [
    'a job no list names is a peer job where its duties are peer work and lived experience is welcomed',
    'Community Connector\nLinden Wellbeing Hub | £23,900 per annum\n\nThe role\nShare your own recovery story with people who use the hub, run our peer support group and help people plan their own recovery.\n\nEssential\n- Good listening skills\n\nWe welcome applications from people with lived experience of mental health problems.',
    'peer-posting',
    'adult-mental-health',
  ],
]);

const PSW =
  'Peer Support Worker\nBand 3 | £24,071 per annum | 37.5 hours\n\nMain duties\n- Offer one-to-one peer support and share your own recovery where it helps\n- Co-run the recovery group\n\n';

describeLivedExperienceRound('person specification letters', [
  {
    name: 'lived experience in the Desirable column, a D after a wide gap',
    text: `${PSW}Person specification                      E/D\nGood communication skills                 E\nAbility to work in a team                 E\nLived experience of mental health recovery     D\nPeer support training                     D`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
    flags: ['le-preferred-only'],
  },
  {
    name: 'lived experience in the Essential column, (E) in brackets',
    text: `${PSW}Knowledge, skills and experience\n- Lived experience of mental distress and recovery (E)\n- Experience of running groups (D)\n- Knowledge of local services (D)`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: one bracketed capital is no column',
    text: `${PSW}About you\n- Lived experience of mental distress and recovery would be welcome, as would knowledge of Plan (D)`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
]);
