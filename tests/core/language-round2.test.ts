// Language round 2 (session 11): "loved one" as the person a label is put on, "suffer from" a
// mental health challenge or an emotional disturbance, "stays clean" said of a thing ("so it
// stays clean"), and "dirty results" of a drug test. Each case has traps. Written for these tests in our own words; none is taken
// from a real document.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';

const ids = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.family === 'language')
    .map((f) => f.ruleId);

describe('a label put on a loved one', () => {
  it.each([
    ['Caring for a mentally ill loved one takes a toll on the whole household.', 'mentally-ill-person'],
    ['Our Tuesday group is for anyone with mentally ill loved ones.', 'mentally-ill-person'],
    ['Learn how to talk with an addicted loved one without blame.', 'addicted-person'],
    ['Partners of drug addicted loved ones meet on Mondays.', 'addicted-person'],
  ])('flags: %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it.each([
    'Caring for a loved one with a mental health condition takes a toll on the whole household.',
    'Learn how to talk with a loved one who is addicted to opioids without blame.',
    'Our loved ones are more than any diagnosis.',
  ])('stays silent: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('"suffer from" a mental health challenge or an emotional disturbance', () => {
  it.each([
    'We serve children who suffer from serious emotional disturbance.',
    'Teens who suffer from mental health challenges can drop in after school.',
    'Many adults in the county suffer from behavioral health issues and go without care.',
    'Parents suffering with emotional problems of their own are welcome too.',
  ])('flags: %s', (text) => {
    expect(ids(text).some((id) => id.startsWith('suffer'))).toBe(true);
  });
  it.each([
    'Rural clinics suffer from staff shortages while mental health issues rise.',
    'The program suffered from thin funding during the mental health crisis.',
    'Children who live with serious emotional disturbance do well with steady support.',
  ])('stays silent: %s', (text) => {
    expect(ids(text).filter((id) => id.startsWith('suffer'))).toEqual([]);
  });
});

describe('"stays clean" said of a thing', () => {
  it.each([
    'Fix the duplicate records each week and add checks so it stays clean.',
    'Tidy the shared drive monthly so everything stays clean and easy to find.',
    'Scrub the intake spreadsheet so the data stays clean.',
  ])('stays silent: %s', (text) => {
    expect(ids(text)).not.toContain('stay-clean');
  });
  it.each([
    'Help members stay clean after they leave residential care.',
    'Residents that stay clean for ninety days move to the next phase.',
    'Peers who have stayed clean can share what worked.',
  ])('still flags the person: %s', (text) => {
    expect(ids(text)).toContain('stay-clean');
  });
});

describe('"dirty" results of a drug test', () => {
  it.each([
    'Observe urine screens and tell the counselor about dirty results.',
    'Residents with dirty specimens meet with their counselor the same day.',
  ])('flags: %s', (text) => {
    expect(ids(text)).toContain('dirty-test');
  });
  it.each(['Clean up dirty data so the report results stay accurate.', 'Dirty dishes go in the gray bin after lunch.'])(
    'stays silent: %s',
    (text) => {
      expect(ids(text)).not.toContain('dirty-test');
    },
  );
});
