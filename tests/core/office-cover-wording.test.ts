// Front-desk, phone and clerical cover in employers' words (general inquiries, booking the
// clinicians' appointments, copies and office supplies), beside the peer work that shares their
// words (welcoming members, answering people's questions, helping someone book their own
// appointment). Two rounds written for this test, each run once before the data was changed.
// Greeting visitors at a desk is left out: greeting people in a lobby is often peer work.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { rulesInLine } from './rules-in-line.js';

beforeAll(loadPartsOfSpeech);

const postings = [
  (line: string) =>
    `Peer Support Specialist\nFull-time, $20 an hour.\n\nDuties\n- ${line}\n- Share your own recovery to build hope and trust.\n\nQualifications\n- Lived experience of recovery from a mental health condition is required.`,
  (line: string) =>
    `Family Peer Advocate\n$20/hour, Monday-Friday.\n\nResponsibilities\n- ${line}\n- Walk beside parents as they work with schools and services.\n\nRequirements\n- Experience raising a child with emotional or behavioral challenges is required.`,
];
const dutiesIn = (posting: (line: string) => string, line: string) => rulesInLine(posting, line, 'duty-');

describe('round 1', () => {
  it.each([
    'Answer general inquiries from the public by phone and email.',
    'Staff the reception window during clinic hours.',
    'Schedule appointments for the psychiatrist and send reminder calls.',
    'Make copies, order office supplies and keep the supply closet stocked.',
    'Enter intake data into the billing system.',
  ])('is office cover: %s', (line) => expect(dutiesIn(postings[0]!, line)).not.toEqual([]));
  it.each([
    'Greet members warmly when they come to the drop-in center and offer support.',
    'Answer questions people have about peer support and recovery.',
    'Help members schedule their own appointments if they want help.',
    'Keep brief notes of your own contacts.',
    'Make phone calls to check in with members who asked for a call.',
  ])('is not: %s', (line) => expect(dutiesIn(postings[0]!, line)).toEqual([]));
});

describe('round 2', () => {
  it.each([
    'Book appointments for the clinicians and confirm them the day before.',
    'Respond to general inquiries that come into the main office.',
    'Restock office supplies and make copies for the clinical team.',
  ])('is office cover: %s', (line) => expect(dutiesIn(postings[1]!, line)).not.toEqual([]));
  it.each([
    'Welcome new families to the parent support group.',
    'Respond to parents who reach out with questions about services.',
    "Help parents book appointments with their child's doctor when they ask.",
    "Copy the family's own notes for them if they want a record of the meeting.",
  ])('is not: %s', (line) => expect(dutiesIn(postings[1]!, line)).toEqual([]));
});
