// Shapes met in opened blind sets (session 20: peer work where the pull toward clinical, monitoring
// and enforcement duties is strongest, and text taken out of agencies' files), rewritten in our
// own words. Read now: an evaluation's or a program description's title; a crisis line that
// serves people and loved ones together; "personal experience with opioid use disorder"; active
// rescue and visits a person does not agree to; driving as most of the paid time; reporting a
// named group of people to a nurse; upkeep of a lobby and restocking; a soup kitchen; an aide's
// duties; supervising students at lunch; "or more years of personal recovery"; a police
// background check; functioning labels with a word between; "dirty" said of people. Traps: a
// harm-reduction kit restocked; a kitchen shared with members; a report about one's own
// workload; "loved ones" named by a family title; an "or" before another way in on the next
// line; the applicant's own youth named before a relationship. Checked against the session's start: the traps,
// and four duties the older reading already found (every tenant who breaks a policy, each
// family's progress, students in the lunchroom, students in the cafeteria), passed there too and
// are kept as guards.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds, postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('what the text is', () => {
  it.each([
    'Harbor Recovery Coach Program: First-Year Evaluation Summary\nPrepared by the Quality Office, Lakeside Health\n\nBackground\nIn 2023 we placed recovery coaches in two emergency rooms. Coaches are people in recovery, supervised by a lead coach.\n\nResults\n- Coaches met 1,200 people.\n- Pay range for coaches was raised in the spring.\n',
    'Family Court Parent Mentor Program - Program Description\nRiver County Court with Bright Path Families\n\nOverview\nEach parent is matched with a Parent Mentor who went through the dependency system too.\n\nStaffing\nParent Mentors report to the program lead and are paid $24 per hour.\n',
  ])('a document whose title names it, whatever jobs it describes: %#', (text) => {
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('about-peer-work');
  });
});

describe('whom the job serves', () => {
  it('a crisis line that answers people and loved ones together is a general role, not a family one', () => {
    const text =
      'Job: Peer Crisis Specialist (Part-Time)\nCompensation: $22 per hour\n\nAbout the role\nPeer Crisis Specialists take calls from people in distress, among them people thinking about ending their lives and loved ones of someone who died by suicide.\n\nRequirements\n- Lived experience of a crisis is a plus.\n';
    expect(analyze(text).role.category).toBe('general-peer');
  });
  it('a family title keeps its family category when loved ones are named (trap)', () => {
    const text =
      'Family Peer Advocate\nEastside Services | $21 an hour\n\nThe Family Peer Advocate supports parents and loved ones of adults living with mental illness.\n\nQualifications\n- Personal experience as a family member of an adult with a mental health condition is required.\n';
    expect(analyze(text).role.category).toBe('family');
  });
});

describe('lived experience', () => {
  it('"personal experience with opioid use disorder ... preferred" prefers lived experience of that kind', () => {
    const r = analyze(
      postingWithQualification('Personal experience with opioid addiction and methadone treatment preferred.').replace(
        /- Personal experience of mental health recovery is required\.\n?/,
        '',
      ),
    );
    expect([r.livedExperience.status, r.livedExperience.specific]).toEqual(['preferred', true]);
  });
});

describe('lived experience worded across lines and relationships', () => {
  const youthPosting = (line: string) =>
    `Youth Peer Mentor\nOakline Services | $19 an hour\n\nThe mentor meets people aged 18 to 24 who are leaving foster care.\n\nRequirements\n1. ${line}\n`;
  it('an "or" that ends a wrapped line of a requirement opens no other way in', () => {
    const text =
      'Peer Respite Worker\nAlder House | $23 an hour\n\nDuties\n- Sit with guests and talk.\n\nWhat you need\n  1. Your own lived experience of mental health struggles, a crisis, or\n     a hospital stay, and your own road to recovery.\n  2. Willingness to use that experience in your work.\n';
    expect(analyze(text).livedExperience.status).toBe('required');
  });
  it('an "or" before another way in on the next line still offers it (trap)', () => {
    const text =
      'Peer Specialist\nNorth Clinic | $20 an hour\n\nDuties\n- Talk with people.\n\nQualifications\n- Lived experience of recovery from mental illness, or\ntwo years of work in a peer-run program.\n';
    expect(analyze(text).livedExperience.status).toBe('mentioned');
  });
  it("the age named after a parent's relationship is the child's: a youth role that asks for a parent's experience is a mismatch", () =>
    expect(
      ruleIds(youthPosting('Lived experience as a parent or guardian of a teen or young adult who has used mental health services.')),
    ).toContain('le-category-mismatch'));
  it("the applicant's own youth named before the relationship still counts (trap)", () =>
    expect(ruleIds(youthPosting('Lived experience as a young adult in foster care, and as a parent.'))).not.toContain(
      'le-category-mismatch',
    ));
});

describe('duties', () => {
  it.each([
    ['Call for an active rescue when the risk is high.', 'duty-involuntary-holds'],
    ['Send the mobile team to the home even if the person does not agree.', 'duty-visits-against-wishes'],
    ['Weekly visits are mandatory as a condition of the housing program.', 'duty-visits-against-wishes'],
    ['Approximately 75% of work time is spent driving.', 'duty-transport'],
    ['Report to the shift nurse any resident who declines evening medications.', 'duty-report-on-people'],
    ['Report every tenant who breaks the visitor policy.', 'duty-report-on-people'],
    ["Report each family's progress to the referring worker.", 'duty-report-on-people'],
    ['Maintain the lobby and restock supplies.', 'duty-cleaning'],
    ['Help at the community kitchen during lunch.', 'duty-food-service'],
    ['Performs aide duties when the unit is short of staff.', 'duty-filling-staff-gaps'],
    ['Monitor students in the lunchroom and at recess.', 'duty-enforce-rules'],
    ['Supervises students in the cafeteria during lunch periods.', 'duty-enforce-rules'],
  ])('%j is read as %s', (line, id) => expect(ruleIds(postingWithDuty(line))).toContain(id));

  it.each([
    ['Restock naloxone kits and other harm reduction supplies in the van.', 'duty-cleaning'],
    ['Cook and eat lunch with members, helping in the kitchen with them.', 'duty-food-service'],
    ['Report to your supervisor any worries you have about your own workload.', 'duty-report-on-people'],
  ])('%j is not read as %s (trap)', (line, id) => expect(ruleIds(postingWithDuty(line))).not.toContain(id));
});

describe('hiring barriers', () => {
  it('"three or more years of personal recovery" sets a fixed time in recovery', () =>
    expect(ruleIds(postingWithQualification('Three or more years of personal recovery are required.'))).toContain('barrier-years-clean'));
  it('passing a police background check bars people with a record', () =>
    expect(ruleIds(postingWithQualification('Must pass a police background check before hire.'))).toContain('barrier-criminal-record'));
});

describe('words', () => {
  it('a functioning label with one word before the people it labels', () =>
    expect(languageRuleIds('Our groups welcome high-functioning graduate students and everyone else.')).toContain('high-functioning'));
  it.each(['Call the coordinator about any client who is dirty.', 'Some residents kept turning up dirty after weekends away.'])(
    '"dirty" said of people: %j',
    (text) => expect(languageRuleIds(text)).toContain('dirty-test'),
  );
});
