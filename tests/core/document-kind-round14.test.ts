// Fourteenth round of documents for the document kind (session 13): shapes met in an opened
// blind set (blind16), rewritten in our own words. A job board's chrome above the posting: its
// menu (sections set apart by two spaces), its buttons on lines of their own ("Apply now",
// "Save job") and the reader's search box ("What: peer   Where: ..."), none of which is the
// page's title or names its job; a program page under a breadcrumb trail; a British drug and
// alcohol service's "Recovery Worker", a case-holding job; a certification board's steps page
// (hours "supervised by" a certified peer are no reporting line; the credential named in three
// sentences weighs as two marks of a document). Traps: a peer recovery worker.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const BOARD =
  'Find jobs   Company reviews   Salary guide\nSign in   Employers / Post Job\nWhat: peer   Where: Mesa, AZ\nApply now\nSave job\nShare\n\n';

const cases: KindCase[] = [
  [
    'a technician\'s posting under a job board\'s chrome and a search for "peer"',
    `${BOARD}Behavioral Health Technician - Youth Residential\nDesert Sky Treatment Center - Mesa, AZ\n$17 - $19 an hour - Full-time\n\nResponsibilities\n- Conduct room checks on each shift\n- Escort residents to meals and school\n\nRequirements\n- High school diploma\n\nLived experience of recovery is welcome but not required.`,
    'non-peer-posting',
    null,
  ],
  [
    "a recovery coach's posting under a board's name, its menu set apart by two spaces, and its buttons",
    'Glassdoor\nJobs  Companies  Salaries  For Employers\nEasy Apply   Save\n\nRecovery Coach\nNew Leaf Recovery Community - Worcester, MA\n$21.00 - $23.00 Per Hour\n\nWe are hiring a Recovery Coach to meet people in recovery from substance use at our center and help them build the life they want.\n\nRequirements\n- Your own lived experience of recovery from a substance use disorder',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'a program page under a breadcrumb trail, with one line of hiring',
    'Home > Programs > Family Peer Support\nFamily Peer Support Program\n\nWhen someone you love lives with a mental health condition, you do not have to face it alone. Our Family Peer Specialists have been there too.\n\nWhat we offer\n- One-to-one support\n- Support groups twice a month\n\nCall 555-0100 to talk with us.\n\nInterested in joining our team? We are hiring a part-time Family Peer Specialist.',
    'document',
    null,
  ],
  [
    "a British drug and alcohol service's Recovery Worker holds a caseload",
    'Recovery Worker (Substance Misuse Service)\nNorthvale Pathways - Leeds\nSalary: GBP 25,500 per annum | 37.5 hours | Permanent\n\nAs a Recovery Worker you will hold a caseload of around 45 service users, complete assessments and write recovery care plans.\n\nPerson Specification\nEssential: Experience of working with people who use drugs and alcohol.\nDesirable: Lived experience of recovery.',
    'non-peer-posting',
    null,
  ],
  [
    'trap: a peer recovery worker in the same service',
    'Peer Recovery Worker\nNorthvale Pathways - Leeds\nSalary: GBP 23,000 per annum\n\nUse your own lived experience of recovery from drugs or alcohol to support people starting treatment, and run our mutual aid group.\n\nPerson Specification\nEssential: Lived experience of recovery from drug or alcohol use.',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'an "About Us" page of a recovery community that points to its careers page',
    'About Us - Cedar Hill Recovery Community\n\nCedar Hill is a recovery community organization started in 2015 by people in long-term recovery. We run a recovery center, a telephone support line and family support circles.\n\nWe believe there are many pathways to recovery.\n\nGet involved: volunteer or join a committee.\nNow hiring: Recovery Coach (full-time). Lived experience of recovery from substance use required. See Careers.',
    'document',
    null,
  ],
  [
    "a recovery community's programs page whose hiring line points to the posting",
    'Our Programs\n\nCedar Hill is a recovery community organization founded by people in recovery and their families.\n\nRecovery Coaching\nFree one-on-one coaching with trained peers who have lived it.\n\nFamily Circle\nA support group for family members of people with substance use challenges.\n\nWe are hiring! Cedar Hill is looking for two part-time recovery coaches. See the posting.',
    'document',
    null,
  ],
  [
    "a certification board's steps page, headed by the board's name",
    'Ridgeline Certification Board for Peer Professionals\nHome > Credentials > Certified Recovery Specialist > How to Apply\n\nCertified Recovery Specialist\nThe credential recognizes people who use their own recovery from substance use to support others.\n\nStep 1: Check your eligibility\n- At least 18 years old\n- Self-attest to personal lived experience of recovery\n\nStep 2: Gain supervised experience\nDocument 100 hours of experience. At least 25 hours must be supervised by a certified peer professional.\n\nStep 3: Submit your application\nUpload your certificates and the $125 application fee. Fee waivers are available.\n\nRenewal\nThe credential is valid for two years. Renew with 30 hours of continuing education.',
    'document',
    null,
  ],
  [
    'trap: a posting that names the credential in three sentences',
    'Peer Recovery Specialist\nLakeview Recovery Center | Full-time | $19 an hour\n\nWalk beside people in recovery from substance use and share your own story.\n\nRequirements\n- Your own lived experience of recovery from substance use\n- Must get certified within one year; we pay the application fee\n- Fee waivers for the exam are available through the state\n- The credential is valid for two years and we pay for renewal\n\nReports to the Peer Services Supervisor. Apply online.',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    "an NHS trust's page on its lived experience roles, pointing to the jobs site",
    'Lived Experience Roles at Eastmoor Mental Health NHS Trust\n\nAcross the Trust, more than 80 colleagues work in roles where lived experience of mental health difficulties is an essential requirement. They include Peer Support Workers, Carer Peer Support Workers and Lived Experience Practitioners.\n\nHow recruitment works\nOur adverts list lived experience as an essential criterion. You will never be asked for your diagnosis.\n\nCareer pathway\nFrom Peer Support Worker (Band 3) to Peer Support Lead (Band 6).\n\nCurrent vacancies\nSearch peer on NHS Jobs to see open posts.\n\nPage last reviewed: 3 March 2026',
    'document',
    null,
  ],
  [
    "a county case manager class whose qualifying experience may be a peer's",
    "COUNTY OF HARBOR BAY\nCase Manager II - Behavioral Health\nClass Code: 3318   Salary: $4,602 - $5,874 monthly\n\nDEFINITION\nUnder general supervision, provides case management services to adults with serious mental illness; maintains a caseload of about 20.\n\nMINIMUM QUALIFICATIONS\nBachelor's degree in social work or a related field and one year of case management experience. Experience as a peer support specialist is qualifying experience.\n\nApply online by the final filing date.",
    'non-peer-posting',
    null,
  ],
  [
    'an ATS page whose breadcrumb under the careers heading names the peer job',
    'Careers at Summit Integrated Health\nJob Details  >  Peer Navigator - Integrated Primary Care  >  Requisition 2026-1187\nApply   |   Refer a friend   |   Save\n\nAbout Summit Integrated Health\nSummit Integrated Health is a health center network serving 60,000 patients a year.\n\nPosition summary\nThe Peer Navigator works within the primary care team to engage patients with behavioral health needs and helps them set their own wellness goals.\n\nQualifications\n- High school diploma\n\nPay range: $20.40 - $25.10 hourly. Summit is an Equal Opportunity Employer.',
    'peer-posting',
    'general-peer',
  ],
  [
    'a posting with no title line for a specialist who serves as a peer role model for youth',
    'Eastside Youth Shelter is growing! We are hiring a Specialist I for our youth program (job code YP-1).\n\nThe Specialist I serves as a positive peer role model for youth ages 14-21 living in our shelter, and leads a weekly life skills group.\n\nRequirements: age 21 or older; high school diploma.\n\nPay: $17.00/hr.',
    'peer-posting',
    'youth',
  ],
  [
    'trap: a short board page whose "Apply now" button is how to apply',
    'Jobs   Salaries   Sign in\n\nPeer Recovery Coach\nHope House\nApply now\n\nWalk beside people in early recovery from substance use and share your own story.',
    'peer-posting',
    'substance-use-recovery',
  ],
];

describeKindRound('round 14: job board chrome, breadcrumbs and recovery workers', cases);
