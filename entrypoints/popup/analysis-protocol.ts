// Messages between the popup and its analysis worker (same extension, structured clone).
import type { AnalyzeInput, AnalyzeOptions, Finding, Report } from '../../src/core/types';

export type AnalysisRequest =
  | { id: number; kind: 'analyze'; input: AnalyzeInput; options: AnalyzeOptions }
  | { id: number; kind: 'rewrite'; text: string; findings: Finding[] };

export type AnalysisResponse =
  | { id: number; ok: true; report: Report }
  | { id: number; ok: true; text: string }
  | { id: number; ok: false; error: string };
