// Shapes met in an opened blind set (blind44, peer work in substance-use recovery settings),
// rewritten in our own words (session 19). Read now: a clause about the staff after a comma and
// "although" ("..., although many of our drivers are in recovery themselves"); a page named "Our
// Peer Team" after the program's name; a part of the employer of three words after its
// possessive ("Maple Street's opioid treatment program offers ..."); duties given to other staff
// by a passive ("... are done by the nurses") or by "a House Manager who
// handles ..."; a preference or denial in brackets about another item; "has nothing to do
// with"; "grounded in"; a plain verb after a comma starts another duty; "share your story",
// "being there for people", helping people find meetings; "folks" as people; a sponsor asked to
// vouch for sobriety; making coffee for the groups; 12-step attendance slips. Traps: making a
// newcomer a cup of coffee; taking attendance at one's own groups; a past form after the comma
// ("report non-compliance, missed sessions and ...") still reads as what is reported (all three
// passed before: guards).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('what the text is', () => {
  it('a driver job whose staff are often in recovery is no peer job', () => {
    const text =
      'VAN DRIVER\nCedar Ridge Recovery Services\nPart-time, 24 hours a week | $17.50/hr\n\nCedar Ridge is looking for a careful, friendly driver to bring patients to and from our clinic.\n\nDuties:\n- Drive the morning and afternoon routes in the clinic van\n- Keep a mileage log\n\nRequirements:\n- A clean driving record and a valid license\n- Able to pass a drug test\n\nThis is a driving job, not a recovery coaching job, although many of our drivers are in recovery themselves.\n\nApply at the front desk.\n';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('non-peer-posting');
  });
  it('a program page named "Our Peer Team" is about the work', () => {
    const text =
      'Larkspur Harm Reduction Project - Our Peer Team\n\nWho we are\nLarkspur opened in 2019 and now serves 900 people a year.\n\nOur peers\nFive of our nine staff are peer workers who have used drugs themselves.\n\nWhat peers do\n- Hand out safer-use supplies\n- Teach people to use naloxone\n\nHow we support them\nPeers start at $21 an hour with full benefits.\n';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('about-peer-work');
  });
});

describe("duties that are not the job's", () => {
  const clinic = (line: string) =>
    `Maple Street Health - Addiction Medicine\nPeer Recovery Coach\n\nPay: $21-$24/hour | Full time\n\n${line}\n\nWhat you will do\n- Tell your recovery story if it could help someone\n- Help people set goals of their own\n\nRequired\n- Lived experience of recovery from opioid use\n`;
  it('a part of the employer named after its possessive describes the agency', () =>
    expect(
      ruleIds(clinic("Maple Street's opioid treatment program offers medication alongside counseling and primary care.")),
    ).not.toContain('duty-therapy'));
  it('duties a passive gives to other staff are theirs', () =>
    expect(ruleIds(clinic('Dosing, urine drug screens and care plans are done by the nurses and doctors.'))).not.toContain(
      'duty-drug-testing',
    ));
  it('duties of a house manager "who handles" them are the manager\'s', () =>
    expect(
      ruleIds(postingWithDuty('Every residence has a live-in House Manager who runs chores, drug testing and the weekly house meeting.')),
    ).not.toContain('duty-drug-testing'));
  it('a duty the job "has nothing to do with" is denied', () =>
    expect(ruleIds(postingWithDuty("This position has nothing to do with enforcing the rules, unlike the house manager's."))).not.toContain(
      'duty-enforce-rules',
    ));
  it('"grounded in" meeting people grounds nobody', () =>
    expect(ruleIds(postingWithDuty('All of our work is grounded in meeting people as equals.'))).not.toContain('duty-enforce-rules'));
  it('a plain verb after a comma starts another duty', () =>
    expect(ruleIds(postingWithDuty('You will supervise and support six recovery coaches, help them grow in their work.'))).not.toContain(
      'duty-enforce-rules',
    ));
  it('a past form after the comma still reads as what is reported (guard)', () =>
    expect(ruleIds(postingWithDuty('Report participant non-compliance, missed sessions and positive screens to the court.'))).toContain(
      'duty-report-on-people',
    ));
});

describe('duties read now', () => {
  it.each([
    ['Set out the chairs and make coffee for the evening groups.', 'duty-food-service'],
    ['Check the AA/NA sign-in slips residents bring back each week.', 'duty-compliance-monitoring'],
  ])('%s', (line, id) => expect(ruleIds(postingWithDuty(line))).toContain(id));
  it.each([
    ['Greet newcomers and make them a cup of coffee while they wait.', 'duty-food-service'],
    ['Take attendance at the groups you lead.', 'duty-compliance-monitoring'],
  ])('%s (trap)', (line, id) => expect(ruleIds(postingWithDuty(line))).not.toContain(id));
});

describe('peer work named in plain words', () => {
  it("a small center's coach job written in plain words names peer work", () => {
    const text =
      'recovery coach - part time - Willow Bend Recovery Hub\n\nsmall center looking for one more coach, about 20 hrs a week at $18/hr. mostly you will be there for folks who walk in, answer the recovery line, help people find groups near them, and run the saturday night meeting. all you need is your own lived experience of recovery from addiction. stop by to apply.\n';
    expect(ruleIds(text)).not.toContain('role-no-peer-competencies');
  });
  it('"share your story" is peer work', () => {
    const text =
      'Peer Mentor\nHarbor Lane Services | $19 an hour\n\nWhat you will do\n- Share your story with people who are new to recovery\n- Answer the phones\n\nQualifications: lived experience of recovery from substance use.\n';
    expect(ruleIds(text)).not.toContain('role-no-peer-competencies');
  });
});

describe('language and lived experience', () => {
  it('"folks battling addiction" is war framing', () =>
    expect(ruleIds(postingWithDuty('Meet the folks battling addiction who walk in each morning.'))).toContain('battling'));
  it('a sponsor asked to vouch for sobriety is a proof of recovery', () =>
    expect(ruleIds(postingWithQualification('Two years of sobriety required (we confirm it with your sponsor).'))).toContain(
      'inquiry-clinician-letter',
    ));
  it('a bracket about another item does not weaken the requirement', () => {
    const text =
      'Peer Recovery Coach\nMaple Street Health | $22 an hour | full time\n\nWhat you will do\n- Tell your recovery story if it could help someone\n- Help people set goals of their own\n\nRequired\n- Lived experience of recovery from opioid use (experience with methadone or buprenorphine is welcome but not required)\n- High school diploma or GED\n';
    expect(analyze(text).livedExperience.status).toBe('required');
  });
});
