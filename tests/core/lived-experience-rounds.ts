// Rounds of short postings written fresh for the lived-experience judgment, each with what a
// reader would decide, written down before the round was first run: the document kind, and for a
// peer posting the status (required / preferred / mentioned / absent) and whether the type of
// experience is named. Findings a case must report are listed with it.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import type { LivedExperienceStatus } from '../../src/core/index.js';

export interface LivedExperienceCase {
  name: string;
  text: string;
  kind: 'peer-posting' | 'non-peer-posting' | 'about-peer-work';
  le?: LivedExperienceStatus;
  /** Left out when a reader could go either way. */
  specific?: boolean;
  flags?: string[];
}

function judged(c: LivedExperienceCase): Omit<LivedExperienceCase, 'name' | 'text'> {
  const r = analyze(c.text);
  const ids = new Set(r.findings.map((f) => f.ruleId));
  return {
    kind: r.document.kind as LivedExperienceCase['kind'],
    ...(c.le !== undefined ? { le: r.livedExperience.status } : {}),
    ...(c.specific !== undefined ? { specific: r.livedExperience.specific } : {}),
    ...(c.flags ? { flags: c.flags.filter((f) => ids.has(f)) } : {}),
  };
}

export function describeLivedExperienceRound(round: string, cases: LivedExperienceCase[]): void {
  beforeAll(loadPartsOfSpeech);
  describe(`${round} round: lived experience read as a reader would`, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const { name: _n, text: _t, ...expected } = c;
      expect(judged(c)).toEqual(expected);
    });
  });
}
