// One round of duty lines written fresh for the duty reading: each conflicting line is found,
// each fitting line stays silent, in the same short peer posting; whole postings report each
// kind of conflicting duty they hold, or none.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

const withDuty = (line: string) =>
  `Peer Support Specialist\nFull-time, $20 an hour.\n\nDuties\n- ${line}\n- Lead peer groups and share your own story.\n\nQualifications\n- Lived experience of mental health or substance use recovery is required.`;
const dutyFindings = (text: string) => analyze(text).findings.filter((f) => f.ruleId.startsWith('duty-'));

export interface DutyRound {
  conflicting: string[];
  fitting: string[];
  /** Lines labeled conflicting that the reading does not find yet (expected to fail: found, move it to `conflicting`). */
  missed?: string[];
  /** A whole posting and the duty rule ids it must report, sorted. */
  conflictingPostings?: [string, string[]][];
  fittingPostings?: string[];
}

export function describeDutyRound(round: string, r: DutyRound): void {
  beforeAll(loadPartsOfSpeech);
  if (r.conflicting.length)
    describe(`${round} round: a conflicting duty is found`, () => {
      it.each(r.conflicting)('%s', (line) => expect(dutyFindings(withDuty(line))).not.toEqual([]));
    });
  if (r.missed)
    describe(`${round} round: a conflicting duty not read yet`, () => {
      it.fails.each(r.missed!)('%s', (line) => expect(dutyFindings(withDuty(line))).not.toEqual([]));
    });
  describe(`${round} round: a duty that fits the peer role stays silent`, () => {
    it.each(r.fitting)('%s', (line) => expect(dutyFindings(withDuty(line))).toEqual([]));
  });
  if (r.conflictingPostings)
    describe(`${round} round: a whole posting, each kind of conflicting duty found`, () => {
      it.each(r.conflictingPostings!)('%s', (text, kinds) =>
        expect([...new Set(dutyFindings(text).map((f) => f.ruleId))].sort()).toEqual(kinds),
      );
    });
  if (r.fittingPostings)
    describe(`${round} round: a whole posting whose duties fit has no duty finding`, () => {
      it.each(r.fittingPostings!)('%s', (text) => expect(dutyFindings(text)).toEqual([]));
    });
}
