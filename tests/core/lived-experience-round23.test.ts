// Twenty-third round of fresh whole postings for the lived-experience judgment (see
// lived-experience-rounds.ts): long job-board pages with chrome, careers pages told as stories, an
// either/or class spec, ESSENTIAL and DESIRABLE sections, informal posts, family of adults, priority in
// hiring, a bracketed template, with traps (a peer's blog, a residential counselor, recovery words only
// about the people served).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('twenty-third', [
  {
    name: 'long job-board page: requirement in a bulleted Qualifications block under Full job description, similar jobs with sobriety',
    text: 'Skip to main content\nFind jobs   Company reviews   Salary guide\n\nPeer Support Specialist - Adult Outpatient\nEvergreen Counseling Network\nTacoma, WA 98402\n$21.75 - $24.00 an hour - Full-time\n\nProfile insights\nLicenses: Certified Peer Counselor (Required)\n\nFull job description\nEvergreen Counseling Network has served Pierce County for 40 years. We are looking for a Peer Support Specialist to join our adult outpatient team.\n\nIn this role you will:\n* Meet with adults one-on-one to set recovery goals\n* Co-facilitate WRAP and wellness groups\n* Help people find housing, food and benefits\n* Document your services in the health record\n\nQualifications:\n* Self-identify as a person with lived experience of a mental health condition\n* Washington State Certified Peer Counselor or able to get it within 6 months\n* High school diploma or GED\n\nBenefits:\n* Medical, dental, vision\n* Public Service Loan Forgiveness eligible employer\n* 3 weeks of PTO\n\nEvergreen is an Equal Opportunity Employer. Reasonable accommodation is available for applicants with disabilities.\n\nPeople also viewed\nRecovery Coach - Harbor Recovery - must have 2 years of sobriety\nCase Manager - Pierce County Housing',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'nonprofit careers page, story-based, lived experience only as use of story and an invitation near the end',
    text: 'Join Us: Peer Wellness Coach\nOpen Circle Wellness Center · $20/hr · 30 hours a week\n\nAt Open Circle, everyone on staff has walked through something. Our coaches draw on their own journeys to help members find theirs.\n\nThe work\n- Hold one-on-one wellness sessions with members\n- Lead our Tuesday and Thursday recovery circles\n- Share pieces of your story when they help\n\nWhat helps\n- Comfort working with people in distress\n- Basic computer skills\n\nIf you have lived experience with mental health challenges, we strongly encourage you to apply.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'county class spec with Minimum Qualifications and a Special Requirement alternative (either/or)',
    text: "RECOVERY SUPPORT SPECIALIST\nCounty of Mesa Verde\nClass No. 6621   Salary: $19.85 - $25.40 per hour\n\nDEFINITION\nProvides peer recovery support to people with substance use disorders in county treatment programs.\n\nMINIMUM QUALIFICATIONS\nEither:\n1. Two years of personal recovery from a substance use disorder; or\n2. Two years of paid experience providing recovery support services.\n\nSPECIAL REQUIREMENTS\nMust possess a valid California driver's license.",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'hospital posting: ESSENTIAL and DESIRABLE sections, recovery under DESIRABLE',
    text: 'Peer Bridger\nNorthshore University Health · Psychiatry · Full-time · Req 5521\n\nPOSITION PURPOSE\nSupports patients leaving the inpatient psychiatric unit as they return to the community.\n\nESSENTIAL\n- High school diploma or equivalent\n- Two years of experience in a human services role\n- New York Certified Peer Specialist credential\n\nDESIRABLE\n- Lived experience of psychiatric hospitalization and recovery\n- Spanish speaking',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: "informal Facebook-style post: we're looking for people in recovery, no heading (specific left out: 'in recovery yourself, at least a year' names a time, not clearly a kind; written as true before the first run, read false)",
    text: "We're hiring!! Peer Recovery Coach at Second Wind Recovery House. You need to be in recovery yourself, at least a year, and willing to do the state training (we pay for it). Part time to start, $17/hr. DM us or call 555-0187.",
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'family partner: Experience section requires lived experience as a family member of an adult',
    text: 'Family Peer Specialist\nAdult Services Division, Harmon County Behavioral Health\n$18.90 - $22.10 per hour\n\nSummary\nThe Family Peer Specialist supports families of adults living with serious mental illness.\n\nExperience\nLived experience as a family member of an adult living with a mental health condition is required.\n\nEducation\nHigh school diploma or GED.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'youth program: statement of who should apply, and a priority',
    text: 'Youth Peer Support Specialist\nNorthside Youth Network · $18/hr · Part-time (25 hrs)\n\nSupport young people ages 16-24 at our drop-in center and in schools.\n\nWho should apply\nYoung adults ages 18-25. Priority will be given to applicants with lived experience in the foster care, juvenile justice or mental health systems.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'job description template with brackets, LE in Minimum Qualifications',
    text: 'Job Title: Peer Support Specialist\nDepartment: [Program name]\nReports to: [Supervisor title]\nPay: [$XX.XX per hour]\n\nPurpose of the position\nThe Peer Support Specialist uses lived experience of recovery to support people receiving services.\n\nMinimum Qualifications\n- Lived experience of recovery from a mental health and/or substance use condition\n- High school diploma or GED\n- Peer certification, or completion within [number] months of hire',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: blog post by a peer specialist about getting hired',
    text: 'How I Became a Peer Support Specialist\n\nThree years ago I was in a hospital bed. Today I work as a peer support specialist, and I use my lived experience every day.\n\nWhen I applied, the posting asked for lived experience of mental illness and a high school diploma. The interview was the first time I told my story to strangers.\n\nIf you are thinking about this work, my advice is: get the training, and be honest about your journey.',
    kind: 'about-peer-work',
  },
  {
    name: 'trap: non-peer residential counselor posting with sobriety requirement for staff',
    text: "Residential Counselor (Overnight)\nSerenity House Treatment Center | $17.50/hr\n\nMonitor residents overnight, complete bed checks every 30 minutes, and document incidents.\n\nRequirements\n- High school diploma\n- If in recovery, two years of continuous sobriety required\n- Valid driver's license",
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: peer posting where recovery words are only in the duties and the people served',
    text: 'Peer Support Specialist\nCornerstone Recovery Center | $18/hr\n\nAbout the role\nHelp people in early recovery from addiction build a life they want. Work beside counselors on our outpatient team.\n\nResponsibilities\n- Meet with people in recovery one-on-one\n- Run the recovery cafe on weekends\n- Connect clients to sober housing when they ask\n\nRequirements\n- High school diploma or GED\n- CPRS within one year',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
