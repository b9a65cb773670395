// Language findings PeerLens still gets wrong, written as expected failures (it.fails): each
// turns red when it starts working, and then becomes a normal test. Written for these tests;
// none is taken from a real document.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';

const lang = (text: string) => analyze(text).findings.filter((f) => f.family === 'language');

describe('language known misses', () => {
  // Patterns and guards do not cross a comma: "suicide," ends the guard's phrase before the noun
  // the list describes ("screenings").
  it.fails('reads "complete suicide, overdose and self-harm screenings" as a duty', () => {
    expect(lang('Peers must complete suicide, overdose and self-harm screenings at intake.').map((f) => f.ruleId)).not.toContain(
      'completed-suicide',
    );
  });
});
