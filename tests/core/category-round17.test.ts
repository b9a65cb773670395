// Category round 17 (session 16): shapes met in an opened blind set (blind32), rewritten in our own
// words. "Wraparound" care said of adults (an ACT team) is no sign of a parent/caregiver role; a
// family partner who works with parents whose kids are in foster care serves parents; a problem
// gambling program is addiction recovery (DSM-5 counts gambling disorder among the addictive
// disorders). And a
// flagged word counts as its suggestion once per category (a property test found the rewrite of a
// posting changing its category when it counted twice).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech, rewrite } from '../../src/core/index.js';
import { describeCategoryRound } from './category-rounds.js';

describeCategoryRound('seventeenth', [
  [
    'ACT Peer Specialist\nLakeview Community Health | $21 an hour\n\nOur Assertive Community Treatment team gives round-the-clock wraparound care to adults living with serious mental illness.\n\nDuties\n- Meet team members in their homes and share your own recovery.\n\nQualifications\n- Personal experience of recovery from a mental health condition is required.',
    'adult-mental-health',
  ],
  [
    'Family Support Partner\nBridgeway Staffing for a county agency | $19 an hour\n\nOur client needs a Family Support Partner to work alongside parents whose kids are in foster care, helping them through their case plan.\n\nDuties\n- Meet parents before court and go with them when they ask.\n\nQualifications\n- Personal experience as a parent with a child welfare case is required.',
    'parent-caregiver',
  ],
  [
    'Peer Recovery Specialist\nLakes Counseling | $20 an hour\n\nOur problem gambling treatment program helps people and families rebuild.\n\nDuties\n- Lead groups and share your story.\n\nQualifications\n- Personal experience of recovery is a plus.',
    'substance-use-recovery',
  ],
]);

describe('a flagged word counts as its suggestion would, once', () => {
  beforeAll(loadPartsOfSpeech);
  // The suggestion "people who use drugs" matches two patterns of one cue: it counts once, as the
  // same words in the text do, so rewriting the text does not change the category. The posting is
  // the property test's counterexample, made of the lexicons' own example sentences.
  const posting = (people: string) =>
    `Lived Experience Peer Worker - Adult Community Mental Health\n\n- We will open a sobering center for chronic inebriates in the spring.\nMust have been sober for at least a year.\nCaring for a mentally ill loved one can wear a family down.\nCompensation\nThe Home Office estimates there are 300,000 ${people} in England.\n`;
  it('gives the category the rewritten words give', () => {
    expect(analyze(posting('heroin and crack users')).role.category).toBe(analyze(posting('people who use drugs')).role.category);
  });
  it('keeps a rewrite of the text a fixed point', () => {
    const once = (text: string) => {
      const r = analyze(text);
      return rewrite(r.text, r.findings);
    };
    const first = once(posting('heroin and crack users'));
    expect(once(first)).toBe(first);
  });
});
