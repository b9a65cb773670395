// Taking, bringing or getting the people served somewhere as a standing duty is transport, like
// driving; going along when the person asks, and the many other senses of "take", "bring" and
// "get", are not. Two rounds written for this test, each run once before the data was changed.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { rulesInLine } from './rules-in-line.js';

beforeAll(loadPartsOfSpeech);

const postings = [
  (line: string) =>
    `Peer Recovery Specialist\nFull-time, $21 an hour.\n\nEssential Functions\n- ${line}\n- Share your recovery story and lead groups.\n\nQualifications\n- Lived experience of recovery from a substance use or mental health condition is required.`,
  (line: string) =>
    `Recovery Coach\nPart-time, $19 an hour.\n\nWhat you will do\n- ${line}\n- Meet one-on-one with people working on their own recovery goals.\n\nRequirements\n- Personal experience of recovery from substance use is required.`,
];
const transportIn = (posting: (line: string) => string, line: string) => rulesInLine(posting, line, 'duty-transport');

describe('round 1', () => {
  it.each([
    'Take youth to school and to court each morning in the agency van.',
    'Bring residents to their medical and dental appointments.',
    'Pick up clients at the shelter and take them to the day program.',
    'Responsible for getting members to and from the clubhouse every day.',
    'Runs the morning van route for the residential program.',
    'Takes patients back and forth between the hospital and the detox unit.',
  ])('is transport: %s', (line) => expect(transportIn(postings[0]!, line)).toEqual(['duty-transport']));
  it.each([
    'Take people to appointments only when they ask for company.',
    'Take time to listen to each person without judgment.',
    'Bring your own experience of recovery to every conversation.',
    'Take part in weekly team meetings.',
    'Help members find their own way to the clubhouse, including bus passes.',
    'Bring snacks to the Tuesday group.',
    'Take notes on your own contacts in the record.',
  ])('is not: %s', (line) => expect(transportIn(postings[0]!, line)).toEqual([]));
});

describe('round 2', () => {
  it.each([
    'Bring clients from the jail to the treatment center on release days.',
    'Get residents to their court dates on time.',
    'Takes participants to and from outpatient groups in the company car.',
  ])('is transport: %s', (line) => expect(transportIn(postings[1]!, line)).toEqual(['duty-transport']));
  it.each([
    'Bring participants together for a monthly recovery celebration.',
    'Get to know each person and what matters to them.',
    'Take the lead on planning community outreach events.',
    'Bring people into the recovery community through sober social events.',
    'Take calls on the peer warmline during evening shifts.',
  ])('is not: %s', (line) => expect(transportIn(postings[1]!, line)).toEqual([]));
});
