// Messages between the audit's main thread and its worker threads.
import type { AnalyzeOptions } from '../core/types.js';
import type { AuditDocument } from '../report/audit-model.js';
import type { RenderedReport } from './rendered-report.js';

export interface WorkerTask {
  id: number;
  spec: string;
  options: AnalyzeOptions;
  /** 'document' (the audit: PDF and Word too) or 'input' (`peerlens analyze`: text, Markdown, HTML). */
  reader?: 'document' | 'input';
  /** Also revise the text (`peerlens rewrite`): the document's `revised`. */
  rewrite?: boolean;
  /** 'json' (`peerlens analyze --format json`): send the report as the JSON text it prints, a RenderedReport. */
  render?: 'json';
  /** The bytes of standard input, read by the main thread, when `spec` is "-". */
  stdin?: Uint8Array;
}

export type WorkerMessage =
  /** Sent once the worker's modules are loaded: failures before this are start-up failures. */
  { type: 'ready' } | { type: 'done'; id: number; document: AuditDocument | RenderedReport };
