// First round of applicant tracking pages (see labeled-posting-rounds.ts): the company, its
// mission and benefits at length before the job, introduced by a line such as "The opportunity:
// Peer Support Specialist" or "About the role: Family Peer Specialist"; requisition numbers,
// several locations, a salary table by location; the qualifications last; an employer whose name
// opens with a word a document's title uses ("Summit Family Services"); traps: billing, care
// coordination and counselor jobs at recovery organizations. The second and third batches were written
// after the first and second fixes.
import { describeKindRound } from './document-kind-rounds.js';
import { describeLabeledPostingRound } from './labeled-posting-rounds.js';

describeLabeledPostingRound('Applicant tracking pages, first batch', [
  {
    label: {
      id: 'ats-01-long-company',
      kind: 'peer-posting',
      description:
        'ATS page with long company/mission/benefits before the job; lived experience required in qualifications at the end; several locations and a requisition number.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [{ quote: 'peer specialists', family: 'role', note: 'names staff of the company, not a duty' }],
      tolerated: [],
    },
    text: `Brightpath Health | Careers

Req ID: R-20931
Locations: Columbus, OH; Dayton, OH; Remote-eligible (Ohio)
Job family: Community Services | Full time | Posted 3 days ago

Who we are
Brightpath Health is a nonprofit network of community clinics, crisis centers and housing programs serving more than 40,000 people each year across Ohio. For fifty years we have believed that everyone deserves care that treats them with dignity. Our 1,800 team members include nurses, therapists, peer specialists, housing staff and administrators who share a commitment to whole-person health.

Our mission
To walk alongside people and communities toward health, hope and belonging.

Why you'll love working here
- Medical, dental and vision coverage starting on day one
- 403(b) retirement plan with a 5% employer match
- Generous paid time off: 25 days in your first year plus 10 holidays
- Tuition assistance and paid certification fees
- Employee assistance program and wellness stipend
- Mileage reimbursement for travel between sites

Brightpath is an equal opportunity employer. We celebrate diversity and are committed to an inclusive environment for all employees.

The opportunity: Peer Support Specialist
As a Peer Support Specialist you will join a team of four peers in our community support program. You will build mutual relationships with adults who use our services, help them write their own recovery plans, run peer support groups and connect people with housing, benefits and community activities.

Pay range: $19.00 - $23.50 per hour, depending on certification.

Qualifications
- Lived experience of recovery from a mental health condition, and willingness to share your story
- Ohio Peer Recovery Supporter certification or ability to obtain within 6 months
- High school diploma or equivalent
`,
  },
  {
    label: {
      id: 'ats-02-salary-table',
      kind: 'peer-posting',
      description: 'ATS posting with a salary band table pasted as lines by location; recovery coach; lived experience required.',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [{ quote: "Valid driver's license", family: 'role', note: 'licence required with no driving duty named' }],
      mustNotFlag: [{ quote: 'Location | Minimum | Midpoint | Maximum', family: 'role', note: 'salary table, not a duty' }],
      tolerated: [],
    },
    text: `Recovery Coach (Multiple Locations)
Job ID 45110 | Department: Addiction Services | Employment type: Full-time

Salary by location
Location | Minimum | Midpoint | Maximum
Worcester | $20.50 | $23.10 | $25.70
Springfield | $20.00 | $22.60 | $25.20
Pittsfield | $19.25 | $21.70 | $24.15

About Hillcrest Behavioral Health
Hillcrest provides outpatient, residential and medication treatment for substance use disorders across central and western Massachusetts. Our culture is built on respect, teamwork and continuous learning. Hillcrest is proud to be a Great Place to Work certified employer for the third year in a row.

Benefits include health insurance, paid time off, loan repayment eligibility, and free CEUs.

Position summary
The Recovery Coach supports people in treatment and early recovery by sharing their own recovery experience, helping each person define what recovery means to them and connecting them with mutual help groups, recovery community centers and other supports. Coaches meet people in the emergency department after an overdose when the person agrees to talk.

Essential functions
1. Engage people after overdose or at intake and offer recovery coaching.
2. Help people develop a personal recovery plan.
3. Connect people with recovery housing, mutual aid meetings and employment supports.
4. Follow up by phone or text with people who agree to stay in touch.

Requirements
- Personal lived experience of recovery from a substance use disorder (required)
- CARC or ability to obtain within one year
- Valid driver's license
`,
  },
  {
    label: {
      id: 'ats-03-le-preferred-last',
      kind: 'peer-posting',
      description: 'ATS page with long benefits; lived experience only preferred in the last bullet list ("Preferred qualifications").',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'preferred', specific: true },
      expected: [{ quote: '', family: 'lived-experience', note: 'lived experience only preferred', kind: 'not-required' }],
      mustNotFlag: [],
      tolerated: [{ quote: 'BLS certification within 30 days of hire', family: 'role', note: 'medical-ish certification; debatable' }],
    },
    text: `Join Cedar Ridge Health System

Cedar Ridge Health System is a regional health system with six hospitals and more than ninety outpatient locations. We are committed to delivering compassionate, high-quality care and to being an employer of choice.

Total rewards
Competitive pay, comprehensive medical and dental plans, retirement savings with employer contributions, paid parental leave, on-site fitness centers and tuition reimbursement up to $5,250 a year. Cedar Ridge also offers career development programs, mentoring and leadership academies.

Requisition #: 77-2211
Location: Cedar Ridge Behavioral Health Pavilion, Grand Rapids, MI
Shift: Days, 8 hours
Position: Peer Support Specialist

Summary
Provides peer support to adults in the inpatient behavioral health unit. Helps patients identify strengths, set recovery goals and plan for discharge. Leads daily wellness and recovery groups. Connects patients with community peer programs and drop-in centers.

Required qualifications
- High school diploma or GED
- One year of experience in a health care or human services setting
- BLS certification within 30 days of hire

Preferred qualifications
- Personal lived experience of mental health recovery
- Michigan Certified Peer Support Specialist credential
`,
  },
  {
    label: {
      id: 'ats-04-benefits-mention-recovery',
      kind: 'non-peer-posting',
      description: 'Trap: ATS page for a billing specialist at a recovery organisation; long mission with recovery and peer words.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [
        {
          quote: 'peer recovery support specialists who share their own recovery journey',
          family: 'role',
          note: 'describes colleagues; not this job',
        },
      ],
      tolerated: [],
    },
    text: `Careers at New Dawn Recovery Centers

Req #: 10442 | Locations: Phoenix, AZ; Mesa, AZ | Full time

About New Dawn
New Dawn Recovery Centers helps people and families heal from addiction. Our care teams include physicians, counselors, nurses and peer recovery support specialists who share their own recovery journey. We believe recovery is possible for everyone.

Why New Dawn
We offer medical, dental and vision plans, a 401(k) with match, paid holidays, and free counseling through our employee assistance program.

Position: Billing Specialist
The Billing Specialist submits claims to insurers, posts payments, follows up on denials and answers patient billing questions by phone.

Qualifications
- Two years of medical billing experience
- Knowledge of CPT and ICD-10 coding
- Proficiency with Excel
`,
  },
  {
    label: {
      id: 'ats-05-two-roles-page',
      kind: 'peer-posting',
      description:
        'ATS page for a family peer specialist (families of adults) with a long company section and a requisition number; lived experience of a family member required in "What you bring".',
      role: { isPeerRole: true, category: 'family' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Summit Family Services - Job Details

Requisition Number: FS-0381
Location(s): Albany, NY | Troy, NY | Schenectady, NY
Category: Behavioral Health | Schedule: Monday-Friday

Summit Family Services has supported families across the Capital Region since 1962. Our programs include outpatient clinics, care coordination, supported housing and family support. We are a proud member of the state's family support network, and our staff reflect the communities we serve.

What we offer: comprehensive health insurance, 4 weeks of paid time off, 12 paid holidays, retirement plan, flexible schedules and paid training.

About the role: Family Peer Specialist
You will support family members of adults living with mental health conditions. You will listen, share your own experience as a family member, help families learn about services and rights, lead the family support group and help family members care for their own wellbeing.

What you bring
- Lived experience as a family member or close supporter of an adult with a mental health condition (required)
- Comfort sharing your family's journey in a way that helps others
- Family Peer Advocate credential, or willingness to earn it within 18 months

Hiring range: $47,000 - $52,000 annually.
`,
  },
  {
    label: {
      id: 'ats-06-workday-no-le',
      kind: 'peer-posting',
      description:
        'Workday-style page: peer navigator job after a long company intro; qualifications list never mentions lived experience.',
      role: { isPeerRole: true, category: 'general-peer' },
      livedExperience: { status: 'absent', specific: null },
      expected: [{ quote: '', family: 'lived-experience', note: 'peer navigator with no lived experience', kind: 'absent' }],
      mustNotFlag: [],
      tolerated: [{ quote: 'assists with transportation', family: 'role', note: 'transport as one duty among others' }],
    },
    text: `Peer Navigator
locations: Baltimore, MD - Harbor Campus; Baltimore, MD - Northwest Campus
time type: Full time
posted on: Posted 30+ Days Ago
job requisition id: JR-118270

Mercy Harbor Health is a Catholic health system rooted in the healing ministry of Jesus. We care for our communities with compassion, respect and excellence, and we invest in our associates with competitive compensation, a comprehensive benefits package and opportunities for growth.

Job Summary
The Peer Navigator helps adults leaving the emergency department after a behavioral health crisis to reach follow-up care. The navigator provides supportive follow-up calls, helps people schedule appointments, assists with transportation and insurance questions, and connects people with community supports.

Qualifications
Education: High school diploma required.
Experience: One year of customer service or health care experience.
Licenses/certifications: None required.

Pay Range: $18.75 - $26.40 per hour. Pay within the range depends on experience and internal equity.
`,
  },
  {
    label: {
      id: 'ats-07-greenhouse-youth',
      kind: 'peer-posting',
      description:
        'Greenhouse-like page: long "Life at" and benefits, then a youth peer advocate job with lived experience as a young person required.',
      role: { isPeerRole: true, category: 'youth' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Life at Northstar Youth
At Northstar, young people lead. We are a youth-serving nonprofit running drop-in centers, transitional housing and mental health programs for young people aged 14 to 24 across King County. We're a team of 120 people who care deeply about equity, creativity and joy at work.

Perks and benefits
- 100% employer-paid medical for employees
- Monthly transit pass
- Wellness days every quarter and a winter office closure
- Professional development funds of $1,200 a year

Location: Seattle (Capitol Hill center) and Kent (South King center)
Job code: YPA-2026-07

Youth Peer Advocate
You will connect with young people at our drop-in centers, share your own experiences to build trust, help them set goals that matter to them, and go with them, when they want, to appointments with housing, school or health providers. You'll co-lead weekly youth groups and help run our youth advisory board.

You might be a great fit if you have
- Your own lived experience, as a young person, of mental health challenges, homelessness or the foster care system (this is required)
- Are between 18 and 29
- Experience in youth work, paid or unpaid

Compensation: $24.00 - $27.00 per hour.
`,
  },
  {
    label: {
      id: 'ats-08-lever-clinical-title',
      kind: 'peer-posting',
      description: 'Lever-like page: peer specialist with clinical and monitoring duties buried after a long company section.',
      role: { isPeerRole: true, category: 'general-peer' },
      livedExperience: { status: 'required', specific: true },
      expected: [
        { quote: 'Conduct intake assessments', family: 'role', note: 'clinical assessment' },
        { quote: 'Monitor medication compliance', family: 'role', note: 'medication compliance monitoring' },
        { quote: 'Collect urine drug screens', family: 'role', note: 'drug screens' },
        { quote: 'Answer the main clinic phone line', family: 'role', note: 'routine phones' },
      ],
      mustNotFlag: [],
      tolerated: [
        { quote: 'schedule appointments', family: 'role', note: 'clerical' },
        { quote: 'Patients first', family: 'language', note: 'contested word' },
        { quote: 'medication compliance', family: 'language', note: 'compliance jargon, on the same words as the duty' },
        {
          quote: 'report missed doses to the prescribing provider',
          family: 'role',
          note: 'joined to the monitoring duty: one card by the project convention',
        },
      ],
    },
    text: `Elm Street Behavioral Health - Peer Specialist
Phoenix, AZ / Tucson, AZ  ·  Clinical Operations  ·  Full-time  ·  Req 5521

Elm Street Behavioral Health is a fast-growing, venture-backed provider of integrated behavioral health care. We've raised $40M to expand access to evidence-based treatment, and our technology platform helps clinicians deliver better outcomes. Our values: Own it. Keep it simple. Patients first.

Benefits: medical, dental and vision; equity; unlimited PTO; $1,000 home office stipend; monthly wellness reimbursement.

What you'll do
- Conduct intake assessments for new patients and enter results into our EHR
- Monitor medication compliance and report missed doses to the prescribing provider
- Collect urine drug screens during clinic visits
- Share your recovery story during peer check-ins
- Answer the main clinic phone line and schedule appointments

What we're looking for
- Lived experience of recovery from mental health or substance use challenges
- Arizona Peer Support certification
- Comfort with technology
`,
  },
  {
    label: {
      id: 'ats-09-icims-sharing-absent',
      kind: 'peer-posting',
      description:
        'iCIMS-like page with overview of company, EEO text and many locations; LE required for a peer recovery specialist; qualifications at the end.',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [{ quote: 'methadone and buprenorphine treatment', family: 'role', note: 'describes the company services' }],
      tolerated: [
        {
          quote: 'at least one year of lived recovery experience',
          family: 'role',
          note: 'time-in-recovery requirement; debatable as barrier',
        },
        { quote: "Valid driver's license for travel between sites", family: 'role', note: 'travel named; debatable' },
      ],
    },
    text: `Overview
Riverbend Treatment Network operates 22 outpatient opioid treatment programs across Pennsylvania and New Jersey. We provide methadone and buprenorphine treatment, counseling and recovery support in a welcoming, judgment-free environment. We are an Equal Opportunity Employer: all qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or protected veteran status.

Job Locations: US-PA-Allentown | US-PA-Reading | US-NJ-Phillipsburg
Requisition ID: 2026-3318
# of Openings: 3
Category: Recovery Support

Responsibilities
- Meet with patients in their first 90 days to offer encouragement and mutual support
- Share personal recovery experience to show that recovery with medication is recovery
- Help patients identify their own recovery goals and build recovery capital
- Introduce patients to mutual aid groups, recovery community organizations and family supports
- Advocate for patients facing stigma around medication treatment

Qualifications
- Must be in recovery from a substance use disorder, with at least one year of lived recovery experience
- Certified Recovery Specialist (CRS) credential or eligible to sit for the exam within 6 months
- Valid driver's license for travel between sites
`,
  },
  {
    label: {
      id: 'ats-10-nonpeer-counselor-ats',
      kind: 'non-peer-posting',
      description: 'Trap: ATS page for a substance use counselor with benefits first and "lived experience is a plus" at the end.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [{ quote: 'complete biopsychosocial assessments and treatment plans', family: 'role', note: 'non-peer job' }],
      tolerated: [],
    },
    text: `Why Harborlight?
Harborlight Recovery is a family of treatment centers where people find hope. We offer a supportive workplace, competitive salaries, health coverage from day one, tuition reimbursement, and a clear clinical ladder from Counselor I to Clinical Director.

Location: Fort Myers, FL | Req: HL-7730 | Salary: $52,000 - $60,000

Substance Use Counselor
Provide individual and group counseling to adults in our intensive outpatient program; complete biopsychosocial assessments and treatment plans; coordinate care with psychiatrists; document sessions.

Qualifications
- Bachelor's degree in a behavioral health field
- Florida CAP or CAC certification, or working toward it
- Personal lived experience of recovery is a plus
`,
  },
]);

describeLabeledPostingRound('Applicant tracking pages, second batch', [
  {
    label: {
      id: 'ats2-01-workday-preferred',
      kind: 'peer-posting',
      description:
        'Workday-style page: company overview and benefits, then responsibilities, minimum and preferred qualifications; LE only preferred.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'preferred', specific: true },
      expected: [{ quote: '', family: 'lived-experience', note: 'only preferred', kind: 'not-required' }],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Peer Support Specialist - Outpatient Behavioral Health
Location: Fairview Medical Center - Minneapolis, MN
Additional locations: Edina Clinic, Burnsville Clinic
Job ID: 2026-55812 | Schedule: Full time, days

Company Overview
Fairview Lakes Health is an integrated health system committed to healing, discovery and education for longer, healthier lives. With 34,000 employees, we serve patients across Minnesota.

Benefits Overview
Medical, dental and vision insurance; paid time off; 401(k) with match; tuition reimbursement; employee wellbeing programs.

Responsibilities
- Provide peer support to adults receiving outpatient mental health care
- Help patients identify strengths and set their own recovery goals
- Co-facilitate recovery and wellness groups
- Connect patients with community resources and peer-run programs

Minimum Qualifications
- High school diploma or GED
- One year of experience in a human services setting

Preferred Qualifications
- Lived experience of mental health recovery
- Minnesota Certified Peer Specialist (CPS) credential

Pay range: $20.81 - $30.11 per hour.
`,
  },
  {
    label: {
      id: 'ats2-02-posting-title-label',
      kind: 'peer-posting',
      description: 'ATS page with "Job Posting Title:" label and a grade/salary table; lived experience required.',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Commonwealth Recovery Network - Careers

Job Posting Title: Peer Recovery Coach II
Job Requisition: REQ-00781
Work Locations: Richmond, VA; Petersburg, VA

Grade | Minimum | Maximum
RC2 | $42,000 | $51,000

About us
Commonwealth Recovery Network is a recovery community organization run by and for people in recovery. We operate three recovery community centers offering all-recovery meetings, recovery coaching, employment support and family programs.

Job Summary
Peer Recovery Coaches walk alongside people at every stage of recovery. You will provide one-to-one coaching, share your recovery story, help people build recovery capital and lead all-recovery meetings.

Required Qualifications
- Personal lived experience of recovery from a substance use disorder
- Virginia Peer Recovery Specialist registration, or ability to obtain within six months
- Two years of experience as a recovery coach
`,
  },
  {
    label: {
      id: 'ats2-03-the-role-paragraph',
      kind: 'peer-posting',
      description:
        'ATS page with long "Overview" before a "The Role" heading whose paragraph names the job; "Who you are" lists lived experience as a young person.',
      role: { isPeerRole: true, category: 'youth' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Overview
Kindred Futures is a youth-serving nonprofit in Denver. For twenty years we have offered housing, education and wellness programs to young people aged 15 to 24 experiencing homelessness. We are proud of our inclusive culture, generous paid leave, and a four-day week pilot.

Location: Denver, CO (Five Points drop-in center)
Job code: KF-118 | Compensation: $23 - $26 per hour

The Role
As a Youth Peer Mentor, you will spend most of your time at our drop-in center getting to know young people, sharing your own experience, helping them set goals and go after them, and co-leading weekly groups. You'll work alongside case managers and our youth advisory council.

Who you are
- You have your own lived experience of homelessness, foster care or mental health challenges as a young person - this is required
- You are 18 to 26
- You can keep healthy boundaries and ask for support when you need it
`,
  },
  {
    label: {
      id: 'ats2-04-care-coordinator-trap',
      kind: 'non-peer-posting',
      description: 'Trap: ATS page for a care coordinator at a peer-run organization; lived experience encouraged to apply.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [{ quote: 'screens referrals', family: 'role', note: 'not a peer job' }],
      tolerated: [],
    },
    text: `About Us
Open Door Peer Network is a peer-run organization: most of our staff and our whole board have lived experience of mental health and substance use recovery. We run a warmline, a peer respite and three wellness centers.

Job ID: 2211 | Location: Portland, OR | Full time | $24 - $27 per hour

Care Coordinator
The Care Coordinator manages intake for the peer respite: screens referrals, schedules stays, keeps the bed board up to date, tracks outcomes data and coordinates with hospitals and crisis teams.

Qualifications
- Two years of experience in care coordination or intake
- Strong organizational and data skills
- People with lived experience are strongly encouraged to apply
`,
  },
  {
    label: {
      id: 'ats2-05-cps-crisis',
      kind: 'peer-posting',
      description:
        'ATS page: title first, then long about us, EEO and benefits, qualifications last with certified peer specialist credential required.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Certified Peer Specialist - Crisis Stabilization Unit
Job ID: 88412 | Multiple locations: Tampa, FL; Brandon, FL | Nights and weekends

About Gulf Coast Behavioral
Gulf Coast Behavioral is the region's largest provider of crisis, inpatient and outpatient behavioral health care. We believe in recovery, dignity and community. Our values guide every interaction: respect, integrity, excellence and compassion.

Gulf Coast Behavioral is an Equal Opportunity Employer and a drug-free workplace. We provide reasonable accommodations to qualified individuals with disabilities.

Benefits
Health, dental and vision; paid time off; 403(b); shift differentials; free CEUs; employee assistance program for you and your family.

What you'll do
- Offer peer support to adults staying in the crisis stabilization unit
- Share your recovery story to build hope and trust
- Help people make their own safety and wellness plans before they go home
- Connect people with peer-run programs and warmlines

Qualifications
- Must be a Certified Recovery Peer Specialist (CRPS) in Florida, or obtain certification within 12 months
- Lived experience of recovery from a mental health condition
- High school diploma or GED
`,
  },
  {
    label: {
      id: 'ats2-06-greenhouse-lived-title',
      kind: 'peer-posting',
      description:
        'Greenhouse page titled "Lived Experience Peer Specialist" with about us first; LE of mental health or substance use required.',
      role: { isPeerRole: true, category: 'general-peer' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Lived Experience Peer Specialist
Remote (US) or Hybrid - Chicago, IL

About Us
Wellpoint Connect is a digital health company building a peer support platform for people living with mental health and substance use challenges. We're backed by leading investors and growing fast.

What you'll do
- Hold video and text sessions with members, sharing your own experience to offer hope
- Help members set their own goals and celebrate progress
- Run online peer groups
- Share member feedback (never personal details) with the product team

What you bring
- Lived experience of recovery from mental health or substance use challenges (required)
- Peer certification in any state, or willingness to complete ours
- Comfort with video calls and messaging tools

$58,000 - $66,000 a year plus equity.
`,
  },
  {
    label: {
      id: 'ats2-07-icims-families-benefits',
      kind: 'peer-posting',
      description: 'iCIMS page: peer support specialist serving adults; "families" appears only in the benefits (EAP) and company blurb.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [{ quote: 'serious mental health conditions', family: 'language', note: 'clinical framing; not a label' }],
    },
    text: `Overview
Prairie Hope Behavioral Health has served central Illinois for more than fifty years. We offer counseling, psychiatric care and community support services to adults, children and families.

Job Locations: US-IL-Peoria | US-IL-Bloomington
ID: 2026-1907 | Category: Community Support | Type: Regular Full-Time

Responsibilities
Peer Support Specialists work with adults living with serious mental health conditions in our community support program. You will share your recovery journey, help people develop their own recovery plans, lead WRAP groups and help people connect with work, housing and friends.

Qualifications
- Lived experience of recovery from a mental health condition and willingness to share it
- Illinois Certified Recovery Support Specialist (CRSS), or ability to obtain within 18 months
- High school diploma or equivalent

Benefits
Medical, dental and vision; Employee Assistance Program for you and your family; paid holidays; retirement plan.
`,
  },
  {
    label: {
      id: 'ats2-08-locations-table-coach-preferred',
      kind: 'peer-posting',
      description: 'ATS page for a recovery coach with a locations table; lived experience "highly preferred".',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'preferred', specific: true },
      expected: [{ quote: '', family: 'lived-experience', note: 'only preferred', kind: 'not-required' }],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Recovery Coach
Req #R-3302 | Full-time | Addiction Services

Location | Shift | Openings
Dayton Outpatient | Days | 2
Springfield Residential | Evenings | 1
Xenia Outpatient | Days | 1

Who we are
Miami Valley Recovery is a nonprofit addiction treatment provider offering residential, outpatient and medication treatment. We are proud to be a recovery-friendly workplace.

What you'll do
Help people in treatment connect with recovery supports, build a recovery plan in their own words, and get to mutual aid meetings and recovery community events. Follow up with people after discharge when they agree to stay in touch.

What we're looking for
- High school diploma or GED
- Ohio Peer Recovery Supporter certification, or ability to obtain within 90 days
- Personal experience of recovery from addiction is highly preferred
`,
  },
]);

describeLabeledPostingRound('Applicant tracking pages, third batch', [
  {
    label: {
      id: 'ats3-01-breadcrumb',
      kind: 'peer-posting',
      description: 'ATS page with a breadcrumb line first, then the company intro, then the job and qualifications.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Home > Careers > Search Jobs > Peer Support Specialist

Peer Support Specialist
Lakeview Community Mental Health | Grand Forks, ND | Full time | Job #1187

Lakeview has provided community mental health care in the Red River Valley since 1967. We are a certified community behavioral health clinic and a great place to grow your career, with generous paid time off and a supportive team.

What you'll do
- Support adults in our community support program through one-to-one peer support
- Share your recovery story to instill hope
- Help people write their own wellness and crisis plans
- Lead a weekly peer support group

What you'll need
- Lived experience of recovery from a mental health condition
- Willingness to become a certified peer support specialist within one year
- High school diploma or GED

Pay: $19.50 - $24.00 per hour
`,
  },
  {
    label: {
      id: 'ats3-02-linkedin',
      kind: 'peer-posting',
      description: 'LinkedIn-style page: title, company line with Easy Apply, "About the job", trailing seniority/employment type block.',
      role: { isPeerRole: true, category: 'substance-use-recovery' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [
        { quote: 'Reliable transportation', family: 'role', note: 'not a licence; debatable' },
        {
          quote: 'Follow up with patients',
          family: 'role',
          note: 'contacting people who missed visits: the project reads it as visits against wishes; labeled fitting before the run (a judgment call)',
        },
      ],
    },
    text: `Peer Recovery Specialist
Harborview Recovery Center · Baltimore, MD · 2 weeks ago · 41 applicants
Full-time · Entry level
Easy Apply

About the job
Harborview Recovery Center is an outpatient addiction treatment program offering medication for opioid use disorder, counseling and recovery support. We are looking for a Peer Recovery Specialist to join our team of five peers.

Responsibilities
• Engage patients in the first weeks of treatment and offer support based on shared experience
• Help patients build their own recovery plans and connect with recovery community organizations
• Facilitate peer support groups
• Follow up with patients who have missed visits, with encouragement and no judgment

Requirements
• Lived experience of recovery from a substance use disorder
• Maryland CPRS certification or eligibility
• Reliable transportation

Seniority level: Entry level
Employment type: Full-time
Job function: Health Care Provider
Industries: Mental Health Care
`,
    // the company's own services ("... is an outpatient addiction treatment program offering ...") are read by the
    // duty readers as the agency's (nameStartDescriptions), while the category still counts the population they name
  },
  {
    label: {
      id: 'ats3-03-indeed-not-required',
      kind: 'peer-posting',
      description: 'Indeed-style page: job details block (pay, type, benefits), full description with LE "preferred but not required".',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'preferred', specific: true },
      expected: [{ quote: '', family: 'lived-experience', note: 'only preferred', kind: 'not-required' }],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Peer Support Specialist
Sunrise Wellness Center
Tucson, AZ 85705

Job details
Pay: $18 - $20 an hour
Job type: Full-time
Benefits: Health insurance, Paid time off, 401(k)

Full job description
Sunrise Wellness Center provides outpatient mental health services to adults in Pima County.

The Peer Support Specialist helps members build on their strengths, set their own recovery goals, and connect with community resources and peer-run programs. You will lead wellness groups and meet members one-to-one.

Qualifications:
- Arizona peer support certification, or completion within 90 days of hire
- Lived experience with mental health recovery preferred but not required
- Valid fingerprint clearance card
`,
  },
  {
    label: {
      id: 'ats3-04-nurse-similar-jobs',
      kind: 'non-peer-posting',
      description: 'Trap: registered nurse ATS posting with a "Similar jobs" list of peer jobs at the bottom.',
      role: { isPeerRole: false, category: null },
      livedExperience: null,
      expected: [],
      mustNotFlag: [{ quote: 'administers medications', family: 'role', note: 'not a peer job' }],
      tolerated: [],
    },
    text: `Registered Nurse - Inpatient Psychiatry
Req #: 40218 | Location: Spokane, WA | Nights | $48.50 - $66.20 per hour

About Inland Health
Inland Health is a regional nonprofit health system serving eastern Washington.

Responsibilities
Provides nursing care to adults on the inpatient psychiatric unit; administers medications; completes nursing assessments; participates in treatment planning; de-escalates crises.

Qualifications
- Current Washington RN license
- BLS and crisis prevention training
- One year of psychiatric nursing experience preferred

Similar jobs
Peer Support Specialist - Outpatient | Spokane, WA
Recovery Coach - Emergency Department | Spokane Valley, WA
Mental Health Technician | Spokane, WA
`,
  },
  {
    label: {
      id: 'ats3-05-youth-eeo-family',
      kind: 'peer-posting',
      description:
        'Youth peer specialist ATS page; EEO statement with veteran status and a family-friendly benefits line (category traps).',
      role: { isPeerRole: true, category: 'youth' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Youth Peer Specialist
Job ID 6612 | Fresno, CA | Full time | $21.00 - $25.00/hour

Who we are
Central Valley Youth Partners serves young adults ages 16 to 25 with mental health challenges through drop-in centers and supported housing.

What you'll do
- Connect with young adults at the drop-in center and in the community
- Share your own experience to build trust and hope
- Help young adults set goals for school, work and wellbeing
- Co-lead our youth advisory group

What you bring
- Lived experience of mental health challenges as a young person (required)
- Ages 18 to 28
- California Medi-Cal Peer Support Specialist certification or willingness to obtain

Benefits: family medical coverage, paid parental leave, employee assistance program for you and your family.

Central Valley Youth Partners is an equal opportunity employer. We do not discriminate on the basis of race, religion, sex, disability, age, veteran status or family status.
`,
  },
  {
    label: {
      id: 'ats3-06-parent-partner',
      kind: 'peer-posting',
      description: 'ATS page for a parent peer support partner; LE raising a child with behavioral health needs.',
      role: { isPeerRole: true, category: 'parent-caregiver' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Parent Peer Support Partner
Req 2026-118 | Locations: Lansing, MI; Jackson, MI | Compensation: $21/hr

About Lakeshore Family Services
We have supported children and families in mid-Michigan for more than sixty years. Our programs include outpatient therapy, home-based services, foster care and family support.

Why join us: health insurance, 403(b), 20 days of paid time off, tuition assistance and a culture that values every voice.

The role
Parent Peer Support Partners walk alongside parents and caregivers of children receiving home-based mental health services. You will listen, share your own parenting journey, help parents prepare for school and treatment meetings when they ask, and lead a parent support group.

Requirements
- Must have lived experience raising a child with emotional or behavioral health needs
- Michigan Parent Support Partner certification within 12 months
- High school diploma or equivalent
`,
  },
  {
    label: {
      id: 'ats3-07-dei-paragraph',
      kind: 'peer-posting',
      description:
        'ATS page with a long DEI paragraph saying the org hires people with lived experience across all roles; LE required for this peer job.',
      role: { isPeerRole: true, category: 'general-peer' },
      livedExperience: { status: 'required', specific: true },
      expected: [],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `Our commitment to diversity, equity and inclusion
At Beacon Health Network, we believe our team should reflect the communities we serve. We hire people with lived experience across all of our roles, from the front desk to the boardroom, and we offer employee resource groups, pay equity reviews and inclusive benefits.

Job Title: Peer Support Specialist - Integrated Care
Location: Newark, NJ | Req: BH-5520 | Salary: $45,000 - $50,000

Position summary
The Peer Support Specialist joins an integrated primary and behavioral health team and supports patients with mental health or substance use challenges to reach their own goals.

Duties
- Offer one-to-one peer support and share your recovery story
- Help patients write their own wellness plans
- Connect patients with peer-run recovery centers and mutual aid

Qualifications
- Lived experience of recovery from a mental health or substance use condition is required
- New Jersey CPRS or ability to obtain within 12 months
`,
  },
  {
    label: {
      id: 'ats3-08-mentally-ill-intro',
      kind: 'peer-posting',
      description: 'ATS page whose company intro says "the mentally ill" and "suffer from"; peer job with LE required.',
      role: { isPeerRole: true, category: 'adult-mental-health' },
      livedExperience: { status: 'required', specific: true },
      expected: [
        { quote: 'the mentally ill', family: 'language', note: 'identity-first label' },
        { quote: 'suffer from', family: 'language', note: 'pity framing' },
      ],
      mustNotFlag: [],
      tolerated: [],
    },
    text: `About Evergreen Housing Alliance
For thirty years Evergreen has provided supportive housing for the mentally ill in the Pacific Northwest. Many of our tenants suffer from serious mental illness and have experienced long periods of homelessness.

Job ID: 771 | Location: Tacoma, WA | Full time | $22 - $25 per hour

Position: Peer Support Specialist
Support tenants in our housing programs to keep their homes and build lives they value. Share your own recovery experience, help tenants set their own goals, run a weekly tenant peer group and connect tenants with community supports.

Requirements
- Lived experience of recovery from a mental health condition
- Washington Certified Peer Counselor or ability to obtain within one year
`,
  },
]);

const COMPANY =
  'Northfield Health is a nonprofit network of clinics and housing programs. Our team members include nurses, therapists, peer specialists and administrators.\n\nWhy work here\n- Medical and dental coverage from day one\n- 403(b) with a 5% match\n\nReq ID: R-4410 | Locations: Akron, OH; Canton, OH\n\n';

describeKindRound('applicant tracking pages, first round', [
  [
    'the job introduced after the company by "The opportunity:" heads the page',
    `Northfield Health | Careers\n\n${COMPANY}The opportunity: Recovery Coach\nYou will meet people after an overdose, share your own recovery story and link them with mutual-aid meetings.\n\nPay: $19 - $23 per hour\n\nQualifications\n- Personal experience of recovery from a substance use disorder (required)`,
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'trap: "About the role:" with hours, not a name, leaves the title line',
    `Billing Specialist\n\n${COMPANY}About the role: full time, 40 hours a week\nSubmit claims, post payments and follow up on denials.\n\nPay: $21 - $25 per hour\n\nQualifications\n- Two years of medical billing experience`,
    'non-peer-posting',
    null,
  ],
  [
    "an employer's name that opens with a conference word is no document's title",
    `Summit Recovery Services - Job Details\n\nRequisition Number: 2231 | Full time | $20 - $24 per hour\n\nPeer Recovery Specialist\nShare your own recovery story with people in our outpatient program, help them plan their own recovery and lead a weekly peer group.\n\nRequirements\n- Lived experience of recovery from substance use (required)`,
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'trap: a peer summit stays a page about peer work',
    'Peer Support Summit 2026\n\nJoin peer specialists, recovery coaches and family partners from across the state for two days of workshops on peer supervision, ethics and career ladders.\n\nRegistration opens March 1. Early-bird tickets are $95.',
    'document',
    null,
  ],
]);

describeKindRound('applicant tracking pages, a line that introduces the job', [
  [
    'trap: a slogan after "About the job:" leaves the title line',
    'Peer Mentor\nRiverbend Recovery | $19 - $22 per hour | Full time\n\nAbout the job: Make A Difference Every Day\nMentor people in early recovery: share your own recovery story, help them set goals and go with them to mutual-aid meetings when they ask.\n\nRequirements\n- Lived experience of recovery from substance use (required)',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'trap: the hours after "The role:" leave the title line',
    'Peer Support Specialist\nLakeside Clinic | $20 per hour\n\nThe role: Full Time Permanent\nOffer one-to-one peer support to adults in our outpatient mental health clinic and lead a weekly wellness group.\n\nRequirements\n- Lived experience of mental health recovery (required)',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    "a level after the job's name still names it",
    'Brightwater Health | Careers\n\nBrightwater Health is a nonprofit network of clinics. Our staff include nurses, counselors and peer specialists.\n\nReq ID: 5521 | Full time\n\nThe opportunity: Recovery Coach II\nShare your own recovery story with people after an overdose and link them with mutual-aid meetings.\n\nPay: $21 - $24 per hour\n\nQualifications\n- Personal experience of recovery from a substance use disorder (required)',
    'peer-posting',
    'substance-use-recovery',
  ],
]);
