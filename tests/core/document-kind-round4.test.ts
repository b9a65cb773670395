// Fourth round of documents for the document kind (session 11), written and decided before the
// first run: pages that are not a job offer but carry its words — a peer specialist's resume, a
// salary guide, a job board's alert email, board minutes, a course catalog, a news story with the
// pay, a request for proposals, a careers page listing openings and a new hire's post. First run:
// 7 of 9 (the salary guide and the alert email read as postings: a title that asks "How much do
// ..." names a document, and job cards one per line, "Recovery Coach - New Day Center -
// Springfield, OH - $17.50 an hour", list several jobs). A template for writing a job description
// read as a posting too; it stays one, as the real-world set labels such templates. Traps after:
// postings whose own lines hold those words or shapes.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    "a peer specialist's resume",
    'Dana R. Whitfield\nCertified Peer Recovery Specialist | Toledo, OH | dana.whitfield@example.com | (419) 555-0182\n\nSummary\nPeer recovery specialist with six years of lived experience in long-term recovery from opioid use disorder and four years of paid peer work in outpatient and jail-based programs. I use my own story to build hope and help people find their own path.\n\nExperience\nPeer Recovery Specialist, Maumee Valley Recovery Services, 2021-present\n- Carry a caseload of 18 participants in medication for opioid use disorder\n- Lead a weekly all-recovery group\n- Connect people to housing, ID and transportation\n\nPeer Mentor (volunteer), Lucas County Jail Reentry Pod, 2019-2021\n- Met with people before release to plan their first week home\n\nEducation and credentials\nOhio Peer Recovery Supporter certification, 2019\nHigh school diploma, Rogers High School\n\nSkills\nMotivational interviewing, naloxone training, WRAP facilitation, Spanish (conversational)',
    'document',
    null,
  ],
  [
    'a salary guide titled with a question, with pay, hours and benefits named',
    'How Much Do Peer Support Specialists Make in 2026?\n\nPay for peer support specialists varies widely by state and setting. Across the job postings we reviewed this year, the typical hourly rate was $18 to $23, with hospital and state jobs paying toward the top of the range and small nonprofits toward the bottom.\n\nFull-time roles usually come with health insurance and paid time off; part-time and per diem roles often do not. Certified peers earn about $1.50 more per hour than peers who have not yet passed their state exam.\n\nTips for negotiating\n- Ask whether the agency has a peer career ladder and what the next step pays.\n- Ask whether supervision is given by someone who has done peer work.\n- Compare the benefits, not just the hourly rate.\n\nLooking for a job? Browse peer support openings near you on our job board.',
    'document',
    null,
  ],
  [
    "a job board's alert email listing four peer jobs",
    'Your daily job alert: 4 new jobs for "peer support"\n\nPeer Support Specialist - Crestview Behavioral Health - Dayton, OH - $19.00 an hour - Posted today\nRecovery Coach (Part-time) - New Day Recovery Center - Springfield, OH - $17.50 an hour - Posted 1 day ago\nFamily Peer Advocate - Children\'s Alliance of Ohio - Columbus, OH - Posted 2 days ago\nYouth Peer Mentor - Bright Futures Youth Services - Kettering, OH - $16 - $18 an hour - Posted 3 days ago\n\nSee all jobs | Edit this alert | Unsubscribe\nYou are receiving this email because you created a job alert. Apply with one click using your saved resume.',
    'document',
    null,
  ],
  [
    'board minutes that mention two peer positions',
    "Harbor County Behavioral Health Board - Regular Meeting Minutes, March 12\n\nPresent: J. Alvarez (chair), M. Chen, R. Okafor, T. Price. Staff: Director L. Morgan.\n\n1. Call to order at 6:02 pm.\n2. Approval of February minutes: moved by Chen, seconded by Price, approved 4-0.\n3. Director's report: The peer respite opened its fourth bed in February. Two peer support specialist positions funded in the January budget amendment were posted on March 1; interviews are planned for early April. The director noted that both positions require lived experience of recovery.\n4. Public comment: A family member thanked the board for the new family peer program.\n5. Adjourned at 7:15 pm.",
    'document',
    null,
  ],
  [
    'a course catalog entry for peer training',
    "PEER 101: Foundations of Peer Support (40 hours)\n\nThis course prepares people with lived experience of mental health or substance use recovery to work as peer support specialists. It meets the state's training requirement for peer certification.\n\nTopics\n- The history of the consumer and recovery movements\n- Sharing your recovery story with purpose\n- Ethics, boundaries and self-care\n- Trauma-informed support\n- Documentation basics\n\nFormat: five Saturdays, 9 am to 5 pm, or online self-paced. Tuition: $350; scholarships are available. Next cohort starts January 10.\nRegister online by December 20.",
    'document',
    null,
  ],
  [
    'a news story about a county hiring peers, with the pay',
    'County Hires First Peer Specialists for Crisis Team\n\nBy Maria Lopez, Staff Writer\n\nMILLBROOK - Harbor County\'s mobile crisis team will add two peer support specialists this spring, the county announced Tuesday.\n\nThe new workers, who must have their own experience of recovery from a mental health condition, will ride along with clinicians on calls. "When someone is in crisis, it helps to see a face that has been there," said crisis director Ana Patel.\n\nThe positions pay $21.40 an hour and are posted on the county\'s careers website until March 31. The county expects to fill them by May.',
    'document',
    null,
  ],
  [
    'a request for proposals for peer services',
    'Request for Proposals 26-014: Peer Recovery Support Services\n\nThe Department seeks proposals from community organizations to deliver peer recovery support services in Regions 3 and 4.\n\nScope of services\nThe selected provider will hire at least four certified peer recovery specialists with lived experience of recovery from substance use disorder, provide them clinical and peer supervision, and offer recovery coaching to adults leaving residential treatment.\n\nProposals are due by 4:00 pm on May 2. Submit one electronic copy to the contracts office. Awards will be announced in June. The contract period is July 1 through June 30.',
    'document',
    null,
  ],
  [
    'a careers page listing several openings',
    'Careers at Lakeside Community Health\n\nJoin a team that believes everyone can recover. We offer competitive pay, health and dental insurance, a 403(b) match and paid training.\n\nCurrent openings\n- Peer Support Specialist (Adult Outpatient) - Full-time - Apply\n- Licensed Clinical Social Worker - Full-time - Apply\n- Medical Assistant - Part-time - Apply\n- Recovery Coach (Emergency Department) - Per diem - Apply\n\nLakeside Community Health is an equal opportunity employer.',
    'document',
    null,
  ],
  [
    "a new peer specialist's post about their job",
    "I'm so proud to share that I've started a new position as a Peer Support Specialist at Northgate Behavioral Health!\n\nFive years ago I was in a hospital bed wondering if anything would get better. Today I get to sit with people in that same place and tell them the truth: recovery is possible. Thank you to my sponsor, my family and everyone at the Peer Academy who believed in me.\n\nIf you have lived experience and want to turn it into a career, reach out. Northgate is hiring and I'm happy to talk about what the work is like.\n#peersupport #recovery #mentalhealth",
    'document',
    null,
  ],
  [
    'trap: a posting whose page ends with a job alert offer',
    'Peer Support Specialist\nCrestview Behavioral Health | Dayton, OH | $19.00 an hour | Full-time\n\nWalk beside adults in outpatient care as they work toward the goals they choose, lead a weekly wellness group and share your own recovery story when it helps.\n\nRequirements\n- Lived experience of recovery from a mental health condition\n- Ohio peer certification within a year of hire\n\nApply now\nGet a job alert for similar jobs near Dayton.',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'trap: a posting that says how much the job pays in its own words',
    'Recovery Coach\nNew Day Recovery Center | Springfield, OH\n\nHow much it pays: $17.50 an hour, part-time, 24 hours a week.\n\nCoach people in early recovery from addiction toward the goals they set, run a peer support meeting and help with rides to meetings when people ask.\n\nYou need at least two years of your own recovery from a substance use disorder.',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'trap: a posting headed by a one-line card, with similar jobs as one-line cards below it',
    'Peer Support Specialist - Crestview Behavioral Health - Dayton, OH - $19.00 an hour\n\nWalk beside adults in outpatient care as they work toward the goals they choose, lead a weekly wellness group and share your own recovery story when it helps.\n\nRequirements\n- Lived experience of recovery from a mental health condition\n- Ohio peer certification within a year of hire\n\nSimilar jobs\nRecovery Coach - New Day Recovery Center - Springfield, OH - $17.50 an hour\nCase Manager - Miami Valley Services - Dayton, OH - $20 an hour',
    'peer-posting',
    'adult-mental-health',
  ],
];

describeKindRound("round 4: pages with a job offer's words that offer no job", cases);
