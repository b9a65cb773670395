// Second round of documents written for the document kind, peer detection and category
// (session 9), after the first round's changes, expected judgments written before the first run:
// the population deciding the category against the title (a recovery coach in a mental health
// clubhouse, a family recovery specialist for parents of teens), shared and look-alike titles
// (a disaster recovery specialist, a college peer tutor, Head Start's family advocate, an
// after-school youth mentor, an MSW internship in a peer program), a civil-service exam bulletin,
// an internal position description, a posting with a board's "People also viewed" jobs under it,
// one with no title line, a classified ad in lower case, an AmeriCorps recovery corps term; and
// documents (a press release, a state rule, a career fair, a career overview, a newsletter with
// one job opening, a guide with a sample posting, a funding notice, a resume, an offer letter,
// interview questions, an evaluation form). First run: 28 of 30 (the corps member's living
// allowance was no mark of pay; the offer letter read as a posting). Then 13 postings for the
// category alone (co-occurring, perinatal, families of adults in a state hospital, juvenile
// justice, eating disorders, homelessness, LGBTQ+ youth, a pediatric emergency, families of
// people with addiction, veterans, a tribal recovery coach, first-episode psychosis, an agency for
// children whose job serves adults): 13 of 13 on the first run.
// Last, 10 more (a credential's page with 'Apply now' and a training fee, a class specification
// with no pay, news quoting a posting, an email blast, a Markdown posting, a peer title on
// clinical duties, a forum question about a job's pay, a training vendor's 'Become a ...', a
// posting under long benefits and equal-opportunity text, two peer jobs on one page): 7 of 10 on
// the first run (the credential page, the forum question and the two-job page read as postings),
// and one category miss (a peer title at a psychiatric hospital, no cue but the employer's name),
// fixed since: when nothing in the text says whom the job serves, the employer's name on the line
// under the title may (traps: an employer named 'Family ...' names no family role; the text's own
// population comes first; a civil-service class name under the title is a job's name, no employer's).
// Traps for this session's changes, written after them: one job offered twice (full-time and
// part-time) is one posting; a table of a report whose header names requirements is no posting; a
// certification page headed 'Become a ...' that speaks of volunteer hours and an application
// stays a document.
// A last 8 at the border of peer work (a recovery housing manager and a peer-run organization's
// director who must have lived experience, a treatment center's cook, an HIV peer educator, a
// street outreach peer with lived experience of homelessness, a crisis counselor, a peer services
// coordinator, a corporate wellness coach): 6 of 8 on the first run. The director reads as a peer
// job by the team's rule (a managing job that requires lived experience in peer words); the cook
// was kept with the known misses until a later round read it.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    'coach-mh-program',
    'Recovery Coach – Adult Mental Health Clubhouse\nBeacon House | $18.50/hour | 35 hours a week\n\nBeacon House is a clubhouse for adults living with serious mental illness. Our Recovery Coach works side by side with members in the work-ordered day, helps members set and pursue their own goals for work, school and housing, and shares their own recovery journey when it helps.\n\nRequirements: personal experience of living with a mental health condition; high school diploma or GED.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'peer-specialist-sud',
    "Peer Specialist\nClearwater Addiction Treatment Center\nFull-time | $19.75 an hour\n\nClearwater's residential program serves adults recovering from alcohol and opioid addiction. The Peer Specialist leads daily recovery groups, helps residents plan their first weeks after discharge, and introduces them to recovery meetings and sober supports in their home communities.\n\nQualifications\n• In recovery from a substance use disorder for at least 2 years\n• Peer Recovery Specialist certification, or able to obtain within 1 year\n",
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'parent-teens-sud',
    'Family Recovery Support Specialist\nTeen Recovery Program, Lakeshore Youth Services\n$21/hr, Full-time\n\nThis position supports parents and caregivers of teenagers (ages 13-18) in our adolescent substance use treatment program. You will meet with parents weekly, run a parent support group, and help families make sense of treatment and school options.\n\nMust have lived experience as the parent or caregiver of a young person who has struggled with substance use. Apply: careers@lakeshoreyouth.org\n',
    'peer-posting',
    'parent-caregiver',
  ],
  [
    'early-psychosis-youth',
    'Young Adult Peer Mentor — Early Psychosis Program\nCedar Ridge Health | Part-time 24 hrs/wk | $20.00 per hour\n\nOur early psychosis program serves young people ages 16 to 25 in the first years after a psychotic episode. The Young Adult Peer Mentor meets with participants in the community, shares their own experience of recovery as a young person, and helps participants return to school, work and friends.\n\nRequirements: age 18-30; lived experience of mental health challenges as a teen or young adult; willingness to share your story.\n',
    'peer-posting',
    'youth',
  ],
  [
    'crisis-unit-general',
    'Peer Support Specialist – Crisis Stabilization Unit\nTri-County Crisis Center | Nights | $20.40/hr\n\nThe Crisis Stabilization Unit offers short stays to adults in a mental health or substance use crisis. The Peer Support Specialist welcomes guests, listens, shares their own recovery story, and helps guests make a plan for the days after they leave.\n\nRequired: lived experience of recovery from a mental health and/or substance use condition. Peer certification within 6 months.\n',
    'peer-posting',
    'general-peer',
  ],
  [
    'it-recovery-specialist',
    "Disaster Recovery Specialist\nNorthwind Data Systems | $85,000 - $98,000\n\nNorthwind is looking for a Disaster Recovery Specialist to design, test and document recovery plans for our data centers. You will run quarterly failover tests, maintain backup systems, and coordinate with application owners on recovery time objectives.\n\nRequirements: Bachelor's degree in IT; 4 years of experience with backup and disaster recovery tools; CBCP a plus.\n",
    'non-peer-posting',
    null,
  ],
  [
    'peer-tutor',
    'Peer Tutor (Student Employment)\nHillcrest Community College – Learning Commons\n$15.25/hour, 8-15 hours per week\n\nPeer Tutors help fellow students in math, writing and science during drop-in hours and scheduled sessions. Tutors must be current students who earned an A or B in the course they tutor and who can explain concepts patiently.\n\nTo apply, complete the student employment application and attach a faculty recommendation.\n',
    'non-peer-posting',
    null,
  ],
  [
    'headstart-family-advocate',
    'Family Advocate\nSunshine Head Start | $17.80/hour | School year, 40 hrs/week\n\nThe Family Advocate builds relationships with enrolled families, completes family partnership agreements, tracks attendance, connects families with community resources such as food banks and medical homes, and plans monthly parent meetings.\n\nQualifications: Associate degree in early childhood, social work or a related field, or Family Development Credential within 18 months; bilingual Spanish preferred.\n',
    'non-peer-posting',
    null,
  ],
  [
    'youth-mentor-afterschool',
    'Youth Mentor – After School Program\nBoys & Girls Club of Westfield\nPart-time, $16/hour, Monday to Friday 2:30 - 6:30 pm\n\nYouth Mentors lead homework help, sports and art activities for kids ages 6 to 14, model positive behavior, and build caring relationships with members.\n\nRequirements: 18 or older; experience working with children; pass a background check. Apply at bgcwestfield.org/jobs.\n',
    'non-peer-posting',
    null,
  ],
  [
    'press-release-first-peers',
    'FOR IMMEDIATE RELEASE\n\nRiverside Medical Center Welcomes First Peer Recovery Coaches to Emergency Department\n\nRIVERSIDE, March 3 — Riverside Medical Center today announced that four peer recovery coaches have joined its emergency department staff. The coaches, each in long-term recovery from addiction, will meet patients after overdoses and alcohol-related visits and help them connect to treatment.\n\n"Our patients tell us it matters to talk with someone who has been there," said Dr. Alan Kim, chief of emergency medicine. The positions, paid $21 an hour, are funded by a two-year state opioid grant.\n\nMedia contact: Jenna Morales, 555-0123\n',
    'document',
    null,
  ],
  [
    'state-rule',
    'Section 14.220. Peer Support Specialist: qualifications and supervision.\n\n(a) A peer support specialist shall:\n(1) be at least 18 years of age;\n(2) self-identify as a person with lived experience of a mental health condition, a substance use disorder, or both;\n(3) hold a current certification issued by the Department under section 14.210.\n\n(b) A provider that employs a peer support specialist shall ensure that the specialist receives at least one hour of supervision per week from a qualified supervisor.\n\n(c) A peer support specialist may not provide services that require a clinical license.\n',
    'document',
    null,
  ],
  [
    'job-fair',
    'Behavioral Health Career Fair — Thursday, April 9, 10 am to 2 pm\nLincoln Community College Gym\n\nMore than 20 employers will be hiring on the spot, including:\n- Harbor Behavioral Health: peer support specialists, therapists, nurses\n- New Start Recovery: recovery coaches, house managers\n- County Crisis Services: crisis counselors, peer specialists\n\nBring copies of your resume and dress for an interview. Free parking in Lot C.\n',
    'document',
    null,
  ],
  [
    'career-overview',
    'Careers in Peer Support\n\nPeer support specialists use their own experience of recovery to help others. It is one of the fastest-growing jobs in behavioral health.\n\nTypical duties: leading support groups, helping people set recovery goals, connecting people to resources.\n\nEducation and training: most states require a high school diploma and a 40- to 80-hour certification training.\n\nPay: the median wage for peer specialists is about $19 an hour, with higher pay in hospitals and government agencies.\n\nJob outlook: employment of peer workers is projected to grow much faster than average over the next ten years.\n',
    'document',
    null,
  ],
  [
    'craigslist',
    'RECOVERY COACH NEEDED - PT - $17/HR (Eastside)\n\nsober living program looking for a recovery coach 3 days/wk. you need 2+ yrs clean & sober and be willing to take guys to meetings and help them w/ job search + recovery plans. CCAR training a plus. text mike 555-0166\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'civil-service-bulletin',
    'CITY OF GRANITE FALLS\nOPEN COMPETITIVE EXAMINATION\nPEER SPECIALIST\nExam No. 26-118    Salary: $47,212 - $58,903\nFinal filing date: May 15\n\nTHE POSITION\nPeer Specialists in the Department of Homeless Services engage adults living with mental illness in shelters and on the street, share their own recovery experience, and help people move toward housing and services of their own choosing.\n\nMINIMUM REQUIREMENTS\nCandidates must be current or former recipients of mental health services who self-identify as being in recovery, and must hold a State Peer Specialist certificate at the time of appointment.\n\nTHE TEST\nA multiple-choice test is given online. Candidates must score 70% to pass.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'older-adult-peer',
    'Certified Older Adult Peer Specialist\nGolden Years Behavioral Health | $42,000/year | Full time\n\nServing adults aged 60 and older living with depression, anxiety and other mental health conditions, the Older Adult Peer Specialist visits people at home and in senior centers, offers companionship and hope, and helps them stay connected to their communities.\n\nRequired: lived experience of recovery from a mental health condition; CPS or CPS-OA certification (or within 6 months).\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'newsletter-job-section',
    "Riverbend Recovery Network — Spring Newsletter\n\nFrom the Director\nIt has been a season of growth. Our recovery community center welcomed more than 900 visitors this quarter, and our all-recovery meeting now meets twice a week.\n\nMember Spotlight\nLong-time member Tasha R. celebrated five years in recovery in March and now volunteers at our front desk.\n\nJob Opening\nWe're hiring a part-time Recovery Coach ($19/hour, 20 hours a week). Email jobs@riverbendrn.org.\n\nUpcoming Events\nRecovery Month kickoff picnic – September 2.\n",
    'document',
    null,
  ],
  [
    'peer-posting-label-title',
    'Home > Careers > Current Openings\nPosition: Forensic Peer Specialist\nProgram: Jail Diversion\nLocation: Oak County Courthouse\nHours: 40/week\nRate: $22.10/hr\n\nAbout the position\nThe Forensic Peer Specialist supports adults with mental illness who are diverted from jail to treatment by the mental health court. Using personal experience of recovery and of the justice system, you will help participants attend court, connect to treatment they choose, and build a life outside the system.\n\nLived experience of mental health recovery is required; justice involvement is valued.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'similar-jobs-after',
    'Peer Support Specialist\nHarbor Behavioral Health - Portland, ME\n$20 - $23 an hour - Full-time\n\nHarbor is growing our outpatient peer team. As a Peer Support Specialist you will meet one-on-one with adults living with mental health conditions, help them build wellness plans in their own words, and co-facilitate a weekly hearing voices group.\n\nYou must have personal lived experience of a mental health condition and recovery, and be willing to share parts of your story.\n\nPeople also viewed\nOutpatient Therapist\nHarbor Behavioral Health - Portland, ME\n$60,000 - $70,000 a year\nCase Manager\nMaine Medical - Portland, ME\n$21 an hour\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'no-title-agency-line',
    "Crossroads Recovery Center\nWe need a part-time recovery coach for our weekend drop-in hours! You'd welcome people walking in, listen, share your own road to recovery, and help folks find meetings, housing leads and rides to treatment if they want them. Saturdays and Sundays, 10-4, $19 an hour. Must be in recovery from addiction yourself (at least a year). Stop by the front desk or email coach@crossroadsrc.org.\n",
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'internal-position-description',
    "POSITION DESCRIPTION\n\nTitle: Peer Recovery Specialist\nDepartment: Outpatient Substance Use Services\nReports to: Peer Services Supervisor\nFLSA status: Non-exempt\n\nPosition purpose\nProvides recovery support to adults receiving outpatient substance use treatment, drawing on the specialist's own recovery to build hope and connection.\n\nEssential functions\n1. Meets with participants to develop recovery plans the participant leads.\n2. Facilitates peer support groups.\n3. Links participants to recovery housing, mutual-aid groups and community resources.\n4. Documents services in the electronic record.\n\nMinimum qualifications\nLived experience of recovery from a substance use disorder; state peer recovery certification within one year of hire.\n",
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'howto-guide-with-sample',
    'How to Write a Peer Support Job Posting\n\nA good posting attracts people with lived experience and tells them the job is a real peer job. Here is what to include.\n\nStart with a clear title and a short summary. Then list what the person will do, and make lived experience a requirement.\n\nSample posting\nPeer Support Specialist, full-time, $21 an hour. Support adults in recovery from mental health conditions. Requirements: lived experience of mental health recovery. To apply, send a resume to hr@youragency.org.\n\nFinally, review the posting for stigmatizing language before you publish it.\n',
    'document',
    null,
  ],
  [
    'grant-notice',
    'Notice of Funding Availability: Peer Recovery Support Expansion\n\nThe State Office of Addiction Services will award up to $2.4 million to community organizations to hire and train peer recovery coaches in rural counties.\n\nEligible applicants: nonprofit organizations and tribal governments providing recovery support services.\n\nUse of funds: salaries for peer recovery coaches (at least $20 per hour), supervision, training and certification costs.\n\nApplications are due June 30. Awards will be announced in August. Submit proposals through the state grants portal.\n',
    'document',
    null,
  ],
  [
    'msw-intern',
    'MSW Internship – Peer Services Program\nHarbor Behavioral Health | Unpaid, 16-24 hours per week, September to May\n\nHarbor offers a field placement for second-year MSW students in our Peer Services Program. Interns conduct intake assessments, co-lead psychoeducation groups with clinicians, and complete a program evaluation project under the supervision of an LCSW.\n\nRequirements: enrolled in an accredited MSW program; school affiliation agreement in place.\n\nTo apply, send a resume and cover letter to the field education coordinator.\n',
    'non-peer-posting',
    null,
  ],
  [
    'recovery-corps',
    'Recovery Corps Member (AmeriCorps)\nGranite State Recovery Corps\nLiving allowance of $22,000 for an 11-month term, plus a $7,395 education award\n\nRecovery Corps members serve as recovery coaches in recovery community centers across the state. Members support people in or seeking recovery from substance use, lead all-recovery groups, and help people connect with housing, jobs and treatment.\n\nEligibility: 18 or older; in recovery from a substance use disorder yourself; able to commit to 1,700 service hours.\n\nApply through the AmeriCorps portal by July 1.\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'recovery-specialist-req',
    'Recovery Specialist\nBridgeport Treatment Services | $19/hr | Full-time\n\nThe Recovery Specialist works with men in our residential addiction treatment program: leads morning recovery groups, helps residents write their own aftercare plans, and walks with them to their first community meetings.\n\nMust be in recovery from alcohol or drug addiction for at least two years. Send your resume to jobs@bridgeporttx.org.\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'resume',
    'DANIEL OKAFOR\nCertified Peer Specialist | Columbus, OH | dokafor@email.com\n\nSUMMARY\nPeer support specialist with six years of experience helping adults with mental health conditions reach goals they choose. In recovery from bipolar disorder since 2014.\n\nEXPERIENCE\nPeer Support Specialist, Southside Behavioral Health, 2019 - present\n- Carry out one-on-one peer support and lead weekly WRAP groups\n- Helped launch a peer-run warmline\n\nWarmline Operator, Ohio Peer Network, 2017 - 2019\n\nCERTIFICATIONS\nOhio Peer Recovery Supporter; WRAP Facilitator\n',
    'document',
    null,
  ],
  [
    'offer-letter',
    'Dear Maria,\n\nWe are pleased to offer you the position of Peer Support Specialist at Lakeside Community Mental Health, starting Monday, June 2. Your starting pay will be $20.50 per hour, full-time, with benefits beginning on your first day.\n\nYou will report to Janelle Brooks, Peer Services Supervisor. Please sign and return this letter by May 20 to accept the offer.\n\nWe are excited to welcome you to the team.\n\nSincerely,\nTom Reyes\nHuman Resources Director\n',
    'document',
    null,
  ],
  [
    'interview-questions',
    "Interview Questions for Peer Support Specialist Candidates\n\nUse these questions with every candidate so that each has the same chance.\n\n1. What does recovery mean to you?\n2. Tell us about a time you shared part of your story to help someone. How did you decide what to share?\n3. How do you take care of your own wellness at work?\n4. A person you support tells you they stopped taking their medication. What would you do?\n5. What would you do if a team member asked you to report on a person's drug use?\n\nScoring: rate each answer from 1 (weak) to 5 (strong).\n",
    'document',
    null,
  ],
  [
    'eval-form',
    'Annual Performance Evaluation – Peer Support Staff\n\nEmployee name: ____________    Review period: ____________\nSupervisor: ____________\n\nRate each area: 1 = needs improvement, 2 = meets expectations, 3 = exceeds expectations\n\n1. Builds trusting, mutual relationships with the people served\n2. Shares lived experience purposefully and with good boundaries\n3. Supports person-directed recovery planning\n4. Works as a member of the team and uses supervision well\n\nGoals for next year: ______________________________________\nEmployee signature: ____________    Date: ________\n',
    'document',
    null,
  ],
  [
    'cooccurring',
    'Peer Support Specialist – Integrated Dual Diagnosis Team\nWestbrook Center | $20.25/hour | Full-time\n\nOur IDDT team serves adults with co-occurring mental health and substance use disorders. The Peer Support Specialist helps people set their own recovery goals, leads a dual recovery group, and shares their own story of recovery.\n\nRequired: lived experience of recovery from a mental health condition, a substance use disorder, or both.\n',
    'peer-posting',
    'general-peer',
  ],
  [
    'perinatal-coach',
    "Perinatal Recovery Coach\nMothers First Program, St. Jude Women's Health | $21/hr\n\nMothers First serves pregnant and parenting women with opioid use disorder. The Perinatal Recovery Coach meets moms during prenatal visits and after delivery, helps them stay connected to medication treatment and recovery supports, and brings hope from their own recovery.\n\nRequirements: woman in recovery from a substance use disorder, at least one year; lived experience of parenting in recovery preferred.\n",
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'family-state-hospital',
    "Family Peer Support Specialist\nEastern State Hospital | $45,600 annually\n\nThe Family Peer Support Specialist supports the families and loved ones of adults hospitalized at Eastern State Hospital. You will welcome families, explain the hospital's process in plain language, invite them to treatment meetings when the patient agrees, and connect them with family support groups in their home communities.\n\nMinimum qualifications: lived experience as a family member of an adult with a serious mental illness; Family Peer Support certification within 12 months.\n",
    'peer-posting',
    'family',
  ],
  [
    'juvenile-justice-youth',
    'Youth Peer Specialist – Juvenile Justice\nSecond Start Youth Programs | Part-time | $18/hr\n\nSecond Start works with young people ages 14 to 21 on probation in Franklin County. The Youth Peer Specialist mentors youth one-on-one, goes with them to court dates when they want company, and helps them reconnect with school and family.\n\nRequirements: 18-26 years old; your own experience in the juvenile justice system as a young person; willingness to talk about your journey.\n',
    'peer-posting',
    'youth',
  ],
  [
    'eating-disorder',
    "Peer Recovery Mentor – Eating Disorder Program\nHarmony Eating Disorder Center | $22/hour | 30 hours/week\n\nHarmony's outpatient program serves adults recovering from anorexia, bulimia and binge eating disorder. Peer Recovery Mentors share their own recovery, lead mealtime support and an evening process group, and help clients plan for life after treatment.\n\nRequired: personal recovery from an eating disorder, with at least two years of sustained recovery.\n",
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'homeless-smi',
    'Peer Outreach Specialist\nStreet Health Partnership | $44,000/year\n\nThe Peer Outreach Specialist joins our street outreach team serving people experiencing homelessness who live with serious mental illness. You will build trust over weeks and months, help people get identification, benefits and housing, and share your own experience of mental health recovery and housing instability.\n\nYou must have lived experience of mental illness and recovery; lived experience of homelessness is strongly preferred.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'lgbtq-youth',
    "Peer Support Worker – LGBTQ+ Youth Drop-In\nRainbow Harbor Youth Center | $19/hr | Evenings\n\nRainbow Harbor's drop-in center serves LGBTQ+ young people ages 13 to 24. Peer Support Workers welcome youth, run support groups on coming out, family conflict and mental health, and help young people find affirming counselors, housing and health care.\n\nYou are 18-26, identify as LGBTQ+, and have your own lived experience of mental health challenges as a young person.\n",
    'peer-posting',
    'youth',
  ],
  [
    'pediatric-er-parent',
    "Parent Peer Support Specialist – Pediatric Psychiatric Emergency\nChildren's Hospital of the Valley | $23.50/hour\n\nParents whose child is in a mental health crisis often arrive at our pediatric emergency department scared and alone. The Parent Peer Support Specialist sits with them, listens, explains what happens next, and helps them plan for their child's return home.\n\nMust be a parent or caregiver who has raised a child with mental health challenges and navigated crisis services.\n",
    'peer-posting',
    'parent-caregiver',
  ],
  [
    'families-addiction',
    "Family Recovery Coach\nHope Bridges Family Center | $20/hr | Full-time\n\nHope Bridges supports families affected by a loved one's addiction. The Family Recovery Coach meets with parents, spouses and adult children of people with substance use disorders, teaches CRAFT communication skills, leads a weekly family support group, and helps families care for themselves.\n\nRequirement: lived experience as a family member of someone with a substance use disorder.\n",
    'peer-posting',
    'family',
  ],
  [
    'veterans-both',
    'Veteran Peer Support Specialist\nFort Hale Veterans Outreach | GS-7 equivalent, $49,000\n\nThe Veteran Peer Support Specialist serves veterans living with PTSD, depression and substance use disorders in our outpatient program. You will lead peer groups, help veterans set recovery goals, and connect them to VA and community services.\n\nRequired: veteran status; lived experience of recovery from a mental health condition or substance use disorder.\n',
    'peer-posting',
    'general-peer',
  ],
  [
    'native-recovery-coach',
    'Native Recovery Coach\nThree Rivers Tribal Health | $22/hour | Full-time\n\nThree Rivers Tribal Health is hiring a Native Recovery Coach to walk alongside community members recovering from alcohol and drug use. The coach uses a culturally grounded approach: talking circles, the Wellbriety teachings, and connection to elders and ceremony, alongside one-on-one recovery coaching.\n\nQualifications: enrolled tribal member or descendant preferred; personal recovery from alcohol or drugs (two years); Recovery Coach Academy training or willing to attend.\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'fep-15-30',
    "Peer Specialist – Coordinated Specialty Care (First Episode Psychosis)\nNorth Star Clinic | $21.75/hr\n\nOur Coordinated Specialty Care team serves individuals ages 15 to 30 in their first two years after a psychotic episode. The Peer Specialist helps young people and their families understand what is happening, shares their own experience of recovery, and supports participants' goals for school, work and relationships.\n\nRequirements: lived experience of psychosis or another serious mental health condition; ideally diagnosed or treated as a young adult.\n",
    'peer-posting',
    'youth',
  ],
  [
    'agency-children-job-adults',
    'Peer Support Specialist\nLakeland Family Services | $19.80/hour | Full-time\n\nLakeland Family Services has served children, youth and families in Lake County for fifty years, with foster care, school-based counseling and family therapy.\n\nThe Peer Support Specialist works in our adult outpatient mental health clinic, helping adults living with depression, bipolar disorder and schizophrenia pursue the goals they choose, and leading a weekly WRAP group.\n\nLived experience of recovery from a mental health condition is required.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'cert-apply-now',
    'Certified Peer Support Specialist (CPSS) Credential\n\nReady to turn your recovery into a career? The CPSS credential shows employers you have the training and skills to do peer work.\n\nSteps to certification\n1. Complete the 40-hour CPSS training ($350).\n2. Complete 250 hours of supervised peer support, paid or volunteer.\n3. Pass the CPSS exam.\n\nApply now! Applications are reviewed within 30 days. Questions? Call the Certification Board at 555-0190.\n',
    'document',
    null,
  ],
  [
    'class-spec-no-pay',
    'PEER SUPPORT SPECIALIST\nClass Code 7140\n\nNature of Work\nThis is paraprofessional work providing peer support to adults with mental illness in county behavioral health programs. Employees in this class use their personal experience of recovery to help others identify and achieve their own recovery goals.\n\nExamples of Duties\nMeets with individuals to support recovery and wellness planning.\nLeads peer support and self-help groups.\nAssists individuals in finding and using community resources.\n\nMinimum Qualifications\nPersonal lived experience of a mental health condition and recovery; high school diploma or equivalent; State Certified Peer Specialist.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'news-posting-controversy',
    'Advocates object to county\'s "clean and sober" peer job ad\n\nA job posting from the Harlan County Health Department drew criticism this week from recovery advocates. The posting, for a peer recovery coach paid $15 an hour, required applicants to have "five years clean and sober" and a clean criminal record.\n\n"Those requirements shut out exactly the people who make the best coaches," said Devon Price of the Harlan Recovery Alliance.\n\nA county spokesperson said Friday the department would review the posting and reopen applications next month.\n',
    'document',
    null,
  ],
  [
    'email-blast',
    'Subject: Job Opportunity – Peer Specialist at Elm Street Wellness\n\nHi all,\n\nPlease share widely! Elm Street Wellness is hiring a full-time Peer Specialist for our adult wellness center ($20/hr plus benefits). The Peer Specialist runs wellness groups, meets with members one-on-one to support goals they choose, and helps members connect with housing and work.\n\nApplicants need lived experience of mental health recovery. Send a resume to Rosa at rosa@elmstreetwellness.org by Friday the 14th.\n\nThanks,\nRosa\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'markdown-posting',
    "## Recovery Support Peer – Opioid Bridge Clinic\n\n**Organization:** Lantern Health\n**Pay:** $22–$24/hour\n**Schedule:** Monday–Friday, 8:30–5\n\n### What you'll do\n- Welcome patients starting buprenorphine and help them feel at home in the clinic\n- Check in between visits by phone and text, at the patient's request\n- Connect patients with recovery groups, housing and benefits\n\n### What you need\n- Personal experience of recovery from opioid use disorder\n- Comfort sharing your recovery story\n",
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'forum-question',
    "Is $16/hr normal for a peer support job?\n\nHey everyone, I just got through my peer specialist certification and I'm looking at my first job. The posting says full-time, $16 an hour, no benefits for the first 90 days. It's at a residential treatment center about 40 minutes from me.\n\nIs that low? What are other people getting? I'm in Ohio. Thanks in advance, this community has helped me a lot.\n",
    'document',
    null,
  ],
  [
    'coach-training-vendor',
    'Become a Recovery Coach in 5 Days!\n\nOur nationally recognized Recovery Coach Academy gives you the skills to support people on their recovery journey. Learn motivational interviewing, ethics, recovery planning and cultural humility.\n\nNext cohort starts October 6. Tuition: $1,195, payment plans available. Earn 30 CEUs.\n\nEnroll today at coachacademy.example.com.\n',
    'document',
    null,
  ],
  [
    'long-boilerplate',
    'Certified Peer Specialist\nUnity Health Partners\nColumbia, SC\n\nUnity Health Partners is hiring a Certified Peer Specialist for our adult outpatient clinic. You will support adults living with mental health conditions as they pursue their own recovery goals, lead a weekly recovery group, and share your own story to build hope.\n\nRequirements: lived experience of mental health recovery; South Carolina CPS certification or ability to obtain within 6 months.\n\nBenefits: medical, dental and vision insurance; 403(b) with match; 18 days of paid time off; tuition assistance; employee assistance program for you and your family.\n\nUnity Health Partners is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status. We provide reasonable accommodation in the application process on request.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'two-peer-jobs',
    'Employment Opportunities\n\nPeer Support Specialist (Full-time)\nSupport adults in our outpatient clinic with their own recovery goals. $20/hour. Lived experience of mental health recovery required.\n\nYouth Peer Advocate (Part-time)\nMentor young people ages 14-21 in our youth program. $19/hour. Lived experience as a young person in the mental health system required.\n\nTo apply for either position, email careers@meridianbh.org.\n',
    'document',
    null,
  ],
  [
    'same-job-full-and-part-time',
    'Open Positions\n\nPeer Support Specialist (Full-time)\nSupport adults in our outpatient clinic as they work toward goals they choose, and lead a weekly recovery group. $20 an hour.\n\nPeer Support Specialist (Part-time)\nThe same role for 20 hours a week, evenings, at the same rate of pay and with the same team.\n\nFor both: lived experience of mental health recovery is required. To apply, email careers@elmparkbh.org.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'report-table-with-requirements-column',
    'Peer Workforce Survey 2026: What Counties Ask of Peer Staff\n\nWe asked eleven county behavioral health departments what they require of the peer specialists they employ.\n\n| County | Peer staff | Requirements |\n|---|---|---|\n| Adams | 14 | State certification within one year |\n| Baker | 6 | Lived experience and a high school diploma |\n\nMost counties require certification; only two pay for the training.\n',
    'document',
    null,
  ],
  [
    'become-certified-volunteer-hours',
    "Become a Peer Specialist\n\nThe state's Certified Peer Specialist credential is open to people with lived experience of mental health recovery. To become certified you must complete the 40-hour training, document 500 hours of paid or volunteer peer work, and pass the certification exam.\n\nTo apply, download the application packet and mail it to the Certification Board.\n",
    'document',
    null,
  ],
  [
    'recovery-housing-manager-req',
    "Recovery Housing Program Manager\nCornerstone Recovery Residences | $55,000 - $60,000\n\nThe Program Manager oversees three certified recovery residences: hires and supervises house staff, manages budgets and occupancy, ensures the homes meet state certification standards, and works with referral partners.\n\nRequirements: bachelor's degree or equivalent experience; 3 years of management experience; personal experience of long-term recovery from addiction required.\n",
    'non-peer-posting',
    null,
  ],
  [
    'peer-educator-hiv',
    'Peer Educator – HIV Prevention\nCommunity Health Alliance | $18/hour | Part-time\n\nThe Peer Educator runs outreach at community events, hands out condoms and testing information, and leads small-group workshops on HIV prevention for young adults.\n\nRequirements: 18-29; knowledge of the local LGBTQ+ community; comfortable talking about sexual health.\n',
    'non-peer-posting',
    null,
  ],
  [
    'lived-exp-homelessness-outreach',
    'Street Outreach Peer\nOpen Hands Coalition | $21/hour | Full-time\n\nOpen Hands is hiring a Street Outreach Peer to connect with people sleeping outside downtown. You will build trust, offer water and hygiene kits, help people get ID and benefits, and walk with them to shelter or housing appointments when they want.\n\nYou must have lived experience of homelessness. Lived experience of recovery from substance use or mental health challenges is also valued.\n',
    'peer-posting',
    'general-peer',
  ],
  [
    'crisis-counselor-le-preferred',
    "Crisis Counselor – 988 Lifeline\nNorthern Crisis Line | $23/hour | Overnight shifts\n\nCrisis Counselors answer 988 calls, chats and texts, assess suicide risk, develop safety plans with callers, and dispatch mobile crisis teams when needed.\n\nRequirements: bachelor's degree in a human services field or two years of crisis line experience; completion of our 80-hour training. Lived experience with mental health challenges is a plus.\n",
    'non-peer-posting',
    null,
  ],
  [
    'peer-program-coordinator',
    'Peer Services Coordinator\nHarborview Mental Health | $52,000/year\n\nThe Peer Services Coordinator coordinates our team of six peer support specialists: schedules peer staff across programs, provides day-to-day peer supervision, organizes monthly peer trainings, and carries a small group of people for one-on-one peer support.\n\nRequirements: lived experience of mental health recovery; Certified Peer Specialist; two years of peer support work.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'wellness-coach-corporate',
    "Wellness Coach\nFitLife Corporate Health | $48,000/year\n\nFitLife coaches employees of our client companies on nutrition, exercise, sleep and stress, runs lunch-and-learn sessions, and tracks participants' progress in our app.\n\nRequirements: NBC-HWC or ACE Health Coach certification; bachelor's degree in health or exercise science.\n",
    'non-peer-posting',
    null,
  ],
  [
    'peer-title-clinical',
    'Peer Support Specialist\nMeadowview Psychiatric Hospital | $17/hour | Nights\n\nThe Peer Support Specialist conducts admission assessments, administers medications under nurse supervision, monitors patients on one-to-one observation, collects urine drug screens, and completes restraint and seclusion documentation.\n\nRequirements: high school diploma; CPR; medication administration certification. Lived experience preferred.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'employer-name-family-word-no-category',
    'Peer Support Specialist\nFamily Health Partners | $19/hr\n\nThe Peer Support Specialist meets with people one-on-one, shares their own recovery story, and helps people set goals they choose. Lived experience of recovery required.\n',
    'peer-posting',
    'general-peer',
  ],
  [
    'employer-name-addiction',
    'Peer Support Specialist\nHope Addiction Recovery Center | $19/hr\n\nThe Peer Support Specialist meets with people one-on-one, shares their own recovery story, and helps people set goals they choose. Lived experience of recovery required.\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'employer-name-yields-to-text',
    'Peer Support Specialist\nHope Addiction Recovery Center | $19/hr\n\nThe Peer Support Specialist works in our adult mental health clinic with adults living with serious mental illness, sharing their own recovery story and helping people set goals they choose. Lived experience of mental health recovery required.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'class-name-under-title-names-no-employer',
    'Certified Peer Specialist\n(Mental Health Worker II)\nSalary: $41,200 - $52,800\n\nThe Certified Peer Specialist meets with people one-on-one, shares their own recovery story, and helps people set goals they choose.\n\nMinimum qualifications: lived experience of recovery; state peer certification.\n',
    'peer-posting',
    'general-peer',
  ],
];

describeKindRound('second round of session 9', cases);
