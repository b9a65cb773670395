// First round of documents written for the document kind, peer detection and category
// (session 9): postings with and without title lines, job-board chrome, a civil-service class
// specification, volunteer roles, an internship, residential and navigator roles, community health
// workers, British, Australian and Canadian postings (pounds, dollars, an occupational requirement,
// an identified position), hospital postings with Required/Preferred tables and no pay; and pages
// about peer work (an explainer with a hiring line, a certification page, news, a toolkit, a report,
// a training call, a blog, a policy, a service definition, a careers page, search results). The
// expected judgment of each was written before the first run. First run: 53 of 58 documents
// (a skip link and a job board's 'Find salaries' read as the title; 'welcome but not required'
// made an intake coordinator a peer job; a search's own heading read as a description; a 'Become
// a Recovery Mentor' volunteer page read as a document; a job description template, which the
// team's convention reads as a posting, was labeled a document at first).
// The traps are the other jobs (a therapist, a case manager who would like lived experience, an
// overnight aide at a recovery residence, a billing specialist in a peer division, a peer review
// coordinator, an oncology patient navigator) and the pages about peer work.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    'jobboard-no-title',
    "Skip to main content\nSign in   Post a job   Find salaries\nSave job   Share\nNorthgate Behavioral Health\nDayton, OH 45402\n$18.75 - $21.00 an hour · Full-time\nEasy apply\nProfile insights\nHere's how the job qualifications align with your profile.\nFull job description\nNorthgate Behavioral Health is adding a peer to our outpatient adult team. You will walk beside adults who live with serious mental illness as they work toward the goals they set: finding a place to live, returning to work, reconnecting with family. You will share parts of your own recovery story when it helps, run two wellness groups each week, and help people speak up for themselves in treatment meetings.\nWhat you need\n- Personal experience of living with and recovering from a mental health condition\n- Ohio Peer Recovery Supporter certificate, or willing to earn it within 6 months\n- High school diploma or GED\nReport this job\nSimilar jobs\n",
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'hospital-table-recovery-coach',
    'Recovery Coach – Emergency Department Bridge Program\nMercy Valley Hospital\nDepartment: Addiction Medicine\nShift: Days, rotating weekends\nFTE: 1.0\n\nPosition Summary\nThe Recovery Coach meets patients in the emergency department after an overdose or an alcohol-related visit, offers hope from their own recovery, and helps them connect to treatment, mutual-aid meetings and recovery housing when they are ready. Follows up by phone for 90 days after discharge.\n\nQualifications\n| | Required | Preferred |\n|---|---|---|\n| Education | High school diploma or equivalent | Some college |\n| Experience | Personal lived experience of recovery from a substance use disorder, with at least 18 months in recovery | One year of work in a hospital or treatment setting |\n| Certification | None at hire | Certified Peer Recovery Coach (CPRC) |\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'uk-peer-worker',
    'Peer Support Worker\nHarbourside Mental Health NHS Trust\nBand 3 | £24,071 - £25,674 per annum | 37.5 hours per week | Permanent\n\nJob overview\nOur community recovery team is looking for a Peer Support Worker to join two other peer workers already in the service. You will offer one-to-one support to adults using secondary mental health services, drawing on your own experience of mental distress and recovery, and co-facilitate our Recovery College courses.\n\nMain duties of the job\n- Build trusting relationships with people using the service and support them to set their own recovery goals\n- Share your experience of recovery purposefully and safely\n- Help people find community groups, activities and networks\n\nPerson specification\nEssential: personal lived experience of mental health difficulties. Under Schedule 9, Part 1 of the Equality Act 2010 this is an occupational requirement of the post.\nDesirable: completion of a peer support training course.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'aus-lived-experience-worker',
    "Lived Experience Peer Worker – Adult Community Mental Health\nSouthern Coast Local Health District\nPermanent part-time, 0.6 FTE (45 hours per fortnight)\nHealth Professional Level 1: $72,440 - $86,918 per annum pro rata plus superannuation\n\nAbout the role\nThis is an identified Lived Experience position. You will work with adults living with severe and persistent mental illness in the community, offering hope and practical support from your own lived experience of mental health challenges and recovery.\n\nSelection criteria\n1. A personal lived experience of mental illness and recovery, and the ability to use it purposefully with consumers.\n2. Certificate IV in Mental Health Peer Work, or willingness to complete it.\n3. A current driver's licence.\n\nEnquiries: Sam Tran, Peer Work Coordinator, 02 5555 0192. Applications close 14 March.\n",
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'canada-harm-reduction',
    'Peer Outreach Worker (Harm Reduction)\nEastside Community Health Centre — Toronto, ON\nContract, 21 hours/week, $22.50/hour\n\nWe are looking for a person with lived or living experience of substance use to join our harm reduction outreach team. Working evening shifts with a nurse and another peer, you will hand out safer-use supplies, respond to overdoses with naloxone, and connect people who use drugs to housing, health care and treatment if and when they want it.\n\nYou bring:\n• Lived/living experience of drug use (required)\n• Knowledge of the downtown community and its services\n• Naloxone training (we will provide it)\n\nApplicants who identify as Indigenous, Black or racialized are encouraged to apply. Send a short note about yourself to jobs@eastsidechc.ca by January 20.\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'class-spec',
    "STATE OF NORTH PLAINS\nCLASS SPECIFICATION\n\nClass Title: PEER SPECIALIST II          Class Code: 4471\nPay Grade: 14 ($38,900 - $52,300)        FLSA: Non-exempt\n\nDEFINITION\nUnder general supervision, provides peer support services to adults receiving services in state-operated mental health programs, using the incumbent's own lived experience of mental illness and recovery to promote hope, self-determination and recovery.\n\nDISTINGUISHING CHARACTERISTICS\nThis is the journey level of the Peer Specialist series. Incumbents carry a full assignment of peer support work and may orient Peer Specialist I staff.\n\nEXAMPLES OF DUTIES\nHelps individuals identify personal recovery goals and develop wellness plans of their own choosing.\nFacilitates peer-led recovery groups.\nAssists individuals in advocating for themselves with treatment teams.\n\nMINIMUM QUALIFICATIONS\nSelf-identified as a current or former recipient of mental health services; high school diploma or GED; current certification as a Peer Specialist by the State of North Plains; and one year of experience as a Peer Specialist I.\n",
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'volunteer-peer-companion',
    "Volunteer Opportunity: Peer Companion\n\nHave you come through a hard time with your mental health? Our hospital's Peer Companion volunteers visit patients on the adult inpatient psychiatric unit to listen, play cards, and show that recovery happens.\n\nWhat volunteers do\n- Visit the unit one afternoon a week for a 3-hour shift\n- Offer conversation and encouragement drawn from your own recovery\n- Attend monthly volunteer support meetings\n\nWhat we ask\n- Lived experience of a mental health condition and at least one year since your last hospital stay\n- Complete our 12-hour volunteer orientation and a background check\n- A commitment of at least six months\n\nTo apply, fill out the volunteer application at stcatherine.org/volunteer or call Volunteer Services at 555-0144.\n",
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'peer-intern',
    "Peer Support Internship (Spring Semester)\n\nBridgeway Recovery Center offers a 12-week internship for people in recovery from addiction who want to become recovery coaches. Interns shadow our certified coaches, co-lead a weekly recovery group, and complete the 46 supervised hours needed for the state's peer recovery credential.\n\nStipend: $1,500 for the semester. Schedule: 16 hours per week, flexible.\n\nWho should apply\n- You are in recovery from a substance use disorder, at least one year\n- You have finished, or are enrolled in, the state's recovery coach training\n\nHow to apply: email a short letter about why you want to do this work to internships@bridgewayrc.org.\n",
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'house-manager',
    "House Manager – Men's Sober Living Residence\nSecond Wind Homes | Live-in position, free room plus $1,200/month\n\nSecond Wind Homes is seeking a live-in House Manager for a 10-bed men's sober living home. The House Manager enforces house rules and curfew, conducts random drug and alcohol tests, collects weekly rent, keeps the house clean and in repair, and reports any relapse to the owner the same day.\n\nRequirements:\n- Minimum 2 years of continuous sobriety\n- Valid driver's license\n- Available evenings and weekends\n\nApply in person at 418 Elm Street, Monday through Friday.\n",
    'non-peer-posting',
    null,
  ],
  [
    'reentry-navigator',
    'Reentry Peer Navigator\nSecond Chance Collaborative\n$20 per hour, 40 hours/week, benefits\n\nThe Reentry Peer Navigator works with men and women coming home from county jail who live with a substance use disorder. Starting before release, you will meet people inside, help them plan for their first days out, and stay beside them as they connect with treatment, recovery meetings, ID, housing and work. You will use your own story of recovery and reentry to build trust.\n\nMust have personal experience of recovery from addiction. Justice involvement in your past is welcomed, not a barrier.\n\nApply online at secondchancecollab.org/careers.\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'chw-lived-exp',
    'Community Health Worker – Behavioral Health Integration\nLakeview Family Health Center | $19-$22/hr DOE | Full-time\n\nLakeview is hiring a Community Health Worker with lived experience of mental health recovery to work in our primary care clinic. You will meet patients who screen positive for depression or anxiety, listen to what they want, help them get to counseling appointments, connect them with food, housing and transportation resources, and share your own recovery when it helps someone feel less alone.\n\nMinimum qualifications\n- Lived experience of recovery from a mental health condition (required)\n- Bilingual English/Spanish strongly preferred\n- CHW certification within one year of hire\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'chw-diabetes',
    'Community Health Worker - Diabetes Prevention\nLakeview Family Health Center | $18/hr | Full-time\n\nThe Community Health Worker helps patients at risk of type 2 diabetes enroll in our lifestyle change program, makes reminder calls, visits patients at home to review meal plans, and links families to food pantries and WIC.\n\nQualifications\n- High school diploma or GED\n- One year of experience in community outreach\n- Knowledge of the Eastside neighborhood; Spanish a plus\n\nTo apply, send your resume to hr@lakeviewfhc.org.\n',
    'non-peer-posting',
    null,
  ],
  [
    'family-peer-advocate',
    "Family Peer Advocate\nChildren's Home of the Finger Lakes\n$20.00/hour – Full Time – Monday to Friday with some evenings\n\nAre you a parent who has raised a child with emotional or behavioral challenges? Our Family Peer Advocates use that experience to support other parents and caregivers whose children receive home-based services. You will help families understand the children's mental health system, prepare for school meetings, find respite and parent support groups, and feel less alone.\n\nRequirements\n• Lived experience as the parent or primary caregiver of a child with social, emotional, behavioral or mental health challenges\n• Family Peer Advocate credential (provisional accepted)\n• Valid driver's license and reliable car\n\nSend your resume and a brief cover letter to careers@chfl.org.\n",
    'peer-posting',
    'parent-caregiver',
  ],
  [
    'family-support-adults',
    "Family Support Specialist\nBay Area Alliance on Mental Illness – Full-time, $26/hour\n\nThe Family Support Specialist supports relatives of adults living with serious mental illness, such as schizophrenia and bipolar disorder. You'll answer our family helpline, lead the eight-week family education course, and help family members navigate hospitals, conservatorship questions and housing for their adult loved ones.\n\nYou must have lived experience as a family member of an adult with a serious mental health condition. Experience leading groups is helpful.\n\nApply at bayalliance.org/jobs by October 31.\n",
    'peer-posting',
    'family',
  ],
  [
    'youth-peer-advocate',
    'YOUTH PEER ADVOCATE (Ages 18-28)\nHudson Youth Services\nPart-time, 25 hrs/week, $19/hour\n\nHudson Youth Services is looking for a Youth Peer Advocate to support teens and young adults ages 14 to 24 who are involved in our mental health programs. You will mentor young people one-on-one, help them speak up in their own treatment meetings, and co-lead a weekly youth drop-in group.\n\nYou are: between 18 and 28 years old, with your own experience as a young person in the mental health, foster care or juvenile justice system; ready to share your story to help others. YPA credential preferred; we will train you.\n\nEmail us at jobs@hudsonyouth.org with "YPA" in the subject line.\n',
    'peer-posting',
    'youth',
  ],
  [
    'act-team-peer',
    'Job Title: Peer Specialist, ACT Team\nDepartment: Assertive Community Treatment\nReports To: ACT Team Leader\nStatus: Full Time, Non-Exempt\nSalary: $44,000 - $49,000\n\nSummary: As a member of a multidisciplinary ACT team, the Peer Specialist promotes recovery, self-advocacy and community living for adults with serious and persistent mental illness who have had frequent hospital stays.\n\nEssential Functions:\n1. Shares own recovery experience to inspire hope.\n2. Coaches participants in developing wellness recovery action plans.\n3. Accompanies participants to community activities and appointments at their request.\n4. Helps participants build natural supports.\n\nMinimum Qualifications: High school diploma; lived experience of a psychiatric disability and recovery; state peer certification within 12 months.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'otp-peer',
    'Certified Peer Recovery Specialist – Opioid Treatment Program\nKeystone Treatment Centers | Allentown, PA\n$20.50/hour | 1st shift (5:30am - 2pm)\n\nPatients in our methadone and buprenorphine program benefit from someone who has been there. As our CPRS you will welcome new patients, help them set recovery goals, connect them to recovery housing and support meetings that fit them (including medication-friendly groups), and check in with people who miss doses to see how they are doing.\n\nRequirements\n- Certified Peer Recovery Specialist (PA Certification Board) or eligible within 90 days\n- Self-identified person in recovery from substance use, with at least 1 year of recovery\n- High school diploma/GED\n\nEOE\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'wellness-coach-both',
    'Peer Wellness Coach\nHorizon Integrated Care\nFull-time | $46,000/year\n\nHorizon is hiring a Peer Wellness Coach for our integrated clinic, where people get primary care, mental health care and addiction treatment under one roof. Coaches help people with mental health and substance use conditions set their own health goals, quit smoking, eat better, and manage chronic illness alongside their recovery.\n\nQualifications: lived experience of recovery from a mental health or substance use condition; peer certification or willingness to obtain it.\n\nHow to apply: horizonic.org/careers\n',
    'peer-posting',
    'general-peer',
  ],
  [
    'warmline',
    'Warmline Peer Operator (Part-Time, Evenings)\n\nPeer Voices Network runs a peer-run warmline for adults who want someone to talk to before things become a crisis. We are hiring two part-time operators to answer calls and texts on weekday evenings from 5 to 11 p.m.\n\nPay: $18 per hour, up to 24 hours per week.\n\nYou will need: your own lived experience of mental health challenges and recovery; comfort talking about your own journey; completion of our 30-hour warmline training (paid).\n\nApply by sending a few sentences about why this work matters to you to warmline@peervoices.org.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'peer-respite',
    'Peer Respite Support Staff\nOpen Door Respite House\n\nOpen Door is a voluntary, peer-run respite house where adults in emotional distress can stay for up to seven nights in a homelike setting instead of going to the hospital. Support staff are the heart of the house: they listen, cook meals together with guests, practice mutual support and help guests make sense of what is happening in their lives.\n\nAll staff must identify as having personal experience of psychiatric diagnosis, mental health crisis or trauma and recovery. Overnight and weekend shifts available; $21/hour plus a night differential.\n\nTo apply, email a resume and a short statement about why peer respite matters to you to hiring@opendoorrespite.org.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'veteran-peer',
    'Veteran Peer Mentor\nOperation Home Front – Clarksville, TN\n$42,000 - $46,000 annually, full benefits\n\nVeterans helping veterans. Operation Home Front pairs veterans who are struggling after service (with PTSD, depression or thoughts of suicide) with a mentor who has walked the same road. The Veteran Peer Mentor keeps a small group of mentees, meets them where they are, helps them get connected to VA and community mental health care on their terms, and leads a weekly peer support circle.\n\nRequired: honorably discharged veteran with personal experience of recovery from a mental health condition. Comfortable sharing your own story.\n\nApply at ophomefront.org/join.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'linkedin-rco',
    'Recovery Support Navigator\nRise Up Recovery Community Organization · Worcester, MA (On-site)\n1 week ago · Over 100 applicants\nPromoted by hirer · Responses managed off LinkedIn\nFull-time  Entry level\nApply   Save\n\nAbout the job\nRise Up is a recovery community center run by and for people in recovery from addiction. The Recovery Support Navigator staffs our drop-in center, welcomes members, helps people find the pathway to recovery that fits them (12-step, SMART, faith-based, medication, or their own), and runs our all-recovery meetings and social events.\n\nThe right person lives in recovery from a substance use disorder, knows the local recovery community, and is certified as a recovery coach (CARC) or ready to be. Pay range $21 to $23 per hour.\n\nShow more\nSet alert for similar jobs\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'peer-bridger',
    'Peer Bridger\nStatewide Mental Health Empowerment Project\nFull-time, $47,500, hybrid travel within the region\n\nPeer Bridgers build a bridge from the state psychiatric hospital back to the community. You will start meeting people on the ward weeks before discharge, help them plan the life they want on the outside, and stay with them for the first months at home.\n\nQualifications\n- Lived experience of psychiatric hospitalization or a serious mental health condition, and recovery\n- Certified Peer Specialist or willing to certify within 6 months\n- Ability to travel to the hospital and community sites\n\nSend a cover letter and resume to jobs@smhep.org.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'parent-partner-cw',
    'Parent Partner – Child Welfare\nPathways Family Services\n\nPathways is hiring Parent Partners for families whose children have been placed in foster care. A Parent Partner is a parent who has been through the child welfare system and got their kids back. You will mentor parents through their case plans, go with them to court and family team meetings if they want, and help them rebuild trust with their caseworkers.\n\nQualifications: personal experience as a parent whose children were removed and reunified; at least two years since your own case closed; high school diploma.\n\n$19.25/hr, 32-40 hours per week. Apply at pathwaysfamily.org/careers.\n',
    'peer-posting',
    'parent-caregiver',
  ],
  [
    'aod-lived-experience-au',
    'Lived Experience Worker – Alcohol and Other Drugs\nRiverina Community Services\nFull time, fixed term to 30 June | SCHADS Level 4, $43.18 per hour plus super\n\nApplications are encouraged from people with a lived experience of alcohol and other drug use and recovery. This is an identified position under section 12 of the Anti-Discrimination Act: applicants must have lived experience of problematic alcohol or drug use.\n\nThe Lived Experience Worker supports clients in our residential rehabilitation program, runs SMART Recovery groups, and helps residents plan their exit and connect with community supports.\n\nTo apply, address the key selection criteria in the position description and submit through our careers portal.\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'carer-peer-au',
    'Carer Peer Worker\nNorthern Mental Health Service\nPart time 0.5 FTE – $38.50/hr\n\nThe Carer Peer Worker draws on their own experience of caring for someone with a mental illness to support families, friends and carers of adults admitted to our acute inpatient unit. You will meet carers on the ward, explain what happens during an admission, include them in discharge planning, and link them to carer support groups.\n\nEssential: lived experience as a carer of a person living with mental illness.\n\nFor a position description, contact the Carer Consultant on 03 9555 1111. Applications close 2 May.\n',
    'peer-posting',
    'family',
  ],
  [
    'short-posting',
    'Peer Recovery Coach, PT, $18/hr\nSunrise Recovery House. 20 hrs/wk. Must be in recovery from alcohol or drugs (1 yr+). Help residents build recovery plans & get to meetings. Email jobs@sunrisehouse.org\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'peer-supervisor',
    'Peer Services Supervisor\nCrossroads Behavioral Health | Full-time | $58,000 - $64,000\n\nCrossroads is looking for a Peer Services Supervisor to lead our team of eight peer support specialists in adult outpatient and crisis services. You will provide weekly individual and group supervision grounded in peer values, coach staff on using their lived experience, and champion the peer role with clinical leadership.\n\nRequired\n- Personal lived experience of recovery from a mental health condition\n- At least three years of work as a certified peer specialist\n- Supervisory experience, or completion of a peer supervision training\n\nApply at crossroadsbh.org/careers.\n',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'therapist',
    "Outpatient Therapist (LCSW/LPC)\nCrossroads Behavioral Health\nFull-time | $62,000 - $70,000 | Hybrid\n\nCrossroads is seeking a licensed therapist for our adult outpatient clinic. You will carry a caseload of 60 clients, complete diagnostic assessments, write treatment plans and provide individual and group therapy using CBT and DBT. You will work closely with our peer support specialists and psychiatric providers.\n\nRequirements: Master's degree in social work or counseling; active LCSW, LPC or LMHC license; two years of post-master's experience.\n\nApply online at crossroadsbh.org/careers.\n",
    'non-peer-posting',
    null,
  ],
  [
    'case-manager-le-preferred',
    "Case Manager – Adult Mental Health\nValley Outreach Services\n$40,000 - $44,000 per year\n\nThe Case Manager coordinates services for a caseload of 30 adults with serious mental illness: completes needs assessments, writes service plans, monitors medication adherence, and arranges benefits, housing and psychiatric appointments.\n\nQualifications\n- Bachelor's degree in a human services field\n- One year of case management experience\n- Lived experience of mental health recovery is a plus\n\nSubmit your application at valleyoutreach.org/jobs.\n",
    'non-peer-posting',
    null,
  ],
  [
    'overnight-monitor',
    "Overnight Residential Aide\nNew Dawn Women's Recovery Residence\n$15.50/hour, 10pm - 8am, four nights a week\n\nNew Dawn needs an awake overnight aide for our 14-bed recovery residence. The aide checks every bedroom on the hour, logs residents in and out, watches residents take their evening medications and records it, collects observed urine samples when staff request one, and calls the on-call manager about any rule violation.\n\nApplicants must have at least one year of continuous sobriety. People in recovery are encouraged to apply.\n\nApply at the front desk or call 555-0177.\n",
    'non-peer-posting',
    null,
  ],
  [
    'bh-tech',
    'Behavioral Health Technician – Inpatient Psychiatry (Nights)\nSt. Brendan Regional Medical Center\n\nResponsibilities: observe patients on 15-minute checks, assist with admissions and searches, take vital signs, help patients with meals and hygiene, and assist nursing staff with de-escalation and restraint when needed.\n\nRequired: High school diploma; CPI or MANDT certification within 30 days; BLS.\nPreferred: one year in a psychiatric or residential setting.\n\nShift differential available. Equal Opportunity Employer.\n',
    'non-peer-posting',
    null,
  ],
  [
    'intake-coordinator',
    "Intake Coordinator\nBright Path Recovery Center\n\nBright Path is looking for an Intake Coordinator to be the first voice people hear when they call about treatment for alcohol or drug use. The Intake Coordinator answers calls, verifies insurance, schedules assessments, and makes sure every new patient's paperwork is complete before admission.\n\nWhat you'll need: two years of medical office or admissions experience, strong computer skills, and a calm manner on the phone. Personal recovery experience is welcome but not required.\n\nFull-time, $19/hour. Apply at brightpathrc.com/careers.\n",
    'non-peer-posting',
    null,
  ],
  [
    'billing-peer-division',
    "Billing Specialist – Peer Support Services\nUnity Behavioral Health Network\n$21/hour | Full-time\n\nUnity's Peer Support Services division is growing, and we need a Billing Specialist to keep it running. You will enter peer support service notes into the billing system, check that each note meets Medicaid documentation rules, submit claims, follow up on denials, and prepare monthly reports for the division director.\n\nRequirements: two years of medical billing; knowledge of Medicaid behavioral health billing; accuracy and attention to detail.\n\nApply at unitybhn.org/jobs.\n",
    'non-peer-posting',
    null,
  ],
  [
    'housing-navigator',
    "Housing Navigator\nCoastal Continuum of Care\n$23/hour · Full-time · Monday - Friday\n\nThe Housing Navigator helps people experiencing homelessness get into permanent housing: gathers documents, searches for units with clients, negotiates with landlords, completes housing applications and follows up for the first 90 days after move-in.\n\nQualifications: two years of experience in housing, homeless services or case management; valid driver's license; knowledge of fair housing law.\n\nTo apply, please send a resume to hr@coastalcoc.org.\n",
    'non-peer-posting',
    null,
  ],
  [
    'explainer-hiring-line',
    "What Does a Peer Support Specialist Do?\n\nA peer support specialist is someone who has lived through mental health or substance use challenges and is now trained to support others on the same road. Peer specialists do not diagnose or treat. Instead, they listen, share what helped them, and help people find their own path to recovery.\n\nWhere do peer specialists work?\nYou will find them in crisis centers, hospitals, clinics, recovery community centers and jails.\n\nHow is a peer different from a counselor?\nA counselor is trained in therapy. A peer brings the credibility of having been there.\n\nInterested in this work? We're hiring peer specialists in three counties. See our open positions on the Careers page.\n",
    'document',
    null,
  ],
  [
    'certification-page',
    'Certified Recovery Peer Advocate (CRPA)\n\nThe CRPA credential recognizes people who use their own recovery experience to help others. To become certified, applicants must:\n\n- Self-identify as a person in recovery from a substance use disorder\n- Complete 46 hours of approved training covering advocacy, mentoring, recovery support and ethics\n- Document 500 hours of paid or volunteer experience, with 25 hours of supervision\n- Pass the International Certification & Reciprocity Consortium peer recovery exam\n\nApplication fee: $100. The credential must be renewed every two years with 20 hours of continuing education.\n\nHow to apply: download the CRPA application packet below and mail it with your training certificates and fee.\n',
    'document',
    null,
  ],
  [
    'news-county',
    'County crisis team adds six peer specialists\n\nMarion County\'s mobile crisis team will now send a peer specialist on every call, county officials announced Tuesday.\n\nThe six new positions, paid $22 an hour, are filled by people with their own history of mental health crises. "When someone is at their lowest, seeing a person who has been there changes everything," said crisis program manager Dana Ortiz.\n\nThe county commission approved $480,000 for the positions last spring. Peer specialists will work alongside clinicians on every shift, and the county plans to hire four more next year.\n',
    'document',
    null,
  ],
  [
    'toolkit-sample',
    'Writing Job Descriptions for Peer Roles: A Guide for Employers\n\nMany agencies struggle to write a peer job description that reflects the role. This guide walks through each section and offers sample language.\n\n1. Title\nUse a title that names the peer role, such as "Peer Support Specialist" or "Recovery Coach." Avoid titles like "Aide" or "Technician."\n\n2. Minimum qualifications\nMake lived experience a requirement, not a preference. Sample language: "Applicants must have personal lived experience of recovery from a mental health condition."\n\n3. Duties\nList four to six core responsibilities drawn from the peer competencies, such as sharing recovery experience, supporting recovery planning and linking people to resources. Leave out duties that put peers in a monitoring role, like collecting drug screens.\n\n4. Pay\nState a pay range. Peer staff should be paid a living wage, at a level comparable to other paraprofessional staff.\n',
    'document',
    null,
  ],
  [
    'annual-report',
    'Peer Services Program — 2025 Annual Report\n\nIn 2025 our 14 peer support specialists and recovery coaches served 1,208 people across four counties, a 22% increase over 2024. Peer staff facilitated 610 groups and made 3,450 follow-up contacts after emergency department visits.\n\nHighlights\n- Launched a peer-staffed warmline, open seven evenings a week\n- Three peer staff were promoted to senior peer specialist positions\n- Average peer wage rose to $21.40 per hour\n\nLooking ahead, we plan to add a family peer advocate position and expand recovery coaching into two rural hospitals.\n',
    'document',
    null,
  ],
  [
    'training-registration',
    'Peer Specialist Core Training – Spring Cohort\n\nOur 80-hour core training prepares people with lived experience of mental health recovery to work as certified peer specialists. The training covers recovery principles, sharing your story with purpose, trauma-informed support, ethics and boundaries, and wellness planning.\n\nDates: March 3 – April 11, Tuesdays and Thursdays, 9 a.m. to 4 p.m.\nLocation: Online via Zoom\nTuition: $650 (scholarships available)\n\nWho should attend: adults with personal lived experience of a mental health condition who are working in, or want to work in, peer support.\n\nRegister by February 15 at peertraininginstitute.org/register.\n',
    'document',
    null,
  ],
  [
    'blog-first-year',
    "My First Year as a Recovery Coach\n\nA year ago this week I walked into the emergency department for my first shift as a recovery coach. Six years before that, I had been wheeled into the same hallway after an overdose.\n\nI was nervous. I didn't know what I could offer someone in that bed except my story. It turns out that was the whole job. People don't want a lecture at 3 a.m. They want someone who gets it.\n\nSome days were hard. I lost two people I had grown close to. My supervisor, who is also in recovery, helped me find my footing again.\n\nIf you're thinking about this work, here's what I'd tell you: take care of your own recovery first, and say yes to supervision.\n",
    'document',
    null,
  ],
  [
    'volunteer-mentor-page',
    'Become a Recovery Mentor\n\nRecovery Allies of Greene County matches volunteer mentors in long-term recovery with people leaving residential treatment. Mentors meet their mentee for coffee once a week, help them find meetings and sober activities, and are a phone call away on hard nights.\n\nWe ask mentors to have at least three years of recovery from alcohol or other drugs and to give us six months.\n\nInterested? Fill out the short mentor application at recoveryallies.org/mentor and we will call you to set up an interview.\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'faq-hospital',
    'Peer Support at Lakeside Hospital: Frequently Asked Questions\n\nWhat is a peer support specialist?\nA staff member with personal experience of mental health or substance use recovery who is trained to support patients.\n\nWill I have to see a peer specialist?\nNo. Meeting with a peer is always your choice.\n\nDo peer specialists see my medical records?\nPeer specialists document their own visits. They do not diagnose or prescribe.\n\nHow do I ask for a peer?\nTell your nurse or call the Peer Services office at 555-0100.\n',
    'document',
    null,
  ],
  [
    'supervision-policy',
    'Policy 7.14: Supervision of Peer Support Staff\nEffective date: July 1, 2026\nApplies to: all programs employing peer support specialists, recovery coaches and family peer advocates\n\nPurpose\nTo make sure peer staff receive supervision that supports the peer role and protects its values.\n\nPolicy\n1. Each peer staff member will receive at least one hour of individual supervision every two weeks from a supervisor trained in peer supervision.\n2. Supervisors will not assign peer staff duties listed in Appendix B (for example, collecting urine samples, monitoring medication, or transporting clients as a primary duty).\n3. Peer staff will have access to monthly peer-only group supervision.\n\nResponsibilities\nProgram directors are responsible for carrying out this policy. Human Resources will include the peer supervision standard in supervisor orientation.\n',
    'document',
    null,
  ],
  [
    'job-search-results',
    "peer support jobs near Phoenix, AZ\n137 jobs\n\nPeer Support Specialist\nValleywise Behavioral Health · Phoenix, AZ\n$19.50 an hour · Full-time\nPosted 3 days ago\n\nRecovery Coach\nDesert Sun Recovery · Mesa, AZ\n$18 - $20 an hour\nPosted today\n\nFamily Support Partner\nArizona Children's Association · Tempe, AZ\nFull-time\nPosted 1 week ago\n\nPeer Navigator\nCommunity Bridges · Phoenix, AZ\n$21 an hour · Part-time\nEasily apply\n",
    'document',
    null,
  ],
  [
    'service-definition',
    "Peer Support Services — Service Definition\n\nService description\nPeer support services are delivered by a certified peer specialist who uses lived experience of recovery to help a member set and reach recovery goals. Services may be delivered individually or in groups.\n\nProvider qualifications\nThe peer specialist must be certified by the Department and supervised by a licensed practitioner or a certified peer supervisor.\n\nBilling\nHCPCS code H0038. One unit equals 15 minutes. Maximum of 16 units per day. Group services are billed with the HQ modifier.\n\nDocumentation\nEach contact must be documented with the member's goal, the intervention, and the member's response.\n",
    'document',
    null,
  ],
  [
    'careers-page',
    'Join Our Team\n\nAt Harbor Light Behavioral Health, people in recovery work side by side with nurses, counselors and doctors. We believe the people we hire should look like the people we serve.\n\nWhy work at Harbor Light?\n- Paid time off starting at 20 days a year\n- Tuition reimbursement and loan forgiveness\n- Free recovery coach training for any employee\n\nCurrent openings are posted on our job board. Sign up for job alerts to hear about new positions first.\n',
    'document',
    null,
  ],
  [
    'tip-sheet-supervisors',
    "Tip Sheet: Supporting Peer Staff in Clinical Teams\n\nPeer staff bring something no other team member can. These tips help clinical supervisors and team leaders make the most of it.\n\n- Ask peers what they need. Don't assume.\n- Protect the peer role from drift: a peer who is asked to take urine samples or chart medication compliance is no longer doing peer work.\n- Include peers in team meetings as full members.\n- Budget for peer supervision and continuing education.\n- Pay peers fairly. A living wage says the work is valued.\n",
    'document',
    null,
  ],
  [
    'program-page-hiring',
    "Our Family Partner Program\n\nWhen a child struggles with their mental health, the whole family feels it. Our Family Partners are parents who have raised children with emotional and behavioral challenges themselves. They meet families at home, help them understand services, and go with them to school meetings.\n\nFamilies can ask for a Family Partner through their child's therapist or by calling 555-0199. The service is free.\n\nThe program is funded by the county's Children's Mental Health Initiative and served 340 families last year.\n",
    'document',
    null,
  ],
  [
    'hospital-req-pref',
    "Peer Support Specialist - Psychiatric Emergency Services\nJob ID: 88213 | Location: Riverbend University Hospital | Schedule: Full time, 12-hour shifts\n\nSummary\nSupports adults in the psychiatric emergency department by offering hope, listening without judgment, and helping people understand their options and speak up for what they want while they wait for evaluation.\n\nResponsibilities\n- Engage patients in conversation and offer support drawn from personal recovery\n- Help patients connect with community supports and follow-up services at discharge\n- Participate in team huddles as the voice of the patient's preferences\n\nRequired Qualifications\n- Lived experience of a mental health condition and recovery\n- High school diploma or GED\n- State Certified Peer Specialist within 6 months of hire\n\nPreferred Qualifications\n- Experience working in a hospital or crisis setting\n",
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'workday-family-peer',
    'Apply\nlocations\nSpringfield Main Campus\ntime type\nFull time\nposted on\nPosted 5 Days Ago\njob requisition id\nR-10472\n\nWe are seeking a Certified Family Peer Specialist to join our Child and Adolescent Services team. In this role you will partner with parents and caregivers of children and teens with serious emotional disturbance, offering support that comes from your own experience of raising a child with mental health needs. You will help families set goals, prepare for IEP and treatment meetings, and build connections with other parents.\n\nRequired: lived experience as a parent or caregiver of a child with emotional, behavioral or mental health challenges; Family Peer Specialist certification or eligibility.\n\nPay range: $20.10 - $24.60 per hour\n',
    'peer-posting',
    'parent-caregiver',
  ],
  [
    'uk-drug-alcohol',
    'Lived Experience Recovery Worker\nNorthshire Drug and Alcohol Recovery Service\n£23,500 per annum, full time (37 hours), permanent\n\nNorthshire is a partnership of NHS and voluntary sector services supporting adults affected by drug and alcohol use. We are looking for a Lived Experience Recovery Worker to run our recovery café and peer mentor programme, support people through detox and rehab, and help them build connections in the recovery community.\n\nAbout you\nYou will have personal experience of recovery from drug or alcohol dependency, ideally with at least two years of stable recovery. Because of the nature of the role, lived experience of substance use is an occupational requirement under the Equality Act 2010.\n\nClosing date: 12 May. Interviews will be held the week of 19 May.\n',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'canada-youth-hub',
    'Peer Support Worker – Youth Wellness Hub\nNorthern Lights Youth Services | Sudbury, Ontario\nPermanent part-time (22.5 hours/week) | $24.80 - $27.15 per hour\n\nThe Youth Wellness Hub is a drop-in space where young people ages 12 to 25 can get mental health, substance use, primary care and employment support in one place, without a referral. As a Peer Support Worker you will greet youth when they arrive, talk with them about what they need, and share your own experience as a young person who has struggled with mental health or substance use.\n\nQualifications:\n- Lived experience of mental health and/or substance use challenges as a youth or young adult\n- Aged 18 to 29\n- Completion of a peer support training, or willingness to complete one\n\nPlease submit your cover letter and resume through our careers portal by June 5.\n',
    'peer-posting',
    'youth',
  ],
  [
    'peer-review-coordinator',
    "Peer Review Coordinator\nMedical Staff Office – Lakeshore Health System\nFull-time, $28 - $33/hour\n\nThe Peer Review Coordinator supports the medical staff's peer review process: assigns cases to physician reviewers, tracks review timelines, prepares case summaries for committee meetings, and keeps confidential records of quality findings.\n\nQualifications: Associate degree; three years of experience in healthcare quality or medical staff services; CPMSM or CPHQ preferred.\n\nApply online at lakeshorehealth.org/careers.\n",
    'non-peer-posting',
    null,
  ],
  [
    'jd-template',
    "Peer Support Specialist Job Description Template\n\nUse this template to build a job description for a peer support role. Replace the text in brackets with your organization's details, and keep the lived experience requirement as written.\n\nJob title: [Peer Support Specialist / Recovery Coach]\nReports to: [Peer Supervisor or Program Director]\nPay range: [$ ____ to $ ____ per hour]\n\nSummary: [Describe what the role is for and whom it serves.]\n\nCore responsibilities: [List four to six, drawn from the peer competencies.]\n\nMinimum qualifications: Applicants must have personal lived experience of recovery from [a mental health condition / a substance use disorder].\n",
    'peer-posting',
    'general-peer',
  ],
  [
    'oncology-navigator',
    'Patient Navigator – Cancer Center\nSummit Regional Health | Full-time | $22.40 - $27.80/hour\n\nThe Patient Navigator guides newly diagnosed cancer patients through their care: explains the treatment plan in plain words, schedules appointments across departments, arranges rides and lodging, and connects patients with financial counseling and support groups.\n\nQualifications\n- Two years of patient-facing experience in a hospital or clinic\n- Knowledge of medical terminology\n- Personal experience as a cancer survivor or caregiver is valued\n\nApply at summitregional.org/jobs.\n',
    'non-peer-posting',
    null,
  ],
  [
    'family-peer-substance',
    'Family Peer Support Worker\nPrairie Addiction Services Society | Regina, SK\nFull-time | $25.60 an hour\n\nPrairie Addiction Services is seeking a Family Peer Support Worker for family members and friends of adults who use substances. You will lead our weekly family support group, meet one-on-one with parents, partners and siblings, share what helped your own family, and teach naloxone and CRAFT-based skills for staying connected to a loved one.\n\nWhat you bring: lived experience as the family member of an adult with a substance use problem; group facilitation skills; compassion without judgment.\n\nTo apply, email your resume to careers@prairieaddiction.ca.\n',
    'peer-posting',
    'family',
  ],
];

describeKindRound('first round of session 9', cases);
