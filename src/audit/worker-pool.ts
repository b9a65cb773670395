// Audits documents on N worker threads, one document per worker at a time, results kept in
// input order. A worker that crashes or takes longer than the time limit on a document is
// replaced, and that document alone becomes an error row. If workers cannot start at all,
// the pool says so (WorkerStartError) and the caller falls back to the main thread.
import type { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core/types.js';
import type { AuditDocument } from '../report/audit-model.js';
import { failedDocument } from './audit-document.js';
import { startAuditWorker } from './worker-entry.js';
import type { WorkerMessage } from './worker-protocol.js';

export const DEFAULT_TASK_TIMEOUT_MS = 120_000;

export class WorkerStartError extends Error {
  override readonly name = 'WorkerStartError';
}

export interface PoolOptions {
  jobs: number;
  analyzeOptions: AnalyzeOptions;
  taskTimeoutMs?: number;
  onDocument?: (document: AuditDocument) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: number | undefined;
  timer: NodeJS.Timeout | undefined;
  retired: boolean;
}

export function auditInWorkers(specs: readonly string[], options: PoolOptions): Promise<AuditDocument[]> {
  const results: AuditDocument[] = new Array(specs.length);
  const timeoutMs = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  let next = 0;
  let remaining = specs.length;
  let everReady = false;
  const slots = new Set<Slot>();

  return new Promise((resolve, reject) => {
    const finish = (error?: Error): void => {
      for (const slot of slots) retire(slot);
      if (error) reject(error);
      else resolve(results);
    };

    const retire = (slot: Slot): void => {
      if (slot.retired) return;
      slot.retired = true;
      clearTimeout(slot.timer);
      slots.delete(slot);
      void slot.worker.terminate();
    };

    const complete = (index: number, document: AuditDocument): void => {
      results[index] = document;
      remaining -= 1;
      options.onDocument?.(document);
      if (remaining === 0) finish();
    };

    const dispatch = (slot: Slot): void => {
      if (next >= specs.length) {
        retire(slot);
        return;
      }
      const id = next++;
      slot.task = id;
      slot.timer = setTimeout(() => fail(slot, 'timeout', `took longer than ${timeoutMs / 1000} s to read and analyze; skipped`), timeoutMs);
      slot.worker.postMessage({ id, spec: specs[id]!, options: options.analyzeOptions });
    };

    const fail = (slot: Slot, code: string, message: string): void => {
      if (slot.retired) return;
      const task = slot.task;
      const wasReady = slot.ready;
      retire(slot);
      if (wasReady) {
        // The document crashed the worker: it alone becomes an error row; a new worker goes on.
        if (task !== undefined) complete(task, failedDocument(specs[task]!, code, message));
        if (remaining > 0 && next < specs.length) start();
        return;
      }
      // A worker that never started is not replaced (that could loop forever).
      if (slots.size > 0 || remaining === 0) return;
      if (!everReady) {
        finish(new WorkerStartError(`could not start worker threads (${message})`));
        return;
      }
      while (next < specs.length) complete(next, failedDocument(specs[next++]!, 'crashed', `not analyzed: worker threads stopped starting (${message})`));
    };

    const start = (): void => {
      let worker: Worker;
      try {
        worker = startAuditWorker();
      } catch (error) {
        finish(new WorkerStartError(`could not start worker threads (${(error as Error).message})`));
        return;
      }
      const slot: Slot = { worker, ready: false, task: undefined, timer: undefined, retired: false };
      slots.add(slot);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          slot.ready = true;
          everReady = true;
          dispatch(slot);
          return;
        }
        clearTimeout(slot.timer);
        slot.task = undefined;
        complete(message.id, message.document);
        if (!slot.retired) dispatch(slot);
      });
      worker.on('error', (error) => fail(slot, 'crashed', `PeerLens crashed on this document (${error.message})`));
      worker.on('exit', (code) => fail(slot, 'crashed', `PeerLens crashed on this document (worker exit code ${code})`));
    };

    if (specs.length === 0) {
      resolve(results);
      return;
    }
    for (let i = 0; i < Math.min(options.jobs, specs.length); i++) start();
  });
}
