// Fifth round of postings written for the role category (expected categories written before the
// first run): long postings again, with class-specification knowledge lists, employers whose
// names or missions name conditions, "who we serve" sections and benefits lists. First run: 9 of 10
// (a crisis line for people in distress and for people worried about a loved one's substance use
// read as a family role: the sentence that says whom the job serves named several populations).
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    "PEER SUPPORT SPECIALIST\nCounty of Ashford - Behavioral Health Department\nBargaining Unit: General | Salary: $24.10 - $29.30 Hourly\n\nDEFINITION\nUnder supervision, provides peer support services to adults with serious mental illness in outpatient and community settings, using the incumbent's own lived experience of recovery.\n\nEXAMPLES OF DUTIES\n- Facilitates recovery and wellness groups.\n- Helps clients develop their own recovery plans.\n- Accompanies clients to appointments and community resources when requested.\n\nKNOWLEDGE OF\n- Community resources for mental health and substance use treatment.\n- Principles of recovery and self-help.\n\nMINIMUM QUALIFICATIONS\nLived experience as a current or former recipient of mental health services; high school diploma or equivalent.\n\nSPECIAL NOTES\nVeterans' preference points apply to this recruitment. The County is an equal opportunity employer.",
    'adult-mental-health',
  ],
  [
    'Peer Recovery Specialist - Addiction Medicine Consult Service\nMercy Grove Health | Requisition 88213 | Full-time | $23.40/hr\n\nAbout Us\nMercy Grove Health is a faith-based health system caring for patients and families in eleven hospitals across the valley.\n\nPosition Summary\nThe Peer Recovery Specialist works with the addiction medicine consult team to support hospitalized patients with substance use disorders. You will talk with patients at the bedside, help them start medication for opioid use disorder if they choose, and connect them with treatment after discharge.\n\nRequirements\n- Lived experience of recovery from a substance use disorder\n- State peer recovery certification within one year\n\nMercy Grove is an equal opportunity employer.',
    'substance-use-recovery',
  ],
  [
    'Youth Peer Mentor - Transition Age Youth Program\nHarborview Family Services | $19.25 an hour\n\nHarborview Family Services supports individuals and families across the county through counseling, housing and adult day programs.\n\nThe Youth Peer Mentor supports transition-age youth ages 16 to 25 who are leaving foster care, helping them find housing, finish school and build a support network.\n\nWhat you bring\n- Lived experience as a young person in foster care or youth mental health services\n- Ages 18 to 28\n\nWhat we offer\n- Health insurance and paid time off\n- Mental health days',
    'youth',
  ],
  [
    'Family Peer Specialist\nNorthwind Behavioral Health | Full-time | $43,500 a year\n\nNorthwind serves individuals living with mental illness and their families across two counties.\n\nThe role\nThe Family Peer Specialist supports family members of adults with serious mental health conditions: listening, teaching skills for coping and communication, and helping relatives understand the adult mental health system.\n\nQualifications\n- Lived experience as a family member of an adult living with a mental health condition\n\nBenefits\n- Medical, dental and vision\n- Paid time off',
    'family',
  ],
  [
    'Recovery Coach\nMental Health Association of Eastfield\nFull-time · $39,000 a year\n\nThe Mental Health Association of Eastfield is hiring a Recovery Coach for our new recovery community center. Coaches support people in recovery from alcohol and other drugs, lead all-recovery meetings and help people build recovery capital.\n\nRequirements\n- At least one year of personal recovery from substance use\n- Recovery coach training',
    'substance-use-recovery',
  ],
  [
    "Crisis Line Peer Specialist\nRegional Crisis Center | $21 an hour, rotating shifts\n\nThe Crisis Line Peer Specialist answers calls, texts and chats from people in emotional distress or suicidal crisis and from people worried about their own or a loved one's substance use. You will listen, share hope and connect callers to mobile crisis and treatment when needed.\n\nRequired: lived experience of recovery from a mental health or substance use challenge.",
    'general-peer',
  ],
  [
    'Certified Peer Recovery Specialist\nSummit Recovery Center | $20.50 an hour\n\nThe Certified Peer Recovery Specialist supports adults in our residential and outpatient substance use treatment programs as they plan for recovery after treatment.\n\nRequirements\n- CPRS certification\n- Two years of recovery from substance use\n\nWhy work with us\n- Paid mental health days and an employee assistance program\n- Tuition help for counseling degrees',
    'substance-use-recovery',
  ],
  [
    "Family Partner\nLittle Oaks Children's Mental Health | $20 an hour\n\nLittle Oaks serves individuals and families in the north county.\n\nThe Family Partner works with parents of children and teens in our intensive outpatient program. You will help parents prepare for treatment meetings, find respite and connect with other parents who have been there.\n\nRequired: experience as the parent of a child with emotional or mental health challenges.",
    'parent-caregiver',
  ],
  [
    'Peer Support Specialist\nGreenway Community Services | $20.75 an hour | Full-time\n\nWho we serve\nAdults 18 and older living with serious mental illness such as schizophrenia, bipolar disorder or major depression.\n\nWhat you will do\n- Meet with members one-on-one and in groups\n- Share your own recovery story when it helps\n- Help members find housing and work\n\nWhat you need\n- Lived experience of mental health recovery\n\nWhat we offer\n- Medical and dental insurance\n- Paid time off\n\nGreenway also runs substance use treatment and veterans programs.',
    'adult-mental-health',
  ],
  [
    'Peer Specialist - Integrated Dual Disorder Treatment Team\nLakeland Center | $22 an hour\n\nThe Peer Specialist is a member of our integrated dual disorder treatment team, which serves adults living with both a serious mental illness and a substance use disorder. You will support people in both parts of their recovery.\n\nLived experience of recovery from mental illness, addiction or both is required.',
    'general-peer',
  ],
];

describeCategoryRound('fifth', cases);
