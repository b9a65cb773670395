// Following the language advice never changes what a posting asks of applicants: a requirement
// worded with pity framing ("has battled depression") reads the same once the flagged words are
// replaced by the suggestion ("has lived with depression").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';

const requirementLines = [
  'Must be someone who has battled depression and is now in recovery',
  'Must be a person who had battled addiction',
  'Applicants must have battled alcoholism themselves',
  'Must be someone who has battled anxiety or trauma',
];

function posting(line: string): string {
  return `Peer Support Specialist\nHarbor Point - $18/hr\n\nRequirements\n- ${line}\n- High school diploma`;
}

describe('lived-experience reading after the language fixes are applied', () => {
  it.each(requirementLines)('%s', (line) => {
    const text = posting(line);
    const before = analyze(text);
    const fixes = before.findings
      .filter((f) => f.family === 'language' && f.fix === 'replace' && f.suggestions.length)
      .sort((a, b) => b.start - a.start);
    expect(fixes.length).toBeGreaterThan(0);
    const fixed = fixes.reduce((t, f) => t.slice(0, f.start) + f.suggestions[0] + t.slice(f.end), text);
    const after = analyze(fixed);
    expect(before.livedExperience.status).toBe('required');
    expect(after.livedExperience.status).toBe('required');
    expect(after.score).toBeGreaterThanOrEqual(before.score);
  });
});

// A family member's condition or one's own history with a system, asked on a qualifications line,
// is the applicant's experience; the same words about the families served ask nothing.
const familyAndSystem: [string, string, string][] = [
  [
    'a loved one, asked',
    'Family Peer Partner\nBright Path | $20/hr\n\nQualifications\n- You have a loved one who lives with a mental health condition\n- High school diploma',
    'required',
  ],
  [
    'a loved one, of the families served',
    'Family Peer Partner\nBright Path | $20/hr\n\nMany of the families we serve have a loved one who is living with schizophrenia.\n\nQualifications\n- High school diploma\n- Valid driver license',
    'absent',
  ],
  [
    'own involvement with a system, asked',
    'Parent Partner\nBright Path | $20/hr\n\nQualifications\n- Your own past involvement with the child welfare system as a parent\n- High school diploma',
    'required',
  ],
  [
    'the parents’ involvement, a duty',
    'Parent Partner\nBright Path | $20/hr\n\nYou will help parents with their involvement with the child welfare system.\n\nQualifications\n- High school diploma',
    'absent',
  ],
];

describe('family and system experience on a qualifications line', () => {
  it.each(familyAndSystem)('%s', (_name, text, status) => {
    expect(analyze(text).livedExperience.status).toBe(status);
  });
});

// "... and ideally ..." opens a later item: the preference is that item's, not the mention's before it.
// A lone "ideally" after a comma with words after it narrows what came before (how long, which
// kind): the recovery itself is still asked; at the end of the line it prefers the whole.
const laterItemPreferences: [string, string][] = [
  ['Your own recovery from addiction and ideally your own experience of incarceration', 'required'],
  ['A high school diploma and ideally personal experience of recovery from addiction', 'preferred'],
  ['Ideally, your own recovery from addiction', 'preferred'],
  ['Your own recovery from addiction, ideally two years or more', 'required'],
  ['Your own recovery from addiction, ideally', 'preferred'],
];

describe('a preference that opens a later item', () => {
  it.each(laterItemPreferences)('%s', (line, status) => {
    const text = `Recovery Coach\nNew Leaf | $20/hr\n\nWhat we need\n- ${line}\n- Valid driver license`;
    expect(analyze(text).livedExperience.status).toBe(status);
  });
});

// A fixed time in recovery written as a label is the same hiring barrier as "2 years of sobriety",
// and the same requirement of lived experience.
describe('a time in recovery written as a label', () => {
  it('is a requirement and a fixed-time barrier', () => {
    const r = analyze(
      'Peer Recovery Coach\nNew Leaf | $20/hr\n\nRequirements\nSobriety: 2 years\nTime in recovery: 1 year minimum\nEducation: GED',
    );
    expect(r.livedExperience.status).toBe('required');
    expect(r.findings.filter((f) => f.ruleId === 'barrier-years-clean').map((f) => f.text)).toEqual([
      'Sobriety: 2 years',
      'Time in recovery: 1 year',
    ]);
  });
  it('is no barrier when the label says something else', () => {
    const r = analyze(
      'Peer Recovery Coach\nNew Leaf | $20/hr\n\nSobriety: not required; we welcome people at every stage.\nProgram length: 18 months',
    );
    expect(r.findings.some((f) => f.ruleId === 'barrier-years-clean')).toBe(false);
  });
});
