// Every mark in lexicons/document-kind.json finds its own positive examples and stays silent on
// its traps, read as a heading line when the mark is looked for in headings.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/analysis-document.js';
import { compileLexicons } from '../../src/core/compiled-lexicons.js';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { documentMarks } from '../../src/core/rules/document-kind.js';

// Loaded, not the analyzer's: its compiled lexicons carry no examples.
const lexicons = loadLexicons(bundledLexicons);
const lex = compileLexicons(lexicons);

/** The marks found in a one-line text, after a dummy title so the line is not the title. */
function kindsIn(line: string, heading: boolean): { posting: string[]; about: string[] } {
  const text = heading ? `Notice\n\n${line}\n- item one\n- item two` : `Notice\n\n${line}`;
  const marks = documentMarks(buildDocument(text, null, lex.properNames, undefined, undefined, undefined, lex.nameWords), lex);
  return { posting: marks.posting.map((m) => m.kind), about: marks.about.map((m) => m.kind) };
}

describe('document marks', () => {
  for (const [group, entries] of [
    ['posting', lexicons.documentKind.postingMarks],
    ['about', lexicons.documentKind.aboutMarks],
  ] as const) {
    for (const entry of entries) {
      describe(entry.id, () => {
        it.each(entry.examples.positive)('finds: %s', (s) => expect(kindsIn(s, entry.where === 'heading')[group]).toContain(entry.kind));
        if (entry.examples.traps.length)
          it.each(entry.examples.traps)('stays silent on: %s', (s) =>
            expect(kindsIn(s, entry.where === 'heading')[group]).not.toContain(entry.kind),
          );
      });
    }
  }
});
