// The guided job description's data: valid, consistent with the analyzer's own lists, and each
// duty it says to leave out is one the analyzer does flag.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import builderFile from '../../lexicons/job-description-builder.json';
import sourcesFile from '../../lexicons/sources.json';
import { analyze } from '../../src/core/index.js';
import {
  allCompetencies,
  builderData,
  dutiesToLeaveOut,
  exampleAnswers,
  livedExperienceSentence,
} from '../../src/core/job-description/builder-data.js';
import { builderDataSchema } from '../../src/core/lexicon/builder-schema.js';
import { ROLE_CATEGORIES } from '../../src/core/role-categories.js';
import { renderPosting } from '../../src/report/job-description.js';

describe('the builder data', () => {
  it('fits its schema', () => {
    expect(builderDataSchema.safeParse(builderFile).error?.issues).toBeUndefined();
  });

  it('rejects an example that is not a complete set of answers, naming the field', () => {
    const broken = structuredClone(builderFile) as { categories: Array<{ example: Record<string, unknown> }> };
    delete broken.categories[0]!.example.pay;
    const issues = builderDataSchema.safeParse(broken).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toContain('categories.0.example.pay');
  });

  it('gives each competency a distinct id, and each example uses only listed competencies', () => {
    const ids = allCompetencies().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of ROLE_CATEGORIES) {
      for (const r of exampleAnswers(c).responsibilities) expect(ids, `${c}: ${r.competency}`).toContain(r.competency);
    }
  });

  it('groups the competencies under the twelve categories of the compiled list, each cited', () => {
    expect(builderData.competencyGroups).toHaveLength(12);
    for (const g of builderData.competencyGroups) expect(g.sources.map((s) => s.id)).toEqual(['samhsa-jd-tool']);
    for (const c of allCompetencies()) expect(c.sources.length, c.id).toBeGreaterThan(0);
  });

  it('requires in each example the category’s own lived-experience sentence', () => {
    for (const c of ROLE_CATEGORIES) expect(exampleAnswers(c).livedExperience).toBe(livedExperienceSentence(c).sentence);
  });

  it('hands out copies of the examples, so editing one leaves the next untouched', () => {
    exampleAnswers('youth').title = 'changed';
    expect(exampleAnswers('youth').title).not.toBe('changed');
  });

  it('cites seed lines that exist', () => {
    const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
    const refs = [
      ...builderData.steps,
      ...builderData.competencyGroups,
      ...allCompetencies(),
      ...builderData.interviewAdvice,
      ...builderData.categories.flatMap((c) => c.interviewQuestions),
    ].flatMap((e) => e.sources);
    expect(refs.length).toBeGreaterThan(30);
    for (const ref of refs) {
      const source = sourcesFile.sources.find((s) => s.id === ref.id);
      expect(source, ref.id).toBeDefined();
      if (!source || !('file' in source) || !existsSync(shared + source.file)) continue;
      const lines = readFileSync(shared + source.file, 'utf8').split('\n').length;
      for (const n of ref.ref.match(/\d+/g) ?? []) expect(Number(n), `${ref.id} ${ref.ref}`).toBeLessThanOrEqual(lines);
    }
  });
});

describe('the duties to leave out', () => {
  const leaveOut = dutiesToLeaveOut();

  it('say why, with the reason and the sources of the analyzer’s duty', () => {
    expect(leaveOut.length).toBeGreaterThanOrEqual(10);
    for (const d of leaveOut) {
      expect(d.why.length).toBeGreaterThan(20);
      expect(['clinical', 'power-agenda', 'busy-work']).toContain(d.reason);
      expect(d.sources.length).toBeGreaterThan(0);
    }
  });

  it.each(dutiesToLeaveOut().map((d) => [d.label, d.duty]))('"%s", written into a posting, is flagged as %s', (label, duty) => {
    const answers = exampleAnswers('adult-mental-health');
    answers.responsibilities[answers.responsibilities.length - 1] = { text: label };
    const report = analyze(renderPosting(answers).text);
    expect(report.findings.map((f) => f.ruleId)).toContain(duty);
  });
});
