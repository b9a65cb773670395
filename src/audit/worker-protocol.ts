// Messages between the audit's main thread and its worker threads.
import type { AnalyzeOptions } from '../core/types.js';
import type { AuditDocument } from '../report/audit-model.js';

export interface WorkerTask {
  id: number;
  spec: string;
  options: AnalyzeOptions;
}

export type WorkerMessage =
  /** Sent once the worker's modules are loaded: failures before this are start-up failures. */
  | { type: 'ready' }
  | { type: 'done'; id: number; document: AuditDocument };
