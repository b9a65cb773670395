// A report that comes back from outside this page (the background's answer, a kept report) is
// used only when it has a report's shape; both are made by PeerLens's own analyze().
import type { Report } from '../../src/core/types';

export function isReport(value: unknown): value is Report {
  const report = value as Partial<Report> | null;
  return (
    typeof report === 'object' &&
    report !== null &&
    report.schemaVersion === 1 &&
    typeof report.score === 'number' &&
    typeof report.text === 'string' &&
    Array.isArray(report.findings)
  );
}
