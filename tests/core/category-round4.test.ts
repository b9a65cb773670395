// Fourth round of postings written for the role category (expected categories written before the
// first run): longer postings with an employer's boilerplate around the job (mission paragraphs,
// benefits, equal-opportunity statements, "similar jobs" lists) that name populations and
// conditions the job does not serve. First run: 9 of 12 (an agency's "mental health and substance
// use services" beside a job serving adults with serious mental illness read as general peer;
// "protected veteran status" and an employee assistance program's "mental health support" counted
// as whom the job serves; veterans with mental health conditions read as general peer).
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const EEO =
  'Equal Opportunity Employer\nWe are an equal opportunity employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.';
const BENEFITS =
  'Benefits\n- Medical, dental and vision insurance\n- Employee Assistance Program with free counseling and mental health support for you and your family\n- 403(b) retirement plan with match\n- Paid time off and 11 paid holidays';

const cases: CategoryCase[] = [
  [
    `Peer Support Specialist - Adult Recovery Services\nHillcrest Behavioral Health | Full-time | $21.00 - $23.50 per hour\n\nFounded in 1972, Hillcrest provides mental health and substance use services to more than 9,000 people a year across Dane and Marsh counties, from outpatient therapy to detox and residential treatment.\n\nAbout the role\nThe Peer Support Specialist joins our adult recovery services team, which serves adults living with serious mental illness such as schizophrenia and bipolar disorder. You will meet people in the community, lead wellness groups and help people build the life they want.\n\nResponsibilities\n- Meet with people one-on-one in their homes and in the community\n- Co-facilitate WRAP and hearing voices groups\n- Help people connect with housing, benefits and work\n\nQualifications\n- Lived experience of recovery from a mental health condition\n- High school diploma or GED\n\n${BENEFITS}\n\n${EEO}`,
    'adult-mental-health',
  ],
  [
    `Peer Recovery Coach - Emergency Department\nSt. Brendan Health System\nJob ID: 240117 | Per diem | $22/hr\n\nThe Peer Recovery Coach responds to patients in our emergency departments who have experienced an overdose or who ask for help with alcohol or drug use. Coaches offer naloxone, talk about treatment options, and make warm handoffs to community recovery supports.\n\nRequirements\n- At least two years of recovery from a substance use disorder\n- Recovery coach training completed or within 90 days of hire\n\n${BENEFITS}\n\n${EEO}`,
    'substance-use-recovery',
  ],
  [
    `Peer Support Specialist\nLakeshore Community Health Center (CCBHC)\n$45,000 - $49,000 a year\n\nWho we are\nLakeshore is a certified community behavioral health clinic serving the whole community.\n\nThe job\nThe Peer Support Specialist supports people living with mental health and substance use conditions as they work toward recovery, from their first visit through ongoing care. You will lead groups, meet people one-on-one and help them speak up in their care.\n\nWhat you need\n- Lived experience of recovery from mental health or substance use challenges\n- Willingness to share your story\n\n${EEO}`,
    'general-peer',
  ],
  [
    `Youth Peer Support Specialist\nBright Futures Family Services\n$19.00 an hour | 30 hours a week\n\nBright Futures has served children, adults and families in our region for 50 years, through counseling, foster care, adoption and community programs.\n\nThe Youth Peer Support Specialist mentors young people ages 14 to 21 in our outpatient program and helps them speak up for themselves at school and in treatment.\n\nQualifications\n- Between 18 and 26 years old, with lived experience of receiving mental health or foster care services as a young person\n\n${BENEFITS}`,
    'youth',
  ],
  [
    `Peer Recovery Specialist\nPosted 5 days ago | 14 applicants | Apply\n\nNew Roots Treatment Center - Fairview\n$20 - $22 an hour · Full-time\n\nNew Roots is hiring a Peer Recovery Specialist for our outpatient addiction program. You will support clients in early recovery from alcohol and opioid use, help them build recovery capital, and connect them with mutual-aid meetings.\n\nMust have lived experience of recovery from substance use.\n\nSimilar jobs\nMental Health Technician - Fairview Hospital\nSubstance Abuse Counselor - Cedar Clinic\nPeer Support Specialist - Mental Health Association`,
    'substance-use-recovery',
  ],
  [
    `Peer Support Specialist - Veterans Outpatient Clinic\nFull-time | $48,500 a year\n\nThe Peer Support Specialist serves veterans with mental health conditions such as PTSD and depression at our outpatient clinic. You will lead recovery groups, teach coping skills and help veterans connect with their community.\n\nQualifications\n- Must be a veteran with lived experience of recovery from a mental health condition\n- Veterans' preference applies\n\n${EEO}`,
    'adult-mental-health',
  ],
  [
    `Recovery Coach\nHarmony Wellness Center | Full-time, $40,000 a year\n\nOur mission\nHarmony Wellness is a peer-run center that helps adults living with depression, anxiety and other mental health challenges find hope and connection. Since 2004 we have offered wellness classes, support groups and a warm line.\n\nThe Recovery Coach meets with members one-on-one, helps them write their own wellness plans and leads our weekly WRAP class.\n\nRequirements\n- Personal experience of mental health recovery\n- Willingness to share your story\n\n${BENEFITS}`,
    'adult-mental-health',
  ],
  [
    `Parent Partner\nCounty of Redwood - Child Welfare Services\nSalary: $4,150 - $5,050 monthly\n\nDescription\nUnder general supervision, the Parent Partner provides peer support to parents whose children have been removed from their care and helps them navigate the child welfare and court systems.\n\nMinimum Qualifications\nPersonal experience as a parent who successfully reunified with their children after child welfare involvement.\n\nThe County of Redwood Health and Human Services Agency serves individuals and families affected by mental health and substance use challenges.\n\n${EEO}`,
    'parent-caregiver',
  ],
  [
    `Peer Navigator\nOpen Door Housing | $20 an hour | Full-time\n\nOpen Door provides permanent supportive housing to people who have experienced long-term homelessness. Many of our tenants live with mental health or substance use challenges.\n\nThe Peer Navigator helps tenants settle into their new homes, get to appointments they choose and build connections with neighbors.\n\nRequired: lived experience of homelessness.\n\n${EEO}`,
    'general-peer',
  ],
  [
    `Family Peer Advocate\nCommunity Counseling Associates\n$41,000 per year | Full-time\n\nCommunity Counseling Associates serves adults, children and families through outpatient counseling, psychiatry and substance use treatment.\n\nThe Family Peer Advocate supports parents and caregivers of children receiving services in our children's mental health program, helping them understand their child's care and speak up for their family.\n\nQualifications\n- Lived experience as the parent or caregiver of a child with emotional or behavioral challenges\n\n${BENEFITS}\n\n${EEO}`,
    'parent-caregiver',
  ],
  [
    `Peer Specialist II\nMetro County Behavioral Health - Jail Diversion Program\nSalary: $52,000 - $60,000 annually\n\nDescription\nUnder supervision, provides peer support to adults with serious mental illness who are involved with the justice system, meeting them in jail, at court and in the community.\n\nExamples of Duties\n- Meets participants before release and helps them plan for housing and care\n- Accompanies participants to court dates and appointments when asked\n\nMinimum Qualifications\nLived experience of recovery from a serious mental illness; lived experience of incarceration is desirable.\n\n${EEO}`,
    'adult-mental-health',
  ],
  [
    `Certified Peer Specialist\nRiver Valley Services | $19.50 an hour\n\nJoin our team! River Valley Services offers mental health, substance use and developmental disability services in six counties.\n\nThe Certified Peer Specialist works in our adult outpatient mental health clinic, supporting adults with mental health conditions as they set and work toward their own recovery goals.\n\nRequirements\n- State CPS certification or willingness to obtain within 6 months\n- Lived experience of mental health recovery\n\n${EEO}`,
    'adult-mental-health',
  ],
];

describeCategoryRound('fourth', cases);
