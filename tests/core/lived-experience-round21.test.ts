// Twenty-first round of fresh whole postings for the lived-experience judgment (see
// lived-experience-rounds.ts): markdown pages, a hospital's table with Required and Preferred columns,
// KSAs, labelled lines with no heading, capitals, two openings on one posting, supervisors, youth
// justice, sobriety dates, with traps (a job-description guide, a news story, a case manager); the
// table cases marked 'after the fixes' were written after the first run.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('twenty-first', [
  {
    name: 'markdown headings, Who you are, personal or family experience',
    text: "# Peer Navigator\n**Northwind Health Cooperative** · Portland, OR · $22.50/hr\n\n## The role\nWalk alongside members who are leaving the hospital and help them settle back into the community.\n\n## Who you are\n- You have personal or family experience with mental health or substance use challenges\n- You hold or can get a Traditional Health Worker certificate within 90 days\n- You have a valid driver's license\n\n## How to apply\nSend your resume to careers@northwind.example.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'pipe table with Required and Preferred columns, lived experience in the required column',
    text: 'Peer Recovery Specialist\nMercy Valley Hospital - Addiction Medicine\n\n| Qualification | Required | Preferred |\n|---|---|---|\n| Education | High school diploma or GED | Associate degree |\n| Lived experience | Personal recovery from a substance use disorder | |\n| Certification | CPRS within 12 months | |\n\nPay range: $20.10 - $26.40 per hour',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: "Knowledge, Skills and Abilities: the ability to use one's own lived experience, asked under a qualifications heading, asks for it (written as mentioned before the first run; read as the earlier rounds read 'must have the ability to share lived experience')",
    text: "Peer Specialist\nRivertown Behavioral Health · $18/hr\n\nKnowledge, Skills and Abilities\n- Ability to use one's own lived experience of mental health recovery to inspire hope\n- Knowledge of community resources\n- Skill in writing clear notes\n\nEducation/Experience\n- High school diploma or GED\n- One year of experience in human services",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience is not required, training provided',
    text: 'Peer Support Worker\nEastside Community Hub | $17/hr\n\nAbout the job\nGreet members, lead activities and help with our daily community meeting.\n\nRequirements\n- High school diploma\n- Lived experience is not required; we provide full training',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'Education/Experience label with lived experience as a requirement value',
    text: 'Recovery Coach\nHope Street Recovery | $18/hr\n\nDuties: lead recovery groups, meet one-on-one with participants and follow up after discharge.\nEducation: high school diploma or GED.\nExperience: personal lived experience of recovery from alcohol or drug addiction, at least one year.\nCertification: CRC or CPRS, or eligible within 6 months.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'ALL CAPS headings and a definition of who holds the job',
    text: "FAMILY SUPPORT PARTNER\nCHILDREN'S MENTAL HEALTH DIVISION - $19.40/HR\n\nPOSITION DESCRIPTION\nTHE FAMILY SUPPORT PARTNER POSITION IS HELD BY A PARENT OR CAREGIVER WHO HAS RAISED A CHILD WITH SERIOUS EMOTIONAL DISTURBANCE. THE PARTNER SUPPORTS OTHER FAMILIES THROUGH TEAM MEETINGS AND SCHOOL PLANNING.\n\nMINIMUM REQUIREMENTS\nHIGH SCHOOL DIPLOMA OR GED. VALID DRIVER'S LICENSE.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'two positions on one posting, each asking lived experience',
    text: 'Now hiring: Peer Specialists (2 openings)\nLakeview Crisis Services - $19/hr\n\nWe have two openings on our mobile crisis team, one for days and one for nights.\n\nRequirements for both positions\n- Lived experience of a mental health crisis and recovery\n- High school diploma\n- Ability to work weekends',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'personal experience with mental health challenges preferred, and a duties line about sharing',
    text: 'Peer Support Specialist\nSunny Hills Clubhouse | $16.50/hr\n\nResponsibilities\n- Share your recovery story when it may help a member\n- Work side by side with members in the clubhouse units\n\nQualifications\n- High school diploma or GED\n- Personal experience with mental health challenges preferred',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'supervisor of peers requiring lived experience',
    text: 'Peer Services Supervisor\nCompass Behavioral Health | $27/hr\n\nLead a team of six peer support specialists and provide weekly supervision.\n\nRequirements\n- Lived experience of recovery from mental illness or substance use\n- Three years of peer support work, including one year in a lead role\n- State peer certification',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'the team values lived experience, asked of no one',
    text: 'Peer Support Specialist\nWillow Creek Services | $17.75/hr\n\nAbout us\nOur team values lived experience and believes recovery is possible for everyone.\n\nDuties\n- Lead groups and meet with members one-on-one\n\nQualifications\n- High school diploma or GED\n- Current peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'young person with own experience in the juvenile justice system, definitional summary',
    text: "Youth Justice Peer Mentor\nTurning Point Youth Services | $18/hr\n\nThis role is open only to young adults (18-26) who have their own experience with the juvenile justice system.\n\nWhat you'll do\n- Mentor teens on probation\n- Go with them to school meetings and court dates when they ask",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'recovery coach: one year of sobriety or equivalent recovery experience',
    text: 'Peer Recovery Coach\nLighthouse Recovery Community Organization\n\nRequirements:\n- Minimum one year of continuous sobriety\n- Completion of a 46-hour recovery coach training\n- High school diploma or equivalent\n\n$18-20/hr. Full time.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: JD-writing guidance tells employers to require lived experience',
    text: 'How to Write a Peer Support Job Description\n\nA strong peer job description names lived experience as a minimum qualification, not a preference. Say what kind of experience the role needs, such as recovery from a mental health or substance use condition.\n\nTips\n- List lived experience under Minimum Qualifications\n- Avoid asking about diagnoses or treatment history\n- Describe duties that match the peer role',
    kind: 'about-peer-work',
  },
  {
    name: 'trap: news story about a hospital hiring peers',
    text: 'County Hospital Adds Peer Recovery Specialists to Its Emergency Department\n\nThe county hospital hired four peer recovery specialists this spring. Each of them is in long-term recovery from addiction, and they meet patients after an overdose.\n\n"They have been where our patients are," said the ED director. The program is funded by a state grant through 2028.',
    kind: 'about-peer-work',
  },
  {
    name: 'trap: non-peer case manager with lived experience a plus',
    text: "Case Manager - Housing First\nGateway Housing Partners | $45,000\n\nManage a caseload of 20 tenants, complete assessments and coordinate services.\n\nQualifications\n- Bachelor's degree in social work or a related field\n- Two years of case management experience\n- Lived experience of homelessness is a plus",
    kind: 'non-peer-posting',
  },
  {
    name: 'sober date label under Qualifications',
    text: 'Recovery Support Specialist\nNew Beginnings Recovery Center | $17/hr\n\nQualifications\n- High school diploma or GED\n- Sobriety date: at least two years ago\n- Peer recovery certification preferred',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'peer posting with no lived experience, shares of own story absent, only a training on sharing',
    text: 'Peer Support Specialist\nHorizon Peer Services | $18/hr\n\nDuties\n- Support members in reaching their goals\n- Attend training on trauma-informed care\n\nRequirements\n- High school diploma\n- Peer certification within a year',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'table (after the fixes): recovery only in the preferred column',
    text: 'Peer Support Specialist\nMercy Valley Hospital - $20.50/hr - Full time\n\n| Qualification | Required | Preferred |\n|---|---|---|\n| Education | High school diploma | Associate degree |\n| Lived experience | | Two years of recovery from a mental health or substance use condition |',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'table (after the fixes): the required cell of a time in recovery',
    text: 'Recovery Coach\nMercy Valley Hospital - $20.50/hr - Full time\n\n| Requirement | Required | Preferred |\n| Education | High school diploma | |\n| Recovery | 2 years of sobriety | 5 years of sobriety |',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'table (after the fixes): a table of services names the people served',
    text: 'Peer Support Specialist\nMercy Valley Hospital - $19/hr\n\n| Service | Who it is for |\n| Peer groups | Adults with lived experience of mental illness |\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
