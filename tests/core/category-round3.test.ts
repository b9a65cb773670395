// Third round of postings written for the role category (expected categories written before the
// first run): family roles a cue decides, families in passing after the sentence that says whom
// the job serves, youth and their families, suicide prevention, older adults, new mothers,
// civil-service "behavioral health" classes. First run: 25 of 26 (a suicide prevention role read
// as general peer: suicidal thoughts and suicide attempts were no mental health cue).
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'Peer Support Specialist - Family Services\n$20 an hour, 30 hours a week\n\nThe Peer Support Specialist supports family members and caregivers of adults living with mental illness. You will lead a weekly support group and help relatives find their way through the adult mental health system.\n\nRequired: lived experience as the family member of an adult with a mental health condition.',
    'family',
  ],
  [
    'Recovery Coach\nFull-time, $41,600 a year\n\nPosition Summary\nSupports people in early recovery and their families as they rebuild their lives, through coaching, education and connection to the recovery community.\n\nQualifications\n- Two years of personal recovery',
    'general-peer',
  ],
  [
    'Peer Support Specialist - Clubhouse\n$19 an hour\n\nThe Peer Support Specialist works beside members of our clubhouse, adults living with serious mental illness, in the daily work of the house. Peer staff also invite members and their families to our seasonal open houses.\n\nLived experience of mental health recovery is required.',
    'adult-mental-health',
  ],
  [
    'Peer Support Specialist\nMaple Behavioral Services | $21 an hour\n\nWe serve individuals and their families across four counties. The Peer Support Specialist works with adults with serious mental illness in our supported housing program.\n\nLived experience of mental health recovery required.',
    'adult-mental-health',
  ],
  [
    'Peer Support Specialist\n$44,000 a year, full-time\n\nAbout the role\nYou will support people with mental health challenges and their families as they move through our outpatient program.\n\nWhat you bring\n- Lived experience of mental health recovery',
    'general-peer',
  ],
  [
    'Family Recovery Specialist\n$19.25 an hour\n\nThe Family Recovery Specialist supports families affected by a loved one’s addiction. You will lead family groups, teach communication skills and help family members care for themselves.\n\nRequired: lived experience as the family member of a person with a substance use disorder.',
    'family',
  ],
  [
    'Parent Peer Support Specialist - Family Treatment Court\n$22 an hour\n\nYou will support parents in recovery from substance use whose children are in foster care, going with them to court and treatment when they ask and sharing how you reunified with your own children.\n\nMust have lived experience as a parent involved with child welfare.',
    'parent-caregiver',
  ],
  [
    'Youth Peer Advocate - Home and Community Services\n$18 an hour\n\nThe Youth Peer Advocate supports youth and their families in home and community based services, helping young people speak up in their own care.\n\nMust be 18 to 30 with lived experience of mental health services as a youth.',
    'youth',
  ],
  [
    'Peer Support Specialist - Young Adult Program\n$42,000 a year\n\nThe Peer Support Specialist works with young adults ages 18 to 25 and their families in our early intervention program.\n\nRequired: lived experience of mental health recovery as a young adult.',
    'youth',
  ],
  [
    "Peer Mentor - Women's Residential Program\n$18.50 an hour, overnight shifts\n\nThe Peer Mentor supports women in our residential substance use treatment program, many of whom have lived through trauma. You will lead recovery groups and help women plan for life after treatment.\n\nMust have at least two years of recovery from substance use.",
    'substance-use-recovery',
  ],
  [
    'Peer Support Specialist - Suicide Prevention Program\n$23 an hour\n\nThe Peer Support Specialist reaches out to people after a suicide attempt or a stay in the hospital for suicidal thoughts, offering hope and support during the weeks after discharge.\n\nLived experience of suicidal thoughts or a suicide attempt, and of recovery, is required.',
    'adult-mental-health',
  ],
  [
    'Certified Recovery Specialist\nNorthgate Drug and Alcohol Services | $19/hour\n\nThe Certified Recovery Specialist supports clients in our outpatient drug and alcohol program, helping them set recovery goals and connect with recovery supports in the community.\n\nMust hold the CRS credential and have lived experience of recovery.',
    'substance-use-recovery',
  ],
  [
    'Peer Support Specialist - Emergency Shelter\n$18 an hour\n\nThe Peer Support Specialist welcomes guests experiencing homelessness at our emergency shelter, helps them with housing applications and connects them with services they choose.\n\nLived experience of homelessness is required.',
    'general-peer',
  ],
  [
    'Forensic Peer Mentor\nCounty Probation Department | $21.75 an hour\n\nThe Forensic Peer Mentor supports adults on probation who live with substance use disorders, helping them get to treatment, recovery meetings and work.\n\nLived experience of the justice system and of recovery from addiction is required.',
    'substance-use-recovery',
  ],
  [
    'Peer Support Specialist - Older Adult Services\n$22 an hour\n\nThe Peer Support Specialist visits older adults living with depression and anxiety at home, offering companionship, support and help finding community activities.\n\nLived experience of mental health recovery is required.',
    'adult-mental-health',
  ],
  [
    'Warm Line Operator\n$17.50 an hour, evenings\n\nOur warm line takes calls from people who want to talk about mental health, substance use or whatever is on their mind. Operators listen, share their own recovery and help callers find local resources.\n\nLived experience of recovery is required.',
    'general-peer',
  ],
  [
    'Recovery Support Specialist\nMain Street Recovery Community Center | $19 an hour\n\nThe center welcomes people on all pathways of recovery from alcohol and other drugs. The Recovery Support Specialist greets visitors, leads all-recovery meetings and helps people find housing and work.\n\nMust be in recovery for at least one year.',
    'substance-use-recovery',
  ],
  [
    'Community Health Worker with Lived Experience\nBridge Program | $20 an hour\n\nYou will support patients with opioid use disorder as they start treatment, helping them with transportation, insurance and appointments.\n\nRequired: lived experience of recovery from opioid use.',
    'substance-use-recovery',
  ],
  [
    'BEHAVIORAL HEALTH PEER SUPPORT SPECIALIST I\nClass Specification | Pay Grade 19\n\nDEFINITION\nUnder supervision, provides peer support to individuals receiving county behavioral health services.\n\nMINIMUM QUALIFICATIONS\nLived experience of recovery and state peer certification.',
    'general-peer',
  ],
  [
    'Peer Specialist - Deaf Mental Health Services\n$23 an hour\n\nThe Peer Specialist supports Deaf and hard of hearing adults living with mental health conditions, using American Sign Language to lead groups and meet people one-on-one.\n\nMust be fluent in ASL and have lived experience of mental health recovery.',
    'adult-mental-health',
  ],
  [
    'Peer Support Specialist - Bilingual Spanish\n$21 an hour\n\nThe Peer Support Specialist supports Spanish-speaking adults with mental health conditions and their families in our community clinic.\n\nLived experience of mental health recovery required. Fluent Spanish required.',
    'general-peer',
  ],
  [
    'Peer Support Specialist - Integrated Treatment Team\n$22 an hour\n\nThe Peer Support Specialist works with adults with serious mental illness and their treatment teams, helping people speak up for what they want in their care.\n\nLived experience of mental health recovery required.',
    'adult-mental-health',
  ],
  [
    'Recovery Coach - Opioid Treatment\n$20 an hour\n\nThe Recovery Coach supports patients receiving treatment for opioid use disorder. Coaches also help run a monthly family night for patients and their families.\n\nRequired: lived experience of recovery from opioid use.',
    'substance-use-recovery',
  ],
  [
    'Family Support Partner\n$40,500 a year\n\nThe Family Support Partner works with families of children and youth with serious emotional disturbance in our wraparound program.\n\nMust be a parent or caregiver who has raised a child with emotional or behavioral challenges.',
    'parent-caregiver',
  ],
  [
    'Peer Support Specialist - Maternal Mental Health\n$23.50 an hour\n\nThe Peer Support Specialist supports new and expecting mothers living with postpartum depression and anxiety, through home visits and a weekly support group.\n\nLived experience of recovery from a perinatal mental health condition is required.',
    'adult-mental-health',
  ],
  [
    'Peer Specialist - Early Psychosis Program\n$45,000 a year\n\nThe Peer Specialist supports adults experiencing early psychosis in our coordinated specialty care team, helping people return to work and school.\n\nLived experience of recovery from psychosis is required.',
    'adult-mental-health',
  ],
];

describeCategoryRound('third', cases);
