// The judgments real text tests hardest, one class at a time, each with its traps. Every text
// here was written for this test; none is taken from a real posting.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';

const ids = (text: string) => analyze(text).findings.map((f) => f.ruleId);
const lang = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.family === 'language')
    .map((f) => f.text);

describe('document kind: a job offer or a document about peer work', () => {
  it('reads a short peer posting with pay and hours as a peer posting', () => {
    const r = analyze('Peer Recovery Specialist\n$21 an hour, 30 hours per week.\n\nWalk beside people on their own path.');
    expect(r.document.kind).toBe('peer-posting');
    expect(r.document.evidence.join(' ')).toMatch(/pay/);
  });
  it('reads an explainer that answers "what is" questions as a document about peer work', () => {
    const r = analyze(
      'Peer Mentors in Our County\n\nWhat is a peer mentor?\nA peer mentor is someone who has walked a similar road.\n\nWho can become one?\nAnyone who completes the state course.',
    );
    expect(r.document.kind).toBe('about-peer-work');
    expect(r.role.isPeerRole).toBe(false);
    expect(r.findings.filter((f) => f.family !== 'language')).toEqual([]);
    expect(r.notes.join(' ')).toMatch(/document about peer work/);
  });
  it('reads a page whose title names a guide or a certification as a document', () => {
    expect(analyze('How to Become a Recovery Coach\n\nResponsibilities of coaches vary.').document.kind).toBe('about-peer-work');
    expect(analyze('Recovery Coach Certification\n\nApplicants must finish 40 hours of training.').document.kind).toBe('about-peer-work');
  });
  it('reads a call for proposals for peer services as a document, not a posting', () => {
    const r = analyze(
      'Request for Proposals: Peer Support Services\n\nThe county seeks a provider to employ certified peer specialists. Proposals are due by noon on May 2. The contract term is one year.',
    );
    expect(r.document.kind).toBe('about-peer-work');
  });
  it('reads a certification application and a grant narrative as documents', () => {
    const application = analyze(
      'Certified Recovery Specialist - Renewal Application\n\nWho may apply: anyone holding the credential. Submit the form with the application fee of $50 by the 15th.',
    );
    expect(application.document.kind).toBe('about-peer-work');
    const narrative = analyze(
      'Project Narrative: Staffing Plan\n\nTwo full-time peer specialists will be hired within 60 days of the award, at $42,000 a year each. Performance measures include the number of people engaged.',
    );
    expect(narrative.document.kind).toBe('about-peer-work');
  });
  it('reads an offer of a volunteer peer role with its requirements as a posting', () => {
    const r = analyze(
      'Volunteer Peer Mentor\nA few hours a week; unpaid.\n\nWho we are looking for\n- People with at least two years of recovery from alcohol or drug use\n- Willing to complete a short orientation\n\nTo sign up, fill out the volunteer form.',
    );
    expect(r.document.kind).toBe('peer-posting');
    expect(r.livedExperience.status).toBe('required');
  });
  it('reads a news story about hiring coaches as a document, not a posting', () => {
    const r = analyze(
      'Clinics Hiring Recovery Coaches\n\nThe county placed coaches in two clinics, according to a recent report. "It works," said a nurse.',
    );
    expect(r.document.kind).toBe('about-peer-work');
  });
  it('finds the peer role named in an offer to hire when the page has no peer title', () => {
    const r = analyze(
      'About Harbor Health\n\nWe care for our neighbors.\n\nJoin Our Team\nHarbor Health is hiring Peer Support Specialists for its walk-in clinic. Full-time, with benefits.',
    );
    expect(r.document.kind).toBe('peer-posting');
    expect(r.role.evidence.join(' ')).toMatch(/offer to hire/);
  });
  it('does not read a breastfeeding peer counselor as a peer-support role', () => {
    const r = analyze(
      'Breastfeeding Peer Counselor - WIC Program\nPart-time, $16/hour.\n\nDuties\n- Encourage new mothers in the WIC program who are breastfeeding.',
    );
    expect(r.role.isPeerRole).toBe(false);
    expect(r.findings.filter((f) => f.family !== 'language')).toEqual([]);
  });
  it('reads a page that lists several jobs as no single posting, and says to select one', () => {
    const r = analyze(
      [
        'Join Our Team',
        '',
        'Peer Support Specialist - Adult Services',
        'Walk beside adults in our clinic using your own recovery experience. $20 an hour.',
        '',
        'Case Manager - Housing Program (Full-time)',
        'Coordinate housing services and carry a caseload of thirty. Answer phones at the front desk.',
        '',
        'Benefits include health insurance. Apply online.',
      ].join('\n'),
    );
    expect(r.document.kind).toBe('other');
    expect(r.document.evidence.join(' ')).toMatch(/several jobs.*select the text of one posting/);
    expect(r.findings.filter((f) => f.family !== 'language')).toEqual([]);
  });
  it('reads bullets that name jobs under an offer ("Open Positions") as a list of jobs', () => {
    const page = (lead: string) =>
      analyze(
        [
          'Careers at Elm Park Health',
          'We offer medical and dental insurance and generous paid time off.',
          '',
          lead,
          '- Peer Support Specialist (Full-time)',
          '- Outpatient Therapist (LCSW or LPC)',
          '- Receptionist (Part-time)',
          '',
          'To apply, email your resume to jobs@elmpark.org.',
        ].join('\n'),
      );
    expect(page('Open Positions').document.kind).toBe('other');
    // Trap: the same bullets naming the team the peer joins, under no offer, are not a list of jobs.
    expect(page('Our peer specialist works beside').document.kind).not.toBe('other');
  });
  it("trap: a board's similar jobs, one name after another with no description, are not the page's list", () => {
    const r = analyze(
      [
        'Peer Recovery Coach',
        'Hillside Recovery · Akron, OH',
        '$19 an hour · Full-time',
        '',
        'Responsibilities',
        '- Meet with people in early recovery and help them set their own goals',
        '',
        'Requirements',
        '- Two years of personal recovery from a substance use disorder',
        '',
        'Similar jobs',
        'Case Manager - Summit Behavioral Health',
        'Peer Support Specialist - Canton Clinic',
        'Jobs people also viewed in Akron, updated every day for you',
      ].join('\n'),
    );
    expect(r.document.kind).toBe('peer-posting');
    expect(r.livedExperience.status).toBe('required');
  });
  it('reads search results one after another as a list even when every result is a peer role', () => {
    const result = (title: string, employer: string) => [
      title,
      employer,
      'Walk beside adults in recovery and help them reach goals they choose.',
      '',
    ];
    const results = analyze(
      [
        'peer jobs near Columbus, OH',
        ...result('Peer Support Specialist', 'Hope Clinic - Columbus, OH'),
        ...result('Peer Recovery Coach', 'Open Door Center - Dublin, OH'),
      ].join('\n'),
    );
    expect(results.document.kind).toBe('other');
    // Trap: a posting's own title block, and one similar job far below its duties, are one posting.
    const posting = analyze(
      [
        ...result('Peer Support Specialist', 'Hope Clinic - Columbus, OH'),
        'Duties',
        '- Meet with adults weekly and help them plan their own recovery',
        '- Lead a weekly wellness group',
        'Requirements',
        '- Lived experience of recovery from a mental health condition',
        'Pay: $20 an hour, full-time.',
        '',
        ...result('Peer Recovery Coach', 'Open Door Center - Dublin, OH'),
      ].join('\n'),
    );
    expect(posting.document.kind).toBe('peer-posting');
  });
  it('reads a job in capitals beside a peer role as another entry of a list', () => {
    const r = analyze(
      [
        'OPEN EXAMINATIONS',
        '',
        'PEER SUPPORT SPECIALIST I',
        'Provides peer support to adults in county programs, using personal experience of recovery.',
        '',
        'ELIGIBILITY WORKER II',
        'Determines eligibility for public assistance and keeps the case records of each applicant.',
      ].join('\n'),
    );
    expect(r.document.kind).toBe('other');
  });
  it("reads a title cue on the page's second line under an organization's name, not under a job's", () => {
    expect(
      analyze("Lighthouse Recovery Center\nYear in Review 2025\n\nWe're hiring! We are always looking for recovery coaches.").document.kind,
    ).toBe('about-peer-work');
    // Trap: a job's name on the second line is the job, whatever word it holds.
    expect(analyze('Harbor Clinic\nTraining Coordinator\n\nFull-time, $24 an hour. Schedule our staff trainings.').document.kind).toBe(
      'non-peer-posting',
    );
  });
  it("reads a provider's page headed 'Become a ...' that hires for the role as a posting", () => {
    const page = (extra: string) =>
      analyze(
        `Become a Parent Partner at Elm Family Services\n\nElm Family Services is hiring Parent Partners for our children's program. Parent Partners work 30 hours a week and earn $20 an hour.\n${extra}`,
      );
    expect(page('').document.kind).toBe('peer-posting');
    // Trap: beside a mark of a certification page, the title's cue stands.
    expect(page('Pass the certification exam and pay the application fee.').document.kind).toBe('about-peer-work');
  });
  it('reads a table of openings, one job to a row, as a list of jobs', () => {
    const table = (rows: string[]) =>
      analyze(['Open jobs at Elm Park Health', '', 'Position | Location | Type', ...rows, '', 'Apply online.'].join('\n'));
    expect(
      table(['Peer Support Specialist | North Clinic | Full-time', 'Outpatient Therapist | South Clinic | Part-time']).document.kind,
    ).toBe('other');
    // Trap: a posting's table of shifts names no job in its first cells.
    const shifts = analyze(
      [
        'Peer Support Specialist',
        'Full-time, $20 an hour. Help adults plan their own recovery.',
        '',
        'Day | Hours | Place',
        'Monday | 9-5 | North Clinic',
        'Tuesday | 9-5 | South Clinic',
      ].join('\n'),
    );
    expect(shifts.document.kind).toBe('peer-posting');
  });
  it('reads jobs listed after a "Hiring:" label as a list of jobs, and a guide headed "Hiring ...:" as no list', () => {
    const fair = analyze(
      [
        'Job Fair - Employers',
        '',
        'Elm Counseling',
        'Hiring: Peer Support Specialist, Outpatient Therapist',
        '',
        'Bring your resume.',
      ].join('\n'),
    );
    expect(fair.document.kind).toBe('other');
    const guide = analyze(
      [
        'Hiring Peer Staff: Peer Support Specialist, Outpatient Therapist and Their Teams',
        '',
        'This guide helps agencies write job descriptions. Tips for supervisors follow.',
      ].join('\n'),
    );
    expect(guide.document.kind).not.toBe('other');
  });
  it('trap: a posting whose reporting line sits on a line of its own is one posting', () => {
    const r = analyze(
      [
        'Peer Support Specialist',
        'Full-time, $20 an hour.',
        '',
        'Reports to',
        'Clinical Supervisor',
        '',
        'Case Manager',
        'You will work beside our case managers and nurses as a member of the care team.',
      ].join('\n'),
    );
    expect(r.document.kind).toBe('peer-posting');
  });
  it('reads a posting for a role the lexicon does not know as a non-peer posting', () => {
    const r = analyze(
      'Night Attendant\n\nJob Summary\nKeep the residence calm overnight.\n\nDuties\n- Greet residents.\n\nSalary: $18 an hour.',
    );
    expect(r.document.kind).toBe('non-peer-posting');
  });
  it('lets the user correct the kind', () => {
    const text = 'What is a peer specialist?\n\nA peer specialist supports others in recovery.';
    const r = analyze(text, { documentKind: 'peer-posting' });
    expect(r.document.kind).toBe('peer-posting');
    expect(r.role.isPeerRole).toBe(true);
    expect(r.document.evidence.at(-1)).toMatch(/set by user/);
  });
  it('trusts a page that marks itself as a job posting', () => {
    const r = analyze({ kind: 'job-posting', title: 'Recovery Coach', sections: [{ text: 'Walk beside people in recovery.' }] });
    expect(r.document.kind).toBe('peer-posting');
  });
});

describe('lived experience worded without the words "lived experience"', () => {
  const posting = (qualification: string) => `Recovery Coach\nPart-time, 20 hours per week.\n\nQualifications\n- ${qualification}`;
  it.each([
    'At least two years of continuous recovery from a substance use disorder.',
    'Must self-identify as a person in recovery from addiction.',
    'Personal experience raising a child with emotional or behavioral needs.',
    'Must have personally faced challenges with substance use and found a path to recovery.',
    'Must be in recovery and have at least three years clean.',
  ])('reads a requirement: %s', (q) => expect(analyze(posting(q)).livedExperience.status).toBe('required'));

  it('reads a request to applicants in running text as required', () => {
    const r = analyze(
      'Recovery coaches at our center walk beside people in recovery from alcohol and other drugs.\n\nWe ask that applicants have at least one year of continuous recovery. Full-time, $20 an hour; send a resume to apply.',
    );
    expect(r.livedExperience.status).toBe('required');
    expect(r.livedExperience.specific).toBe(true);
  });
  it('reads a section under an unknown heading as the requirements when it asks for what an applicant brings', () => {
    const text = (heading: string) =>
      `Youth Peer Advocate\nPart-time, $19 an hour.\n\n${heading}\n- Between 18 and 26 years old\n- A young person with lived experience of the mental health or foster care system\n- Holding or working toward the state youth peer credential`;
    expect(analyze(text('You are:')).livedExperience.status).toBe('required');
    expect(analyze(text('The person we hope to meet:')).livedExperience.status).toBe('required');
  });
  it('trap: a duties list that names one credential is not a requirements list', () => {
    const r = analyze(
      'Peer Support Specialist\nFull-time, $20 an hour.\n\nIn this role you will\n- Keep your peer certification current\n- Share your lived experience of recovery when it helps\n- Lead a weekly group\n- Link people to housing',
    );
    expect(r.livedExperience.status).toBe('mentioned');
  });
  it("reads willingness to talk about one's own experience as willingness to share", () => {
    const r = analyze(
      posting('Lived experience of recovery from addiction, and comfortable talking about your own experiences to build trust.'),
    );
    expect(r.findings.map((f) => f.ruleId)).not.toContain('le-no-willingness-to-share');
  });

  it('finds lived experience as the only qualification after an inline label', () => {
    const only = 'Peer Mentor\nPart-time, $18/hour.\n\nQualifications: lived experience of mental health recovery. Nothing else is needed.';
    expect(ids(only)).toContain('le-only-qualification');
    const more =
      'Peer Mentor\nPart-time, $18/hour.\n\nQualifications: lived experience of mental health recovery and a high school diploma.';
    expect(ids(more)).not.toContain('le-only-qualification');
  });
  it('reads the role defined by who holds it as required', () => {
    const r = analyze(
      'Peer Specialist II\nFull-time. Salary: $48,000 annually.\n\nThis position is held by a person with lived experience of recovery from a mental health condition.',
    );
    expect(r.livedExperience.status).toBe('required');
  });
  it('reads lived experience told only in the duties as mentioned, not required', () => {
    const r = analyze(
      'Recovery Coach\nFull-time.\n\nResponsibilities\n- Draw on your own recovery story to encourage others.\n\nQualifications\n- High school diploma.',
    );
    expect(r.livedExperience.status).toBe('mentioned');
    expect(ids('Recovery Coach\nFull-time.\n\nResponsibilities\n- Draw on your own recovery story to encourage others.')).toContain(
      'le-mentioned-not-required',
    );
  });
  it('reads lived experience that another experience can replace as not required', () => {
    const r = analyze(posting('Lived experience of recovery from addiction, or two years of professional experience in human services.'));
    expect(r.livedExperience.status).toBe('mentioned');
  });
  it('reads experience that work with the same people can replace as not required', () => {
    const r = analyze(posting('Experience parenting, or working with teenagers in a group home.'));
    expect(r.livedExperience.status).not.toBe('required');
  });
  it('reads "Applicants must:" as heading requirements and "you gotta have" as asking for it', () => {
    const offer = (ask: string) => analyze(`Recovery Coach\nPart-time, 20 hours per week, $18 an hour.\n\n${ask}`);
    const heading = offer('Applicants must:\n- Have personal experience of recovery from addiction\n- Be 18 or older');
    expect(heading.livedExperience.status).toBe('required');
    expect(offer('Bring your own story.\n- Have personal experience of recovery from addiction').livedExperience.status).not.toBe(
      'required',
    );
    expect(offer('You gotta have a year clean and sober.').livedExperience.status).toBe('required');
    expect(offer('Folks who have a year clean and sober are welcome.').livedExperience.status).not.toBe('required');
  });
  it('reads "have been incarcerated" on a requirements line as the applicant\'s own experience, not in a duty', () => {
    expect(analyze(posting('Must have been incarcerated, with two years since release')).livedExperience.status).toBe('required');
    const duty = analyze(
      'Recovery Coach\nPart-time, 20 hours per week.\n\nDuties\n- Support people who have been incarcerated as they return home',
    );
    expect(duty.livedExperience.status).toBe('absent');
  });
  it('reads "a plus" as preferred even under a Requirements label', () => {
    const r = analyze('Recovery Coach\nFull-time.\n\nRequirements: lived experience of recovery is a plus.');
    expect(r.livedExperience.status).toBe('preferred');
  });
  it('reads a rhetorical question as mentioned', () => {
    const r = analyze('Peer Support Specialist\nFull-time.\n\nDo you want to use your lived experience to help others heal?');
    expect(r.livedExperience.status).toBe('mentioned');
  });
  it('does not take the people served for the type of experience asked for', () => {
    const r = analyze(
      'Peer Support Specialist\nFull-time.\n\nA peer specialist is a person with lived experience who is trained to support people facing mental health challenges.',
    );
    expect(r.livedExperience.specific).toBe(false);
  });
  it('trap: a duty about the people served is not a lived-experience mention', () => {
    expect(analyze('Recovery Coach\nFull-time.\n\nDuties\n- Support people in recovery from addiction.').livedExperience.status).toBe(
      'absent',
    );
  });
});

describe('category: title priors and the population served', () => {
  it('gives a recovery coach substance-use recovery when the text does not say otherwise', () => {
    expect(analyze('Recovery Coach\nFull-time.\n\nHelp people reach their goals.').role.category).toBe('substance-use-recovery');
  });
  it('lets the population named in the text overrule the prior', () => {
    const r = analyze('Recovery Coach\nFull-time.\n\nSupport adults living with mental health conditions in our mental health clinic.');
    expect(r.role.category).toBe('adult-mental-health');
  });
  it('reads a family partner serving parents of children as parent/caregiver', () => {
    const r = analyze('Family Partner\nFull-time.\n\nSupport parents of children in the children and youth system of care.');
    expect(r.role.category).toBe('parent-caregiver');
  });
  it('keeps mental health and substance use joined by "and/or" general', () => {
    const r = analyze(
      'Peer Navigator\nFull-time.\n\nHelp people living outside find shelter; offer harm reduction supplies.\n\nQualifications\n- Lived experience of homelessness, mental health challenges and/or substance use',
    );
    expect(r.role.category).toBe('general-peer');
  });
  it('counts a list of conditions once: mental health conditions beside substance use stay general', () => {
    const r = analyze(
      'Peer Support Specialist - Veterans Program\nFull-time.\n\nWalk beside veterans living with PTSD, depression and substance use as they settle back home.',
    );
    expect(r.role.category).toBe('general-peer');
  });
  it('reads families of adults by the relationship, not by the illness it names', () => {
    const r = analyze(
      'Family Peer Specialist\nFull-time.\n\nSupport spouses, parents and siblings of adults living with serious mental illness.\n\nQualifications\n- Lived experience as a family member of an adult with a mental health condition.',
    );
    expect(r.role.category).toBe('family');
  });
  it('reads caregivers of adults as the family category', () => {
    const r = analyze(
      'Family Peer Partner\nFull-time.\n\nSupport family members and caregivers of adults living with mental health conditions. Lead a mental health education class.',
    );
    expect(r.role.category).toBe('family');
  });
  it('does not let a family activity outweigh the population a posting serves', () => {
    const r = analyze(
      'Peer Recovery Specialist - Treatment Court\nFull-time.\n\nWork with adults in recovery from substance use in the county treatment court.\n\nDuties\n- Facilitate all-recovery groups and family education nights\n- Help participants find recovery housing',
    );
    expect(r.role.category).toBe('substance-use-recovery');
  });
  it('keeps mental health and substance use named together general', () => {
    const r = analyze(
      'Peer Support Specialist\nFull-time.\n\nLived experience of recovery from a mental health or substance use challenge is required.',
    );
    expect(r.role.category).toBe('general-peer');
  });
});

describe('a posting without a title line', () => {
  it('reads a one-paragraph offer with its pay written "$22/hour" as a posting', () => {
    const r = analyze(
      'In this part-time role, our new recovery coach will meet people at the bedside after an overdose and follow up for 30 days. Coaches must have two years of recovery. $22/hour, evenings and weekends.',
    );
    expect(r.document.kind).toBe('peer-posting');
    expect(r.livedExperience.status).toBe('required');
  });
  it('reads youth named by their ages as a youth role', () => {
    const r = analyze(
      'Responsibilities:\n- Provide peer support to youth ages 16 to 24 at our drop-in center\n- Help youth connect with school, work and housing\nRequirements:\n- Lived experience with the mental health or foster care system as a youth',
    );
    expect(r.role.category).toBe('youth');
  });
  it('reads the role named as the subject of the opening sentences', () => {
    const r = analyze(
      'The Peer Specialist works with adults in our crisis program and helps them plan their own recovery.\n\nResponsibilities\n- Lead a weekly group.\n\nQualifications\n- Lived experience of recovery from a mental health condition is required.',
    );
    expect(r.role.isPeerRole).toBe(true);
    expect(r.document.kind).toBe('peer-posting');
  });
});

describe('duties phrased indirectly', () => {
  const posting = (duty: string) => `Peer Support Specialist\nFull-time.\n\nDuties\n- ${duty}`;
  it.each([
    ['Complete 15-minute safety checks and hourly headcounts on the unit.', 'duty-enforce-rules'],
    ['Search residents\u2019 rooms and confiscate prohibited items.', 'duty-enforce-rules'],
    ['Perform medication counts with the nurse at shift change.', 'duty-medication-administration'],
    ['Observe and report resident behavior to the treatment team.', 'duty-report-on-people'],
    ['Conduct intake assessments for new admissions.', 'duty-clinical-assessment'],
    ['Cover the front desk during staff lunch breaks.', 'duty-phones-reception'],
    ["Send each participant's attendance and test results to their probation officer weekly.", 'duty-report-on-people'],
    ['Keep the judge updated: brief the court on how each participant is doing.', 'duty-report-on-people'],
    ["Track and report patients' appointment adherence to the prescriber.", 'duty-compliance-monitoring'],
    ['Assess callers for involuntary hospitalization with the crisis clinician.', 'duty-involuntary-holds'],
    ['Provide short counseling interventions after each crisis call.', 'duty-therapy'],
    ['Give and log breathalyzer tests when residents come back from a pass.', 'duty-drug-testing'],
    ["Check each resident's compliance with the house rules every evening.", 'duty-enforce-rules'],
    ['Let the case manager know whenever a member misses a group.', 'duty-report-on-people'],
    ['Watch participants for signs of relapse and tell the counselor.', 'duty-report-on-people'],
    ['Remind members to take their medications at lunch.', 'duty-compliance-monitoring'],
  ])('finds: %s', (duty, rule) => expect(ids(posting(duty))).toContain(rule));
  it.each([
    ['Help people get ready for their intake assessment when they ask.', 'duty-clinical-assessment'],
    ['Support people to feel safe while they make their own choices.', 'duty-enforce-rules'],
    ['Refer people to the mobile Crisis Assessment Team when they want it.', 'duty-clinical-assessment'],
    ['This position reports directly to the Treatment Court Coordinator.', 'duty-report-on-people'],
    ['Go with participants to court hearings when they ask for support.', 'duty-report-on-people'],
    ['Stay with people through an involuntary hospitalization and help them understand their rights.', 'duty-involuntary-holds'],
    ['Drive people to appointments when a member asks and no other ride is available.', 'duty-transport'],
    ['Remind people to take their medications if they ask for a reminder.', 'duty-compliance-monitoring'],
    ['Make sure your own notes follow the program rules and agency policy.', 'duty-enforce-rules'],
    ['Help members keep track of their own appointments on their phones.', 'duty-report-on-people'],
  ])('stays silent on: %s', (duty, rule) => expect(ids(posting(duty))).not.toContain(rule));
  it('does not read a description of the people served as a duty', () => {
    const text =
      'Peer Support Specialist\nFull-time.\n\nMany of our members have struggled with medication adherence in the past.\n\nDuties\n- Lead a recovery group.';
    expect(ids(text)).not.toContain('duty-compliance-monitoring');
  });
  it('counts linking people to treatment and leading groups as peer work', () => {
    const text =
      'Recovery Coach\nFull-time.\n\nDuties\n- Link patients to treatment programs after an overdose.\n- Lead groups twice a week.';
    expect(ids(text)).not.toContain('role-no-peer-competencies');
  });
});

describe('language in real use', () => {
  it('flags "The mentally ill" opening a sentence before a verb', () => {
    expect(lang('The mentally ill deserve better housing.')).toContain('The mentally ill');
  });
  it('flags "addicted" before a person noun, not "addicted to"', () => {
    expect(lang('The clinic helps addicted parents.')).toContain('addicted parents');
    expect(lang('He was addicted to opioids for ten years.')).toEqual([]);
  });
  it('flags pity framing with "in" and overdose victims', () => {
    expect(lang('She was suffering in her addiction for years.')).toContain('suffering in');
    expect(lang('He was a victim of an overdose last spring.')).toContain('a victim of');
    expect(lang('Volunteers helped people suffering in the heat.')).toEqual([]);
  });
  it('flags the persistent-illness label without "the"', () => {
    expect(lang('We serve adults with severely and persistently mentally ill diagnoses.')).toContain(
      'severely and persistently mentally ill',
    );
  });
  it('does not flag words inside a cited reference', () => {
    expect(lang('Doe A, Roe B. Helping Substance Abusers Change. Lakeside Press, 2011.')).toEqual([]);
  });
});

describe('a flagged word and its suggestion count the same toward the category', () => {
  it('reads the category alike before and after the suggestion is applied, in an agency sentence', () => {
    const text =
      '- The clinic serves addicted individuals and their families.\nApplicants must have personal lived experience of recovery from a substance use condition.\nPeople living with mental illness are welcome in every group.\nCompensation\n';
    const before = analyze(text);
    const flagged = before.findings.find((f) => f.ruleId === 'addicted-person')!;
    const after = analyze(text.slice(0, flagged.start) + flagged.suggestions[0] + text.slice(flagged.end));
    expect(after.role.category).toBe(before.role.category);
  });
});
