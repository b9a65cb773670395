// Twentieth round of fresh whole postings for the lived-experience judgment (see
// lived-experience-rounds.ts): class specs, hospital sections, job-board copy with an invitation in the
// equal-opportunity block, nonprofits, informal posts, family, youth, sober living, forensic, substitutes
// and screening questions, with traps; the last three traps were written after the fixes.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('twentieth', [
  {
    name: 'county spec: special requirement to self-identify',
    text: 'BEHAVIORAL HEALTH PEER SPECIALIST\nBargaining Unit: 12   Salary: $24.10 - $29.30 hourly\n\nDEFINITION\nProvides recovery-oriented peer services to adults and transition-age youth in county clinics and in the community.\n\nKNOWLEDGE AND ABILITIES\nKnowledge of community resources; ability to build trusting relationships; ability to keep accurate records.\n\nEXPERIENCE AND TRAINING GUIDELINES\nAny combination equivalent to experience and training that would provide the required knowledge and abilities is qualifying. A typical way to obtain them would be one year of paid or volunteer work in a human services setting.\n\nSPECIAL REQUIREMENT\nMust self-identify as a person with lived experience of a mental health condition or a substance use disorder.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'hospital: Required Qualifications and Preferred Qualifications, recovery in the preferred list',
    text: 'Peer Support Specialist II - Behavioral Health Unit\nLakeside Regional Medical Center\nReq #88213 | Full Time | Day shift\n\nJob Summary\nThe Peer Support Specialist engages patients on the inpatient behavioral health unit and helps them plan for discharge.\n\nRequired Qualifications\n- High school diploma or GED\n- State Certified Peer Specialist credential\n- BLS within 30 days of hire\n\nPreferred Qualifications\n- At least two years of personal recovery from a mental health or substance use condition\n- Experience in an inpatient setting',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'job board: invitation in the EEO block',
    text: "Peer Recovery Specialist\nCrossroads Counseling Center · Akron, OH\n$19 - $21 an hour · Full-time · On-site\nApply now   Save   Report job\n\nAbout the job\nJoin our outpatient team supporting adults in early recovery. You'll run peer groups and check in with clients between appointments.\n\nWhat we need\n- Ohio Peer Recovery Supporter certificate\n- High school diploma or GED\n- Reliable transportation\n\nBenefits\n- 401(k) with match\n- Health insurance\n- Paid holidays\n\nCrossroads is an equal opportunity employer and does not discriminate on the basis of disability. We strongly encourage people in recovery from addiction to apply.\n\nShow more",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'nonprofit: Is this you? you know recovery from the inside',
    text: "Community Peer Supporter\nHarbor House Collective\n\nWe're a small peer-run nonprofit. Our supporters meet people in shelters, parks and libraries.\n\nIs this you?\n- You know recovery from the inside, your own or a family member's, from mental health or substance use challenges\n- You can keep clear boundaries\n- You have a high school diploma or GED\n\n$21/hour, full-time, health coverage. Send a resume and a few lines about yourself.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'informal harm reduction post: people who use or used drugs especially welcome',
    text: "Peer worker wanted - harm reduction drop-in (South End)\nWe're hiring a part-time peer worker to hand out supplies, talk with folks and help with the syringe exchange. People who use or have used drugs are especially welcome. $20/hr, 20 hrs/wk. Email jobs@southendhr.org.",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'family peer partner: must be a parent who has raised a child with challenges',
    text: "Family Peer Support Partner\nClearwater Youth & Family Services | $18.75/hour\n\nAbout the Program\nOur wraparound team serves children and teens with serious emotional challenges and their families.\n\nWhat You'll Do\n- Meet with parents and caregivers at home and in the community\n- Help families prepare for school and team meetings\n\nQualifications\n- Must be a parent or primary caregiver who has raised a child with emotional or behavioral challenges\n- High school diploma or GED\n- Family Peer credential or willingness to obtain within one year",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'youth: About you, your own experience as a young person',
    text: "Young Adult Peer Mentor\nBridges Youth Center - $18/hr - 30 hrs/week\n\nWhat you'll do\nMentor young adults ages 18-25 who are in our mental health and housing programs.\n\nAbout you\n- You are 18-25 and have your own experience with mental health services or foster care as a young person\n- You show up on time and follow through\n- You have a high school diploma or GED",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'sober living: 2+ years clean and sober',
    text: 'Recovery Coach - Sober Living Homes\nMust have 2+ years clean and sober.\nHelp residents with chores schedule, house meetings and rides to meetings. Be able to pass a background check.\n$16/hr plus housing. Call Dennis 555-0199.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'forensic: equivalent experience may be considered',
    text: 'Forensic Peer Mentor\nSecond Chance Partners | $19/hr\n\nDuties\n- Meet participants at the county jail before release\n- Help them get ID, housing and work after release\n\nQualifications\n- Lived experience with the criminal legal system; equivalent experience working with justice-involved people may be considered\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'in lieu of lived experience, two years of peer-run services',
    text: 'Peer Specialist\nBeacon Behavioral Health - $17.50/hr\n\nRequirements\n- Lived experience with mental illness is required. In lieu of lived experience, two years of work in peer-run services will be accepted.\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'job board application questions: are you in recovery, how many years',
    text: "Recovery Support Specialist\nPine Valley Treatment Center - Full-time - $18 an hour\n\nJob description\nSupport clients in our residential program with recovery groups, outings and check-ins.\n\nApplication questions\nAre you in recovery from a substance use disorder? Yes/No\nHow many years of continuous recovery do you have?\nDo you have a valid driver's license?",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'required, and must be willing to share it',
    text: 'Peer Support Specialist\nSummit Wellness - $18/hr\n\nQualifications\n- Lived experience with mental health recovery required; must be willing to share it appropriately with members\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: substance use counselor valuing personal recovery',
    text: 'Substance Use Counselor (CADC)\nNorthside Treatment Services | $48,000 - $55,000\n\nResponsibilities\n- Provide individual and group counseling\n- Complete assessments and treatment plans\n- Keep clinical records\n\nRequirements\n- CADC or LADC license\n- Two years of counseling experience\n- Personal recovery experience is valued',
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: program page describing peer staff',
    text: 'Peer Support at Hillside Clinic\n\nOur peer specialists are people with lived experience of mental illness who have been trained to support others. Peer services are free for Hillside clients.\n\nWhat can a peer specialist help with?\nSetting goals, finding housing, getting to appointments, and talking through what is hard.\n\nTo meet with a peer specialist, ask your therapist or call the front desk at 555-0120.',
    kind: 'about-peer-work',
  },
  {
    name: 'trap: state certification page requirements',
    text: 'Certified Peer Recovery Specialist (CPRS)\n\nWho can apply\nTo apply for the CPRS credential, you must self-identify as a person in recovery from a substance use or mental health condition, complete 46 hours of approved training, and pass the exam.\n\nFees\nApplication fee: $75. Renewal every two years: $50.\n\nHow to apply\nSubmit the online application with your training certificates.',
    kind: 'about-peer-work',
  },
  {
    name: 'definitional sentence in the summary: must be filled by a person with lived experience',
    text: "Peer Support Specialist\nGreenfield Community Mental Health | $17.80/hr\n\nPosition Summary\nThis is a designated peer position and must be filled by a person with lived experience of mental health or substance use recovery. The Peer Support Specialist helps members set and reach their own goals.\n\nQualifications\n- High school diploma or GED\n- Valid driver's license",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'parent partner: experience navigating the child-serving system as a parent is a plus',
    text: 'Parent Partner\nBright Futures Family Center | $17/hr\n\nResponsibilities\n- Support parents of children in our outpatient program\n- Lead a monthly parent support group\n\nQualifications\n- High school diploma\n- Personal experience navigating the child-serving system as a parent is a plus',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'youth: Lived experience label with a required value and kinds in brackets',
    text: 'Youth Peer Advocate\nRise Up Youth Services | $17/hr\n\nRequirements\nAge: 18 to 26\nLived experience: required (mental health, foster care, juvenile justice or homelessness as a youth)\nTraining: Youth Peer Advocate credential within 6 months',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'clean time label under Must haves',
    text: 'Peer Recovery Coach\nAnchor Recovery Community | $18/hr\n\nMust haves:\n- Clean time: 1 yr minimum\n- Ohio peer supporter certificate\n- Reliable car',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'class spec: lived experience only in the distinguishing characteristics',
    text: "MENTAL HEALTH PEER SPECIALIST\nMonthly Salary $3,650 - $4,480\n\nDISTINGUISHING CHARACTERISTICS\nIncumbents in this class use their own lived experience of mental health recovery to support clients.\n\nMINIMUM QUALIFICATIONS\nEducation: High school diploma or equivalent.\nExperience: One year of experience in a social services setting.\nLicense: Possession of a valid driver's license.",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'trap (after the fixes): people in recovery always welcome at the center names the people served',
    text: 'Peer Support Specialist\nOpen Door Recovery Center - $18/hr\n\nOpen Door is a recovery community center. People in recovery are always welcome at our center, day or night.\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap (after the fixes): a program length label is no time in recovery',
    text: 'Peer Recovery Coach\nPathways Program - $18/hr\n\nRequirements\n- Program length: 18 months\n- Recovery services: 2 years of work in a recovery program\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap (after the fixes): an invitation to apply for a non-peer job stays a non-peer job',
    text: 'Billing Specialist\nCornerstone Recovery - $21/hr\n\nSubmit claims, post payments and follow up on denials.\n\nRequirements\n- Two years of medical billing experience\n\nWe strongly encourage people in recovery to apply.',
    kind: 'non-peer-posting',
  },
]);
