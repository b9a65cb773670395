// Second round of postings written for the role category (expected categories written before the
// first run): families named beside the people served in the sentence that says whom the job
// serves, and families met in passing; title priors against a population named across the text;
// veterans, reentry and court roles; crisis, perinatal and harm-reduction settings. First run: 23
// of 26 (individuals in recovery and their loved ones read as a family role; a recovery coach who
// may refer people to mental health services read as adult mental health; the title's "Adult"
// taken for the sentence that says whom the job serves).
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'Peer Specialist - ACT Team\n$22.50 an hour, full-time\n\nThe Peer Specialist serves adults living with serious mental illness as a member of our Assertive Community Treatment team. Over time the Peer Specialist also helps clients and their families understand what recovery can look like.\n\nRequirements\n- Lived experience of recovery from a mental health condition',
    'adult-mental-health',
  ],
  [
    'MENTAL HEALTH PEER SPECIALIST\nClass No. 7740 | Salary Range 22\n\nDEFINITION\nUnder direction, provides peer support to clients and their families who receive county mental health services.\n\nTYPICAL TASKS\n- Facilitates self-help and wellness groups.\n- Shares recovery experience as appropriate.\n\nMINIMUM QUALIFICATIONS\nPersonal experience as a recipient of mental health services.',
    'general-peer',
  ],
  [
    'Recovery Coach - Community Recovery Program\n$20 an hour\n\nThe Recovery Coach supports individuals in recovery from substance use and their loved ones through coaching, education and connection to community resources.\n\nRequired: personal recovery experience of at least one year.',
    'general-peer',
  ],
  [
    'Recovery Coach - Inpatient Psychiatry\nRiverside Hospital | Full-time | $23/hr\n\nOur inpatient psychiatric unit cares for adults in a mental health crisis. The Recovery Coach spends time with patients on the unit, leads recovery groups and helps people plan for life after discharge. Coaches share their own mental health recovery when it helps.\n\nQualifications: lived experience of recovery from a psychiatric condition.',
    'adult-mental-health',
  ],
  [
    'Recovery Coach\nNew Leaf Recovery Center, Eastfield\n$19 an hour, 40 hours a week\n\nAs a Recovery Coach you will help people in early recovery set goals, find meetings and build a sober support network. You can also refer people to mental health services when they ask.\n\nMust have two years of continuous recovery.',
    'substance-use-recovery',
  ],
  [
    'Peer Recovery Specialist - Bridge Clinic\nPay: $21.50/hour\n\nThe Bridge Clinic starts people on treatment for opioid use disorder the same day they walk in. The Peer Recovery Specialist greets new patients, helps them get insurance and housing and stays in touch after their first visit.\n\nLived experience of recovery from opioid use is required.',
    'substance-use-recovery',
  ],
  [
    'Family Partner - Adult Mental Health\n$45,000 per year\n\nThe Family Partner supports family members of adults who live with mental health conditions. You will help relatives understand the adult system, lead a family education class and listen when they need to talk.\n\nYou must have lived experience as the relative of an adult with a mental health condition.',
    'family',
  ],
  [
    'Family Partner - Juvenile Justice Services\nFull-time, $20.80 an hour\n\nThe Family Partner walks beside parents of youth on probation. You will help parents understand the court process, prepare for meetings with probation officers and find support for their family.\n\nMust be the parent or caregiver of a young person who was involved with the juvenile justice system.',
    'parent-caregiver',
  ],
  [
    'Youth Peer Specialist - Adolescent Substance Use Program\n$18 an hour, part-time\n\nThe Youth Peer Specialist mentors teens in our outpatient substance use program and helps them find sober activities and supportive friends.\n\nMust be 18 to 26 with your own experience of recovery as a young person.',
    'youth',
  ],
  [
    'Peer Support Specialist - Transition Age Youth\nSalary: $43,000 annually\n\nYou will work with young adults ages 18 to 24 who are experiencing a first episode of psychosis, helping them return to school or work and stay connected with friends.\n\nRequired: lived experience of mental health recovery as a young adult.',
    'youth',
  ],
  [
    'Peer Mentor - Collegiate Recovery Program\nCampus position, 20 hours a week, $17/hr\n\nThe Peer Mentor supports young adults in recovery from alcohol and other drugs on our campus. Mentors host sober events, meet students one-on-one and help them balance recovery and classes.\n\nMust be a student in recovery for at least one year.',
    'youth',
  ],
  [
    'Veteran Peer Specialist\nFull-time | $24 an hour\n\nThe Veteran Peer Specialist supports veterans living with mental health and substance use challenges. You will lead groups, help veterans use their benefits and share your own story of service and recovery.\n\nMust be a veteran in recovery.',
    'general-peer',
  ],
  [
    'Peer Support Specialist - Veteran Services\n$21 an hour\n\nYou will welcome veterans to our resource center, help them with benefits and housing applications and lead a weekly coffee group for veterans adjusting to civilian life.\n\nRequired: veteran of the U.S. Armed Forces with lived experience of the transition home.',
    'general-peer',
  ],
  [
    'Reentry Recovery Mentor\nPathways Home | $20/hr\n\nPathways Home supports people returning from prison who are in recovery from addiction. The mentor meets people on the day of release, takes them to recovery meetings when they want and helps them stay on track with housing and work.\n\nMust have lived experience of incarceration and of addiction recovery.',
    'substance-use-recovery',
  ],
  [
    'Peer Support Specialist - Crisis Stabilization Unit\n$20.50 an hour, rotating shifts\n\nOur crisis stabilization unit serves adults going through a mental health or substance use crisis for stays of up to five days. You will sit with guests, listen, and help them plan their next steps.\n\nLived experience of recovery required.',
    'general-peer',
  ],
  [
    'Peer Support Specialist\nBehavioral Health Urgent Care | $22 an hour\n\nThe Peer Support Specialist welcomes people who come to our urgent care with behavioral health needs, offers support while they wait and helps them connect with follow-up care.\n\nLived experience of behavioral health recovery is required.',
    'general-peer',
  ],
  [
    'Certified Peer Specialist - Drop-In Center\n$18.75 an hour\n\nThe Certified Peer Specialist runs our drop-in center for adults living with mental illness, leads wellness groups and helps members reach their goals. The center also hosts a family support group on Tuesday evenings.\n\nMust be certified and have lived experience of mental health recovery.',
    'adult-mental-health',
  ],
  [
    'Peer Support Specialist - Adult Outpatient\nPosted 2 days ago · Apply now · Save\n\nFull-time · $46,000 - $50,000 a year\n\nThe Peer Support Specialist provides one-on-one support to adults with mental health conditions and their families in our outpatient clinic.\n\nLived experience of mental health recovery required.',
    'general-peer',
  ],
  [
    'Peer Support Specialist\nLakeside Counseling | Full-time, $20 an hour\n\nLakeside serves individuals and families throughout three counties. The Peer Support Specialist works with adults living with serious mental illness in our community support program, helping them set and reach goals they choose.\n\nLived experience of mental health recovery is required.',
    'adult-mental-health',
  ],
  [
    'Peer Support Specialist - Emergency Department\n$24 an hour, nights\n\nThe Peer Support Specialist meets patients in psychiatric crisis in our emergency department, stays with them while they wait and helps them connect with outpatient mental health care after discharge.\n\nMust have lived experience of recovery from a mental health condition.',
    'adult-mental-health',
  ],
  [
    'Recovery Coach - Clubhouse\nHarbor House | 32 hours a week, $19/hr\n\nHarbor House is a clubhouse for adults living with serious mental illness. The Recovery Coach works side by side with members in the clubhouse units and helps them with employment and education goals.\n\nLived experience of mental health recovery required.',
    'adult-mental-health',
  ],
  [
    'Peer Recovery Specialist - Perinatal Program\n$21 an hour\n\nThe Peer Recovery Specialist supports pregnant and parenting women in recovery from substance use disorders. You will go with women to prenatal and treatment appointments when they ask and help them with housing and childcare.\n\nMust have lived experience of recovery from substance use; experience as a parent in recovery is a plus.',
    'substance-use-recovery',
  ],
  [
    'Peer Navigator - Harm Reduction Program\n$19.50/hour\n\nOur syringe services program offers harm reduction supplies, testing for HIV and hepatitis C and connection to care. The Peer Navigator builds relationships with people who use drugs and helps them get to medical care and treatment when they choose.\n\nLived experience of drug use is required.',
    'substance-use-recovery',
  ],
  [
    'Peer Specialist - Mental Health Court\nCounty Court Services, $22.75 an hour\n\nThe Peer Specialist supports participants in the county mental health court, adults living with serious mental illness who chose treatment instead of jail. You will attend court sessions and help participants meet the goals in their plan.\n\nMust have lived experience of mental health recovery.',
    'adult-mental-health',
  ],
  [
    'ALCOHOL AND DRUG PEER SUPPORT SPECIALIST\nCounty Civil Service | Range 28\n\nDEFINITION\nUnder supervision, provides peer support to adults receiving county alcohol and drug treatment services.\n\nEXAMPLES OF DUTIES\n- Shares own recovery experience.\n- Links clients to recovery residences and mutual-aid groups.\n\nMINIMUM QUALIFICATIONS\nOne year of continuous recovery from alcohol or drug use.',
    'substance-use-recovery',
  ],
  [
    'Peer Support Specialist (Mental Health Worker II)\nClass Code 3381 | Salary: $4,400 - $5,300 monthly\n\nDEFINITION\nProvides peer support services to consumers with co-occurring mental health and substance use disorders.\n\nMINIMUM QUALIFICATIONS\nLived experience of recovery from a mental health or substance use disorder.',
    'general-peer',
  ],
];

describeCategoryRound('second', cases);
