// Messages between the popup and its analysis worker (same extension, structured clone).
import type { AnalyzeInput, AnalyzeOptions, Finding, Report } from '../../src/core/types';

export type AnalysisRequest =
  /** Make the analyzer ready now (the build-time compiled lexicons), while the page is still being read. */
  | { id: number; kind: 'warm' }
  | { id: number; kind: 'analyze'; input: AnalyzeInput; options: AnalyzeOptions }
  /** Re-check only the paragraphs of `text` that differ from `previous.text`. */
  | { id: number; kind: 'analyze-part'; text: string; previous: Report; options: AnalyzeOptions }
  | { id: number; kind: 'rewrite'; text: string; findings: Finding[] };

/** `ms` is the time spent in the worker on the request, for the timing measures. */
export type AnalysisResponse =
  | { id: number; ok: true; ms: number; report: Report }
  | { id: number; ok: true; ms: number; text: string }
  | { id: number; ok: true; ms: number; warm: true }
  | { id: number; ok: false; error: string };
