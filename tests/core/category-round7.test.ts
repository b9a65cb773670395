// Seventh round of postings written for the role category (expected categories written before
// the first run): a one-paragraph classified ad, capitals throughout, an informal post, teens,
// caregivers named with the people served, recovery housing, court-ordered treatment, parents of
// teenagers who use substances, a mixed lived-experience requirement in a substance-use program.
// First run: 8 of 10 (teens ages 13 to 17 were no youth cue; a requirement of "mental health
// and/or substance use" lived experience outweighed the substance-use program the job serves).
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'PEER SUPPORT SPECIALIST wanted. Part-time, $18/hr. Help adults living with mental illness at our drop-in center on Elm Street. Must have your own recovery experience. Call the center to apply.',
    'adult-mental-health',
  ],
  [
    'RECOVERY COACH - FULL TIME - $40,000 A YEAR\n\nTHE RECOVERY COACH SUPPORTS INDIVIDUALS AND THEIR FAMILIES AFFECTED BY ADDICTION THROUGH COACHING, EDUCATION AND LINKS TO COMMUNITY RESOURCES.\n\nREQUIREMENTS: TWO YEARS OF PERSONAL RECOVERY.',
    'general-peer',
  ],
  [
    "Peer Support Specialist for our teen program!\n\nHey everyone, we're hiring a peer support specialist to work with teens ages 13 to 17 in our after-school mental health program. You'd hang out, run groups and help teens speak up for themselves. $19/hr, 25 hours a week. You need to be 18 to 25 and have your own experience with mental health services as a teen. Send us a note to apply!",
    'youth',
  ],
  [
    'Peer Specialist - LGBTQ+ Wellness Program\n$21 an hour\n\nThe Peer Specialist supports LGBTQ+ adults living with depression, anxiety and other mental health challenges, leading affirming support groups and one-on-one sessions.\n\nLived experience of mental health recovery required; lived experience as an LGBTQ+ person preferred.',
    'adult-mental-health',
  ],
  [
    'Peer Support Specialist - Aging Services\n$20 an hour\n\nThe Peer Support Specialist supports adults and older adults living with mental health conditions and their caregivers, through home visits and phone check-ins.\n\nLived experience of mental health recovery is required.',
    'general-peer',
  ],
  [
    'Peer Support Specialist - Recovery Housing\n$18.75 an hour\n\nThe Peer Support Specialist supports residents of our recovery residences, helping them keep house meetings running, find work and connect with recovery meetings.\n\nAt least one year of recovery required.',
    'substance-use-recovery',
  ],
  [
    'Peer Specialist - Assisted Outpatient Treatment\n$22 an hour\n\nThe Peer Specialist engages adults with serious mental illness who are in court-ordered outpatient treatment, offering support that they choose and helping them speak up in their care.\n\nLived experience of psychiatric treatment and recovery required.',
    'adult-mental-health',
  ],
  [
    'Family Peer Support Specialist - Adolescent Recovery Program\n$20 an hour\n\nThe Family Peer Support Specialist supports parents whose teenagers are in treatment for alcohol or drug use, helping them understand treatment and take care of their family.\n\nMust be a parent or caregiver who has raised a teenager with a substance use problem.',
    'parent-caregiver',
  ],
  [
    'Peer Recovery Support Specialist\n$20.50 an hour, full-time\n\nThe Peer Recovery Support Specialist serves adults in our outpatient substance use disorder program, helping them set recovery goals and connect with mutual-aid groups and recovery housing.\n\nRequirements\n- Lived experience with mental health and/or substance use recovery\n- State certification within one year',
    'substance-use-recovery',
  ],
  [
    'Peer Support Specialist - Tribal Behavioral Health\n$22 an hour\n\nThe Peer Support Specialist supports Native community members with mental health and substance use concerns, drawing on culture and traditional ways of healing.\n\nLived experience of recovery required; knowledge of tribal culture preferred.',
    'general-peer',
  ],
];

describeCategoryRound('seventh', cases);
