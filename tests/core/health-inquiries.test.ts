// Asking applicants for proof or details of a condition (a diagnosis, treatment, medication,
// hospital stays), in employers' words; and traps that name the same things without asking the
// applicant (helping people with their own records, knowledge of diagnoses, a negated ask). Three
// rounds written for this test, each run once before the lexicon was changed for it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { rulesInLine } from './rules-in-line.js';

beforeAll(loadPartsOfSpeech);

const postings = [
  (line: string) =>
    `Peer Support Specialist\nWe are hiring a peer support specialist. Pay: $20 per hour.\nQualifications\n- Lived experience of recovery from a mental health condition is required.\n- ${line}\nApply online.`,
  (line: string) =>
    `Recovery Coach\nWe are hiring a recovery coach. Pay: $20 per hour.\nRequirements\n- Personal experience of recovery from substance use is required.\n- ${line}\nApply online.`,
  (line: string) =>
    `Family Peer Advocate\nWe are hiring a family peer advocate. Pay: $20 per hour.\nWhat we need from you\n- Experience raising a child with emotional or behavioral needs.\n- ${line}\nApply online.`,
];

const inquiriesIn = (posting: (line: string) => string, line: string) => rulesInLine(posting, line, 'inquiry-');

describe('round 1', () => {
  it.each([
    'Applicants must provide written documentation of a diagnosed mental illness from a licensed provider.',
    'A letter from your psychiatrist confirming your diagnosis must accompany the application.',
    'Proof of a serious mental illness diagnosis is required at the time of hire.',
    'You will be asked to verify your diagnosis with medical records.',
    'Must have a current DSM-5 diagnosis of a serious mental illness.',
    'Applicants must disclose any psychiatric hospitalizations in the past five years.',
    'Please list the medications you currently take.',
    'Have you ever been treated for a mental health condition? (Yes/No)',
  ])('asks about a condition: %s', (line) => expect(inquiriesIn(postings[0]!, line)).not.toEqual([]));
  it.each([
    'Must submit proof of completion of the 40-hour peer training.',
    'Provide documentation of your high school diploma or GED.',
    'Help people gather documentation of their diagnosis for benefit applications.',
    "A valid driver's license and proof of insurance are required.",
  ])('does not: %s', (line) => expect(inquiriesIn(postings[0]!, line)).toEqual([]));
});

describe('round 2', () => {
  it.each([
    'Candidates will need to supply records of their substance use disorder diagnosis.',
    'Verification of an opioid use disorder diagnosis from a treatment provider is required.',
    'Please attach evidence of your current enrollment in a treatment program.',
    'Tell us what medications you are prescribed, if any.',
    'Are you currently being treated for a substance use disorder?',
    'What was your diagnosis at discharge?',
    'Copy of your treatment discharge summary must be included.',
  ])('asks about a condition: %s', (line) => expect(inquiriesIn(postings[1]!, line)).not.toEqual([]));
  it.each([
    'Assist participants in requesting copies of their medical records.',
    'We do not ask for proof of any diagnosis.',
    'Familiarity with diagnosis and treatment of substance use disorders is a plus.',
    'Provide proof of your peer certification within 90 days.',
    'Support people as they talk with their prescriber about medications.',
  ])('does not: %s', (line) => expect(inquiriesIn(postings[1]!, line)).toEqual([]));
});

describe('round 3', () => {
  it.each([
    "Include documentation of your child's diagnosis with your application.",
    'Applicants should describe their own mental health treatment history in the cover letter.',
    'Have you or a family member ever been hospitalized for psychiatric reasons?',
    'We require a physician statement confirming your recovery status.',
    'What diagnoses does your child have?',
  ])('asks about a condition: %s', (line) => expect(inquiriesIn(postings[2]!, line)).not.toEqual([]));
  it.each([
    'Help parents get copies of school evaluations and diagnoses for IEP meetings.',
    'Knowledge of common childhood diagnoses and the services that address them.',
    'Explain how you would support a parent whose child was just diagnosed.',
    'Proof of auto insurance is required for mileage reimbursement.',
    'Talk with families about medications when they ask, and connect them to the prescriber.',
  ])('does not: %s', (line) => expect(inquiriesIn(postings[2]!, line)).toEqual([]));
});
