// What every report must satisfy, whatever the input: the documented JSON contract's promises.
// Problems are collected and asserted once, so a 5 MB report's checks take milliseconds.
import { expect } from 'vitest';
import { gradeOf, type Report } from '../../src/core/index.js';

function isScore(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100;
}

export function reportProblems(report: Report): string[] {
  const { text } = report;
  const problems: string[] = [];
  let prevStart = 0;
  for (const f of report.findings) {
    const where = `${f.ruleId} [${f.start}, ${f.end})`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.start > f.end || f.end > text.length)
      problems.push(`${where}: offsets outside 0..${text.length}`);
    else if (f.text !== text.slice(f.start, f.end)) problems.push(`${where}: text ${JSON.stringify(f.text)} is not the slice`);
    if (!Number.isFinite(f.points) || f.points < 0) problems.push(`${where}: points ${f.points}`);
    if (f.start < prevStart) problems.push(`${where}: not in text order`);
    prevStart = f.start;
  }
  if (!isScore(report.score)) problems.push(`score ${report.score} is not an integer in 0..100`);
  if (report.grade !== gradeOf(report.score)) problems.push(`grade ${report.grade} for score ${report.score}`);
  if (!isScore(report.subscores.language)) problems.push(`language subscore ${report.subscores.language}`);
  for (const [name, sub] of [
    ['role', report.subscores.role],
    ['livedExperience', report.subscores.livedExperience],
  ] as const) {
    if (report.role.isPeerRole ? !isScore(sub) : sub !== null)
      problems.push(`${name} subscore ${sub} (peer role: ${report.role.isPeerRole})`);
  }
  return problems;
}

export function expectWellFormed(report: Report): void {
  expect(reportProblems(report)).toEqual([]);
}
