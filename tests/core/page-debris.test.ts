// What a job board or a careers site carries around a posting decides nothing about it: a list of
// other jobs after a rule ("Jobs you may also like", items opened by ">"), a cookie notice, a row
// of the board's buttons, a careers menu and a link back to the list. And three readings of the
// posting itself: "their own parenting journeys" mentions lived experience, program numbers sent
// to a manager are no report on people, and a family title that no list knows serving young
// adults is a family role. Each case failed on the session's start commit; of the careers menu's
// page only its menu line did (the page read right there too), kept as a guard.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { isMenuLine, structureOf } from '../../src/core/text/document-structure.js';
import { tokenize } from '../../src/core/text/tokenize.js';

beforeAll(loadPartsOfSpeech);

const judged = (text: string) => {
  const r = analyze(text);
  return { peer: r.role.isPeerRole, kind: r.document.kind, category: r.role.category, lived: r.livedExperience.status };
};

describe("the board's lists, notices and menus", () => {
  it('a list of other jobs after a drawn rule names none of this job', () => {
    const text = [
      'Residential Aide - Withdrawal Unit (Overnight)',
      'Bayview Treatment Center  |  Harbor City, FL  |  Full-Time  |  $16.50 - $18.75/hr',
      '',
      'Duties:',
      '- Complete safety rounds every 15 minutes and document each one',
      '- Take vital signs and report changes to the nurse',
      '- Help with admissions and keep supply rooms stocked',
      '',
      'Requirements: high school diploma, CPR within 30 days. EOE.',
      '',
      '--------------------------------------',
      'Jobs you may also like',
      '> Peer Recovery Specialist - Outpatient   Bayview Treatment Center   Harbor City, FL',
      '> Certified Recovery Peer Specialist (CRPS)   Gulf Recovery Network   Port Leon, FL',
      '> Licensed Practical Nurse - Nights   Coastline Health   Port Leon, FL',
    ].join('\n');
    expect(judged(text)).toMatchObject({ peer: false, kind: 'non-peer-posting' });
    // The rule sets the list apart as a blank line does: its label heads it.
    expect(structureOf(text, tokenize(text), null).headings.map((h) => h.text)).toContain('Jobs you may also like');
  });
  it('lived experience asked in a listed job under "More jobs you might like" is not asked here', () => {
    const text = [
      'Family Peer Advocate',
      'Riverside Family Alliance · Glen Cove, NY · $22 an hour',
      '',
      'Walk with parents whose children receive mental health services, and help them speak up at school and clinic meetings.',
      '',
      'Qualifications: high school diploma; two years of work with families. Apply online. EOE.',
      '',
      '═══════════════',
      'More jobs you might like',
      'Peer Support Specialist - Adult Clinic',
      'Westfield Behavioral Health · Glen Cove, NY',
      'Lived experience of recovery from mental illness required.',
      'Licensed Clinical Social Worker',
      'Harborline Counseling · Oyster Bay, NY',
    ].join('\n');
    expect(judged(text)).toMatchObject({ peer: true, lived: 'absent' });
  });
  it('a cookie notice, a menu that names other jobs and a row of buttons do not head the page', () => {
    for (const line of [
      'This site uses cookies',
      'We use cookies so that the site works. [Accept all] [Only necessary]',
      'Apply Now          Save Job          Email this job',
      'Open Roles  ·  Life at Brightwater  ·  Benefits  ·  FAQ        [Search roles]',
      '← All open roles',
    ])
      expect(isMenuLine(line), line).toBe(true);
    expect(isMenuLine('Brightwater Youth Hub · Kelso, OR · Part-time · Remote')).toBe(false);
    expect(isMenuLine('Back to basics: what a recovery coach does, and what a recovery coach does not do')).toBe(false);
    const text = [
      'This site uses cookies',
      'We use cookies so that the site works. [Accept all] [Only necessary]',
      '',
      'Harborview Health   |   Nursing   Pharmacy   Therapists   Dietitians   |   Find a job',
      '',
      'Job ID 40712  ·  Recovery Coach - Emergency Department',
      'Harborview General Hospital  ·  Fall River, MA',
      'Pay range: $23.50 - $31.00 per hour',
      '',
      'Apply Now          Save Job          Email this job',
      '',
      'Meet people in the emergency department after an overdose and share your own story of recovery.',
      '',
      'Requirements: at least two years of your own recovery from opioids, alcohol or other drugs.',
    ].join('\n');
    expect(judged(text)).toMatchObject({ peer: true, kind: 'peer-posting', category: 'substance-use-recovery', lived: 'required' });
  });
  it('a careers menu with an FAQ item names no document', () => {
    const text = [
      'Brightwater Careers',
      'Open Roles  ·  Life at Brightwater  ·  Benefits  ·  FAQ        [Search roles]',
      '',
      '← All open roles',
      '',
      'Young Adult Peer Support Worker',
      'Brightwater Youth Hub · Kelso, OR · Part-time · Remote',
      '',
      'About the role',
      'Young Adult Peer Support Workers welcome members ages 18 to 24, help them settle in and connect them with housing, school and jobs.',
      '',
      'Pay is $20.50 to $22.75 an hour. Brightwater is an equal opportunity employer.',
    ].join('\n');
    expect(judged(text)).toMatchObject({ peer: true, kind: 'peer-posting', category: 'youth' });
  });
});

describe('readings of the posting itself', () => {
  it('"draw on their own parenting journeys" mentions lived experience', () => {
    const text = [
      'Parent Peer Specialist - Early Childhood',
      '',
      'Each Parent Peer Specialist brings their own parenting journey with a child who struggled, and that opens doors.',
      '',
      'Support parents of children under five during home visits. Pay: $22 an hour. Apply online.',
    ].join('\n');
    expect(judged(text).lived).toBe('mentioned');
  });
  it('program numbers sent to a manager are no report on people', () => {
    const ids = (line: string) => analyze(`Family Recovery Coach\n\nDuties:\n- ${line}\n- Share your story.`).findings.map((f) => f.ruleId);
    expect(ids('Keep short notes and send the quarterly attendance totals to the Family Services Director.')).not.toContain(
      'duty-report-on-people',
    );
    expect(ids('Report what each family member tells you in group to the Family Services Director.')).toContain('duty-report-on-people');
  });
  it('a family title no list knows, serving young adults and their families, is a family role', () => {
    const text = [
      'Family Navigator - First Episode Psychosis Team',
      '',
      'The team works with young adults from 18 to 30 after a first psychotic episode, and with the families who stand by them.',
      '',
      'Responsibilities',
      '- Reach out to relatives and co-lead the multi-family group',
      '',
      'Qualifications',
      'Preferred: past experience as a relative and family member of someone living with psychosis is strongly preferred.',
      '',
      'Pay: $26 an hour.',
    ].join('\n');
    expect(judged(text)).toMatchObject({ peer: true, category: 'family' });
  });
});
