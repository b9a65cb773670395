// What each saved board page and the agency document must give when checked through the
// extension, shared by the Chromium and Firefox suites.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BoardCase {
  file: string;
  via: string;
  highlights: 'exact' | 'approximate' | 'unavailable';
}

/** The page-reading fixtures' manifest: where each page is read from. */
export const CASES: BoardCase[] = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/boards/manifest.json'), 'utf8'));

/**
 * Rules each posting plainly calls for (by the rules the lexicons cite from their sources), and rules that must
 * stay silent on it (traps: negated duties, "clean driving record", a required lived experience).
 */
export const EXPECTED: Record<string, { present: string[]; absent?: string[] }> = {
  'indeed.html': {
    present: ['duty-compliance-monitoring', 'suffering-from', 'duty-other-duties'],
    absent: ['clean-and-sober'],
  },
  'linkedin.html': {
    present: ['addict-noun', 'alcoholic-noun', 'duty-drug-testing', 'duty-phones-reception', 'barrier-years-clean'],
    absent: ['le-preferred-only', 'le-absent'],
  },
  'usajobs.html': {
    present: ['duty-caseload', 'duty-clinical-assessment'],
    absent: ['le-preferred-only', 'le-absent', 'le-no-willingness-to-share'],
  },
  'governmentjobs.html': { present: ['duty-transport', 'duty-other-duties'] },
  'calcareers.html': { present: ['le-preferred-only', 'non-compliant'] },
  // Enforcing the center's rules and reporting the violations it finds is one duty, one card.
  'idealist.html': { present: ['duty-enforce-rules'], absent: ['duty-report-on-people'] },
  'greenhouse.html': { present: ['duty-treatment-plans', 'barrier-degree-required'] },
  'lever.html': { present: ['frequent-flyer', 'barrier-criminal-record'] },
  'workday.html': { present: ['inquiry-clinician-letter', 'decompensating', 'duty-phones-reception'] },
  // "an outpatient program offering counseling" says what the agency offers, not a duty of the job.
  'jsonld-top-level.html': { present: ['substance-abuser', 'clean-and-sober', 'barrier-years-clean'], absent: ['duty-therapy'] },
  'jsonld-graph.html': { present: [] },
  'jsonld-array.html': { present: [] },
  'jsonld-itemlist.html': { present: ['crazy', 'frequent-flyer'] },
  'jsonld-broken.html': { present: ['duty-medication-administration'] },
  'jsonld-escaped.html': { present: ['schizophrenic-noun', 'bipolar-noun'] },
  // The agency document: its labels are flagged; the duties it forbids peers are not.
  'agency-policy.html': {
    present: ['the-mentally-ill', 'substance-abuser'],
    absent: ['duty-diagnose', 'duty-clinical-assessment', 'duty-treatment-plans'],
  },
  'spa.html': { present: ['duty-diagnose', 'duty-clinical-assessment'] },
};
