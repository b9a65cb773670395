// First round of postings written for the role category (expected categories written before the
// first run). Title priors against the population served, mixed conditions, family and youth
// roles, civil-service class specifications and job-board copy. First run: 25 of 29 (a veterans
// program for veterans with serious mental illness read as general peer; consumers and their
// family members served together read as adult mental health; two texts whose only pay is a bare
// sum were not read as job offers, and are read here as a job board marks them).
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'Recovery Coach - Outpatient Services\nPay: $19.50/hour, full-time\n\nBrightwater Treatment Center is hiring a Recovery Coach for our outpatient program. You will meet people in early recovery from alcohol and drug use, help them build recovery capital and connect them with mutual-aid meetings.\n\nRequirements\n- Two years of personal recovery from a substance use disorder\n- High school diploma or GED',
    'substance-use-recovery',
  ],
  [
    'Recovery Coach (Mental Wellness Program)\n$48,000 a year\n\nThe Harbor Wellness Center supports adults living with depression, anxiety and other mental health conditions. As a Recovery Coach you will help members set wellness goals, lead WRAP groups and share what helped you in your own mental health recovery.\n\nQualifications: lived experience of recovery from a mental health condition.',
    'adult-mental-health',
  ],
  [
    'Certified Peer Recovery Specialist - Opioid Treatment Program\nFull-time | $21/hr\n\nOur opioid treatment program serves adults receiving medication for opioid use disorder. The CPRS walks beside patients as they start methadone or buprenorphine, helps them find housing and work, and offers naloxone education.\n\nMust hold CPRS certification and have lived experience of recovery from opioid use.',
    'substance-use-recovery',
  ],
  [
    "Family Partner\nChildren's Behavioral Health Division\nSalary: $42,500\n\nThe Family Partner supports parents and caregivers whose children and teens receive intensive in-home mental health services. You will help parents prepare for school meetings and speak up in child and family team meetings.\n\nMust have raised a child with emotional or behavioral challenges.",
    'parent-caregiver',
  ],
  [
    'Family Advocate - Adult Services\nPart-time, 24 hours a week, $20 an hour\n\nThe Family Advocate offers support and education to family members of adults living with serious mental illness. You will run a monthly support group, answer calls from worried relatives and help families understand the adult mental health system.\n\nRequired: personal experience as a family member of an adult with a mental health condition.',
    'family',
  ],
  [
    'Youth Peer Advocate\n$18.50 an hour\n\nNorthside Youth Services is looking for a Youth Peer Advocate to mentor teens ages 14 to 21 who receive mental health services. Advocates help young people speak up in their treatment and build skills they choose.\n\nYou must be between 18 and 28 and have your own experience receiving youth services.',
    'youth',
  ],
  [
    'Young Adult Peer Mentor\nLocation: Riverside Drop-In Center | $40,000/yr\n\nAs a Young Adult Peer Mentor you will spend time with people aged 18 to 25 at our drop-in center, help them apply for school and jobs, and run a weekly group.\n\nQualifications\n- Lived experience with mental health challenges as a young person',
    'youth',
  ],
  [
    'Forensic Peer Specialist - Jail Diversion\nCounty Behavioral Health, $23.10/hour\n\nThe Forensic Peer Specialist works with people leaving the county jail who live with mental health and substance use challenges. You will meet participants before release, go with them to their first appointments and help them with housing and benefits.\n\nLived experience of incarceration and of recovery required.',
    'general-peer',
  ],
  [
    'Peer Support Specialist - Veterans Mental Health Program\nGS-7, full-time\n\nThe Peer Support Specialist serves veterans living with serious mental illness in our outpatient recovery center. You will lead recovery groups, teach coping skills and help veterans reconnect with their community. Veterans in the program often live with PTSD, schizophrenia or bipolar disorder.\n\nRequirements: must be a veteran in recovery from a mental health condition.',
    'adult-mental-health',
  ],
  [
    'Peer Bridger\nHospital to Home Program | $44,000 a year\n\nPeer Bridgers meet adults in the state psychiatric hospital before discharge and stay with them during their first months back in the community. You will help people find housing, connect with outpatient mental health care and build a life outside the hospital.\n\nMust have lived experience of psychiatric hospitalization and recovery.',
    'adult-mental-health',
  ],
  [
    'Warm Line Peer Responder\nEvenings and weekends, $17 an hour\n\nOur warm line is a free, non-crisis phone line for adults who want to talk with someone who understands emotional distress. Peer responders listen, share their own mental health recovery and help callers find local supports.\n\nLived experience of mental health recovery is required.',
    'adult-mental-health',
  ],
  [
    'Peer Support Specialist - Crisis Respite House\n$20.25/hour, overnight shifts available\n\nWillow Respite is a peer-run house where adults going through an emotional crisis can stay for up to a week instead of going to the hospital. You will offer guests company, listening and support as they work through extreme states.\n\nYou must identify as a person with lived experience of psychiatric disability.',
    'adult-mental-health',
  ],
  [
    'Emergency Department Peer Recovery Coach\nPer diem | $22/hr\n\nCoaches respond to the emergency department when a patient has survived an overdose or asks for help with drug or alcohol use. You will talk with the patient at the bedside, offer naloxone and a warm handoff to treatment, and follow up after discharge.\n\nRequired: at least two years of recovery from substance use.',
    'substance-use-recovery',
  ],
  [
    'Peer Mentor - Treatment Court\nDistrict Court Programs, $39,500\n\nThe Peer Mentor supports participants in the county drug court as they work through treatment and court requirements. You will attend court sessions, go with participants to recovery meetings and help them plan for life after graduation.\n\nPersonal recovery from addiction of at least two years is required.',
    'substance-use-recovery',
    'board',
  ],
  [
    'Co-Occurring Peer Specialist\nIntegrated Care Clinic | $20.75/hour\n\nYou will support adults with co-occurring mental health and substance use disorders as they work toward the recovery they choose. Duties include one-on-one support, leading dual recovery groups and connecting people to housing.\n\nMust have lived experience of recovery from mental health or substance use challenges.',
    'general-peer',
  ],
  [
    'Behavioral Health Peer Specialist\nFull-time with benefits, $45,000\n\nCedar County Behavioral Health is hiring a Peer Specialist to support adults living with behavioral health conditions in our community clinics. You will help people set recovery goals, find resources and take part in team meetings.\n\nApplicants must have personal experience of behavioral health recovery.',
    'general-peer',
  ],
  [
    'Peer Navigator\n$19/hour | 32 hours a week\n\nThe Peer Navigator helps people with mental health and/or substance use challenges get connected to care after a crisis. You will make follow-up calls, help people keep appointments they want to keep and link them with peer groups.\n\nLived experience of mental health and/or substance use recovery required.',
    'general-peer',
  ],
  [
    'Peer Support Specialist - TAY Program\nSalary range: $41,000 - $46,000\n\nOur transition-age youth program serves young people ages 16 to 25 who are leaving foster care or living with mental health challenges. You will help youth reach their own goals for school, work and housing.\n\nMust have lived experience as a young person receiving mental health or foster care services.',
    'youth',
  ],
  [
    'Parent Partner - Child Welfare\nDepartment of Children and Family Services, $21.40/hour\n\nParent Partners walk beside parents whose children have been placed in foster care. You will go with parents to court and case planning meetings when they ask, help them understand what the agency expects and share how you reunified with your own children.\n\nMust have personal experience with the child welfare system as a parent.',
    'parent-caregiver',
  ],
  [
    'PEER SUPPORT SPECIALIST I\nClass Code: 4521\nBargaining Unit: 12\nSalary: $3,980 - $4,840 monthly\n\nDEFINITION\nUnder supervision, provides peer support services to adults with serious mental illness receiving services in county mental health programs.\n\nDISTINGUISHING CHARACTERISTICS\nThis is the entry level in the Peer Support Specialist series.\n\nMINIMUM QUALIFICATIONS\nLived experience as a person in recovery from a mental illness.',
    'adult-mental-health',
  ],
  [
    'PEER SPECIALIST - SUBSTANCE USE DISORDER SERVICES\nClass Specification\nSalary Grade 14\n\nNATURE OF WORK\nEmployees in this class provide peer recovery support to adults enrolled in county alcohol and drug treatment programs.\n\nEXAMPLES OF DUTIES\n- Shares personal recovery experience with clients in residential and outpatient programs.\n- Links clients to recovery housing and mutual-aid groups.\n\nMINIMUM QUALIFICATIONS\nTwo years of continuous recovery from substance use.',
    'substance-use-recovery',
  ],
  [
    'Peer Support Specialist\nAdult Outpatient Clinic | $20/hour\n\nWe serve adults living with serious mental health conditions. The Peer Support Specialist leads recovery groups, helps members write their own wellness plans and shares their own story of mental health recovery.\n\nDuties\n- Meet one-on-one with members\n- Give information to individuals and their families about community resources\n- Co-lead the weekly hearing voices group\n\nLived experience of mental health recovery required.',
    'adult-mental-health',
  ],
  [
    'Peer Support Worker - Community Services\nSalary: $52,000 - $61,000 annually\n\nDescription\nUnder general supervision, the Peer Support Worker provides support and recovery services in the community to consumers of mental health services and their family members.\n\nThe department offers a full range of outpatient and community programs.',
    'general-peer',
  ],
  [
    'Family Peer Specialist - Addiction Services\n$19.75 an hour\n\nThe Family Peer Specialist supports parents, spouses and other relatives of adults with substance use disorders. You will lead family support groups, teach CRAFT skills and help family members care for themselves.\n\nRequired: lived experience as the family member of someone with an addiction.',
    'family',
  ],
  [
    'Recovery Coach\nSecond Chance Recovery Community Center - Millbrook\nApply now   Save job\n$18 - $20 an hour - Full-time\n\nJob details\nSecond Chance is a recovery community organization run by people in recovery. Coaches welcome people to the center, help them explore all pathways of recovery from alcohol and other drugs, and lead all-recovery meetings.\n\nMust have lived experience of recovery.\n\nSimilar jobs\nPeer Support Specialist - Hopewell Clinic\nCase Manager - Millbrook Housing',
    'substance-use-recovery',
  ],
  [
    'Outreach Peer Specialist - Homeless Services\n$46,500 a year\n\nJoin our street outreach team serving people experiencing homelessness who live with mental illness, addiction or both. You will build trust with people on the street, help them get IDs and benefits, and go with them to shelter and treatment when they are ready.\n\nLived experience of homelessness, mental health or substance use recovery required.',
    'general-peer',
  ],
  [
    'Peer Mentor - Eating Disorder Recovery\nPart-time | $24/hour\n\nOur residential program serves adults in treatment for anorexia, bulimia and binge eating disorder. Peer Mentors share meals with residents, lead recovery groups and offer hope from their own eating disorder recovery.\n\nMust be in recovery from an eating disorder for at least two years.',
    'adult-mental-health',
  ],
  [
    "Family Peer Advocate\nSunrise Children's Center | $40,000\n\nSunrise serves children and youth with emotional and behavioral challenges. The Family Peer Advocate supports the parents and caregivers of the children in our day treatment program and helps them have a voice in their child's care.\n\nMust be the parent or caregiver of a child who received mental health services.",
    'parent-caregiver',
    'board',
  ],
  [
    'Peer Wellness Coach - Integrated Primary Care\n$21/hour\n\nThe Peer Wellness Coach works in our primary care clinic with adults living with serious mental illness who also have diabetes, heart disease or other health conditions. You will help people set whole-health goals and lead wellness groups.\n\nLived experience of mental health recovery is required.',
    'adult-mental-health',
  ],
];

describeCategoryRound('first', cases);
