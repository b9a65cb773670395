// Round 26g (issue 9, classes 5 and 6): crisis and hospital settings. Counting a patient's pills and
// films, repeat home visits to people who have declined, emergency custody paperwork and
// involuntary transport are duties a peer role should not hold; screens that "come back dirty"
// call a test result dirty. Guards: a reason given for a driver's license ("because outreach
// workers take turns driving the van") explains the requirement, it lists no duty; locking up
// medications and firearms at home is a family's safety plan.
// Each case failed on the session's start commit (01b02e7) except the guards, which say so.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const posting = (...lines: string[]) =>
  [
    'Peer Recovery Specialist',
    'Eastport Health - $21 an hour, full time. Apply online.',
    '',
    'Qualifications',
    '- Personal recovery from alcohol or drug use',
    '',
    'Duties',
    ...lines.map((l) => `- ${l}`),
  ].join('\n');

describe('duties in crisis and hospital settings', () => {
  it.each([
    ['Do pill and film counts at every clinic visit and note them in the chart.', 'duty-medication-administration'],
    ['Make repeat home visits to people who have declined services, to urge them into treatment.', 'duty-visits-against-wishes'],
    ['Help complete emergency custody paperwork for the crisis clinician.', 'duty-involuntary-holds'],
    ['Ride with deputies during involuntary transport to the hospital.', 'duty-involuntary-holds'],
  ])('%j is read as %s', (line, id) => expect(ruleIds(posting(line))).toContain(id));
  it('"screens come back dirty" calls a result dirty', () => {
    expect(ruleIds(posting("Tell the prescriber when a patient's screens come back dirty."))).toContain('dirty-test');
  });
  it('a reason given for a license ("because ... driving the van") explains the requirement, no duty is listed', () => {
    const text = [
      'Peer Outreach Worker',
      'Eastport Harm Reduction - $20 an hour. Apply online.',
      '',
      'You bring',
      '- Lived experience of drug use',
      "- A valid driver's license, because everyone on the team takes a turn driving the van",
      '',
      'Duties',
      '- Meet people where they are and offer supplies and a listening ear',
    ].join('\n');
    expect(ruleIds(text)).not.toContain('duty-transport');
  });
  it('guard (passed before): driving the van as a listed duty is still one', () => {
    expect(ruleIds(posting('Drive the van to every outreach stop and back each shift.'))).toContain('duty-transport');
  });
  it("locking up medications and firearms is a family's safety plan, not handling medication", () => {
    const text = [
      'Parent Peer Partner',
      'Eastport Youth Crisis Line - $21 an hour. Apply online.',
      '',
      'Qualifications',
      '- Lived experience raising a child with mental health needs',
      '',
      'Duties',
      '- Help caregivers plan for safety at home, such as securing medications and firearms',
    ].join('\n');
    expect(ruleIds(text)).not.toContain('duty-medication-administration');
  });
});
