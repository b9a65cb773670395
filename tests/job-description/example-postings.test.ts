// The example answers of every category write a posting that PeerLens itself reads as a peer
// posting of that category, with lived experience required and specific, nothing above info,
// and a score of 95 or more; in every format. Any choice of 4 to 6 competencies keeps it so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCompetencies, exampleAnswers } from '../../src/core/job-description/builder-data.js';
import { ROLE_CATEGORIES } from '../../src/core/role-categories.js';
import { markdownToText } from '../../src/input/markdown-to-text.js';
import { readHtml } from '../../src/input/read-html.js';
import { analyze } from '../../src/core/index.js';
import { renderPosting } from '../../src/report/job-description.js';
import { runs } from '../properties/fc-settings.js';
import { passing, verdictOf } from './draft-fixtures.js';

describe.each(ROLE_CATEGORIES)('the %s example', (category) => {
  const posting = renderPosting(exampleAnswers(category));

  it('passes every check as plain text', () => {
    expect(verdictOf(posting.text)).toEqual(passing(category));
  });

  it('passes every check as Markdown and as HTML, once read back', () => {
    expect(verdictOf(markdownToText(posting.markdown))).toEqual(passing(category));
    const html = readHtml(`<html><body><main>${posting.html}</main></body></html>`);
    const report = analyze(html.posting);
    expect(report.text).toContain('Minimum qualifications');
    expect([report.role.category, report.livedExperience.status, report.findings.filter((f) => f.severity !== 'info')]).toEqual([
      category,
      'required',
      [],
    ]);
  });
});

describe('any choice of 4 to 6 competencies', () => {
  const competencies = allCompetencies();
  it.each(ROLE_CATEGORIES)('keeps the %s posting passing', (category) => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...competencies), { minLength: 4, maxLength: 6, selector: (c) => c.id }), (chosen) => {
        const answers = exampleAnswers(category);
        answers.responsibilities = chosen.map((c) => ({ competency: c.id, text: c.label }));
        expect(verdictOf(renderPosting(answers).text)).toEqual(passing(category));
      }),
      runs(25),
    );
  });
});
