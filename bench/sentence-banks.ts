// Sentence banks for bench-only postings. Written for the bench: a mix of what real peer postings
// say (peer duties, clinical and busy-work duties, qualifications, lived-experience lines), the
// stigmatizing wording the rules look for, the traps they must pass over, and neutral filler,
// so the analyzer does its real work (candidates, guards, compromise) on every document.

export const titles = [
  'Peer Support Specialist',
  'Certified Peer Specialist',
  'Recovery Coach',
  'Peer Recovery Specialist',
  'Family Partner',
  'Parent Partner',
  'Youth Peer Advocate',
  'Peer Navigator',
  'Recovery Support Specialist',
  'Peer Mentor',
] as const;

export const organizations = [
  'Riverbend Community Services',
  'Harbor Light Recovery Center',
  'North County Behavioral Health',
  'Open Door Family Network',
  'Cedar Valley Wellness Collaborative',
  'Lakeside Youth and Family Services',
] as const;

export const headings = {
  summary: ['Position Summary', 'About the Role', 'Job Summary'],
  duties: ['Essential Duties', 'Responsibilities', 'What You Will Do'],
  qualifications: ['Minimum Qualifications', 'Requirements', 'Qualifications'],
  preferred: ['Preferred Qualifications', 'Nice to Have'],
  benefits: ['Compensation and Benefits', 'What We Offer'],
} as const;

export const summaries = [
  'The {title} uses their own lived experience of recovery to support people on their recovery journey.',
  'As a {title}, you will walk alongside members as they set and reach goals they choose for themselves.',
  'We are looking for a {title} to join a team that believes recovery is possible for everyone.',
  'The {title} builds trusting, mutual relationships with people receiving services at {org}.',
  'This position serves adults with mental illness and substance use disorders in an outpatient setting.',
  'The program serves the mentally ill and addicts who are homeless or at risk of losing housing.',
  'Our clients are often non-compliant consumers who have been hospitalized many times.',
  'Many of the people we serve suffer from schizophrenia, depression or bipolar disorder.',
];

export const peerDuties = [
  'Share your personal recovery story, when it helps, to inspire hope.',
  'Support people to create wellness and recovery plans that reflect their own goals.',
  'Facilitate peer support groups, including WRAP and recovery education groups.',
  'Link people to community resources such as housing, benefits and employment.',
  'Advocate with and for people to make sure their voice is heard in service planning.',
  'Accompany members to appointments when requested and help them prepare questions.',
  'Support a person to talk with their prescriber about side effects they are having.',
  'Offer crisis support and help people use their own safety and wellness plans.',
  'Document your own services accurately and on time in the electronic record.',
  'Model self-advocacy, mutual respect and recovery-oriented language on the team.',
  'Help families navigate schools, courts and child-serving systems.',
  'Mentor young adults as they move toward independence and their own goals.',
];

export const nonPeerDuties = [
  'Administer medications to residents and record each dose.',
  'Conduct psychosocial assessments and write treatment plans for new clients.',
  'Monitor clients for medication compliance and report non-compliance to the treatment team.',
  'Collect urine samples and supervise drug screens.',
  'Carry a caseload of 30 clients and complete all required case management paperwork.',
  'Provide transportation for clients to all appointments as the main part of the job.',
  'Answer phones, file records and cover the front desk as needed.',
  'Clean the kitchen and common areas at the end of each shift.',
  'Report any rule violations by residents to clinical staff.',
  'Other duties as assigned.',
];

export const qualifications = [
  'High school diploma or GED required.',
  'Must be willing to share your personal experience of recovery to support others.',
  'Lived experience of recovery from a mental health condition is required.',
  'Lived experience of recovery from a substance use disorder required.',
  'Personal lived experience as a parent or caregiver of a child with behavioral health challenges required.',
  'Lived experience preferred.',
  'Must have at least two years clean and sober.',
  'Must have a clean driving record and a valid driver license.',
  'Certification as a Peer Support Specialist within six months of hire.',
  'Bachelor degree in social work or a related field required.',
  'Must provide documentation of your diagnosis and treatment history.',
  'Ability to work with people who have been diagnosed with a mental illness.',
  'Must pass a criminal background check.',
];

export const benefits = [
  'Pay range: $19.50 to $23.00 per hour, depending on experience.',
  'Full benefits including health, dental and vision coverage.',
  'Generous paid time off and paid training for peer certification.',
  'This position reports to the Director of Peer Services.',
  'Weekly supervision with a peer supervisor who has lived experience.',
  'There is a career ladder from Peer Specialist to Senior Peer Specialist and Peer Supervisor.',
  'You will be part of a team of six peer staff.',
];

/** Wording the language rules look for, in sentences a posting or agency document might contain. */
export const stigmatizingSentences = [
  'Staff must not enable addicts or alcoholics who relapse.',
  'Many residents are frequent flyers at the emergency room.',
  'The program helps people who are battling substance abuse and drug abuse.',
  'A schizophrenic client may become grandiose or manipulative when decompensating.',
  'We work with low functioning individuals who are often unmotivated.',
  'Her brother committed suicide last year, and the family is still grieving.',
  'He is a victim of mental illness and suffers from depression.',
  'Some of our patients are drug-seeking or have a serious drug habit.',
  'Clients who test dirty are referred back to their counselor.',
  'That policy is crazy, and the paperwork drives everyone insane.',
  'The mentally ill deserve better care in our county.',
  'Consumers are encouraged to attend every group session.',
];

/** Sentences with words that look like findings but are not (guards must keep these quiet). */
export const trapSentences = [
  'Funding comes from the Substance Abuse and Mental Health Services Administration.',
  'Members can attend Alcoholics Anonymous or Narcotics Anonymous meetings nearby.',
  'All records are kept HIPAA compliant and stored securely.',
  'The budget suffers from delays in state reimbursement.',
  'Applicants need a clean driving record for the agency vehicle.',
  'Data manipulation skills in Excel are helpful for monthly reports.',
  'We are committed to recovery-oriented care for every person we serve.',
  'Our language guide explains why we avoid the word "addict" in our materials.',
  'The county consumer products office shares our building.',
  'Please clean the kitchen after the team lunch.',
];

/** Ordinary workplace prose with nothing to find. */
export const neutralFiller = [
  'The team meets every Tuesday morning to plan the week ahead.',
  'Our offices are open Monday through Friday from eight to five.',
  'Training is provided during the first month of employment.',
  'The agency serves three counties in the northern part of the state.',
  'Staff use a shared calendar to schedule meetings and outreach.',
  'We value honesty, respect, and the belief that people can grow.',
  'The building is accessible by public transit and has free parking.',
  'Employees receive a laptop and a mobile phone for work use.',
  'Community partners include local schools, clinics and libraries.',
  'The annual staff retreat takes place each spring near the lake.',
  'New hires shadow an experienced colleague for two weeks.',
  'Reports are due on the fifth business day of each month.',
  'The organization was founded in 1987 by a group of families.',
  'We encourage applicants from all backgrounds to apply.',
];
