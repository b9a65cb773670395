// Text as it comes out of PDF and Word files (session 20, from an opened blind set of such text),
// in our own words: bullets that a symbol font leaves as letters ("o", "q", "Ø"), words broken
// at a line's end with a hyphen, paragraphs wrapped at a fixed width, and a form's "Reports To:"
// field. Traps: a hyphened compound broken at a line's end stays two words joined by the hyphen;
// a lone "o" inside a line is a word. The traps and the joined compound passed before too; they
// are kept as guards.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { compileLexicons } from '../../src/core/compiled-lexicons.js';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { BULLET } from '../../src/core/text/document-structure.js';
import { tokenize } from '../../src/core/text/tokenize.js';
import { ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const { vocabulary } = compileLexicons(loadLexicons(bundledLexicons));
const words = (text: string) => tokenize(text, vocabulary).map((t) => `${t.gap}:${t.norm}`);

describe('bullets left as letters', () => {
  it.each(['o Greet guests at the door', '  q Greet guests', 'Ø Greet guests', 'l Greet guests', 'a) Greet guests', '-- Greet guests'])(
    '%j opens a list item',
    (line) => expect(BULLET.test(line)).toBe(true),
  );
  it.each(['o greet guests', 'Also Greet guests', 'no Greet'])('%j does not (trap)', (line) => expect(BULLET.test(line)).toBe(false));

  it('the letter is no word, and the line after it starts on its own line', () =>
    expect(words('Tasks:\no Mop the floors\nq Sort the mail')).toEqual([
      'start:tasks',
      'punct:mop',
      'space:the',
      'space:floors',
      'line:sort',
      'space:the',
      'space:mail',
    ]));
  it('a lone "o" inside a line stays a word (trap)', () => expect(words('Say o Hello')).toEqual(['start:say', 'space:o', 'space:hello']));

  it('a duty after such a bullet is read as the duty it is', () => {
    const text =
      'Peer Recovery Coach\nLakeshore House | $19 an hour\n\nDuties\no Meet residents and talk about their goals.\no Clean the kitchen and bathrooms after meals.\n\nQualifications\no Personal experience of recovery from addiction is required.\n';
    expect(ruleIds(text)).toContain('duty-cleaning');
  });
});

describe('words broken at a line end', () => {
  it('a word the patterns know is read whole across the break', () => {
    const tokens = tokenize('lived experience of recov-\n   ery and', vocabulary);
    expect(tokens.map((t) => t.norm)).toEqual(['lived', 'experience', 'of', 'recovery', 'and']);
    const whole = tokens[3]!;
    expect([whole.start, whole.end, whole.raw]).toEqual([20, 33, 'recovery']);
  });
  it('a compound broken at its own hyphen stays two words, joined as a hyphened pair (trap)', () =>
    expect(words('a sun-\nlit room')).toEqual(['start:a', 'space:sun', 'hyphen:lit', 'space:room']));
  it('a compound the patterns know joined is read joined ("self-" / "identify")', () => {
    const text =
      'Peer Support Specialist\nNorth Clinic | $20 an hour\n\nDuties\n- Meet people and talk about their goals.\n\nQualifications\n- Applicants must self-\n  identify as a person in recovery from a mental health condition.\n';
    expect(analyze(text).livedExperience.status).toBe('required');
  });
  it('a dash at a line end with a space before it is no hyphen (trap)', () =>
    expect(words('Coach -\nAdults')).toEqual(['start:coach', 'punct:adults']));
  it('without the vocabulary nothing is joined', () =>
    expect(tokenize('recov-\nery').map((t) => `${t.gap}:${t.norm}`)).toEqual(['start:recov', 'hyphen:ery']));

  it('a duty broken across lines is found, and quoted as written', () => {
    const text =
      'Peer Bridger\nValley Hospital | $21 an hour\n\nResponsibilities\n- Meet patients before they leave the unit.\n- Monitor medi-\n  cation compliance at home visits.\n\nQualifications\n- Lived experience of recovery from a mental health condition is required.\n';
    const found = analyze(text).findings.find((f) => f.ruleId === 'duty-compliance-monitoring');
    expect(found?.text).toBe('Monitor medi-\n  cation compliance');
  });
  const requiring = (line: string) =>
    `Peer Specialist\nHill County Services | $20 an hour\n\nDuties\n- Meet people and talk about their goals.\n\nRequirements\n- ${line}\n`;
  it('a lived-experience requirement broken across lines is read whole', () => {
    const r = analyze(requiring('Lived experi-\n  ence of recovery is required.'));
    expect(r.livedExperience.status).toBe('required');
  });
  it('so is the condition it names', () => {
    const r = analyze(requiring('Personal experience of recovery from a men-\n  tal health condition is required.'));
    expect([r.role.category, r.livedExperience.specific]).toEqual(['adult-mental-health', true]);
  });
});

describe('a form read as a listing of jobs', () => {
  const form = (summary: string) =>
    `Harbor Point Medical Center                 JOB DESCRIPTION\n\nJob Title:  Peer Bridger\nJob Code:   PB-12        Grade: 9\nReports To: Nurse Manager, Adult Inpatient Unit\nStatus:     Full-time, 40 hrs/wk, some weekends\n\nPOSITION SUMMARY\n${summary}\n\nQUALIFICATIONS\n- Self-identified lived experience of recovery from a mental health condition.\n\nPay: $20.10 - $24.80 per hour.\n`;
  it('a "Reports To:" field and a paragraph wrapped at a fixed width are one posting, not a list of jobs', () => {
    const r = analyze(
      form(
        'The Peer Bridger meets adults on the inpatient psychiatric\nunit and stays beside them for the first two months after they\ngo home, using their own story of recovery to build trust.',
      ),
    );
    expect(r.document.kind).toBe('peer-posting');
    expect(r.role.category).toBe('adult-mental-health');
    expect(r.livedExperience.status).toBe('required');
  });
});
