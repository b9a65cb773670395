// Audits documents on N worker threads, one document per worker at a time, results kept in
// input order. A worker costs ~1 s of CPU to start (load the analyzer, compile the lexicons),
// so the main thread audits documents itself until a worker is ready: a large audit loses no
// time. With `startWorkers: 'when-worth-it'` workers start only once the work left (documents
// left times the time per document so far) would outlast that start-up, so a small audit never
// pays for them. A worker that crashes or overruns the time limit on a document is replaced,
// and that document alone becomes an error row. If no worker can start, the main thread does
// the whole audit.
import type { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core/types.js';
import type { AuditDocument } from '../report/audit-model.js';
import { failedDocument } from './audit-document.js';
import { startAuditWorker } from './worker-entry.js';
import type { WorkerMessage } from './worker-protocol.js';

export const DEFAULT_TASK_TIMEOUT_MS = 120_000;

export interface PoolOptions {
  jobs: number;
  analyzeOptions: AnalyzeOptions;
  /** Audits one document on the main thread. */
  auditHere: (spec: string) => Promise<AuditDocument>;
  /** Audit on the main thread until a worker is ready (default true; off to time workers alone). */
  mainThreadWhileStarting?: boolean;
  /** 'now' (default), or once the main thread has seen that the work left is worth it. */
  startWorkers?: 'now' | 'when-worth-it';
  /** For 'when-worth-it': work left (ms) that is worth starting workers for (WORKERS_WORTH_MS). */
  workersWorthMs?: number;
  taskTimeoutMs?: number;
  onDocument?: (document: AuditDocument) => void;
  /** Told once when worker threads could not start (the main thread carries on alone). */
  onWorkersFailed?: (reason: string) => void;
}

/** Work left (ms on one thread) below which starting workers does not pay off. */
export const WORKERS_WORTH_MS = 3000;

export interface PoolResult {
  documents: AuditDocument[];
  /** Worker threads started (0 when the work never made them worth it). */
  workersStarted: number;
  /** How many documents the main thread and the worker threads audited. */
  onMainThread: number;
  onWorkers: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: number | undefined;
  timer: NodeJS.Timeout | undefined;
  retired: boolean;
}

export function auditInWorkers(specs: readonly string[], options: PoolOptions): Promise<PoolResult> {
  const documents: AuditDocument[] = new Array(specs.length);
  const timeoutMs = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  const worthMs = options.workersWorthMs ?? WORKERS_WORTH_MS;
  const slots = new Set<Slot>();
  let next = 0;
  let remaining = specs.length;
  let workersReady = false;
  let workersFailed = false;
  let onMainThread = 0;
  let workersStarted = 0; // the first batch; replacements for crashed workers are not counted
  let done = false;

  return new Promise((resolve) => {
    const retire = (slot: Slot): void => {
      if (slot.retired) return;
      slot.retired = true;
      clearTimeout(slot.timer);
      slots.delete(slot);
      void slot.worker.terminate();
    };

    const complete = (index: number, document: AuditDocument): void => {
      documents[index] = document;
      remaining -= 1;
      options.onDocument?.(document);
      if (remaining > 0) return;
      done = true;
      for (const slot of slots) retire(slot);
      resolve({ documents, workersStarted, onMainThread, onWorkers: specs.length - onMainThread });
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

    /** Audits on the main thread while no worker is ready (or when none can start). */
    let laneRunning = false;
    const mainLane = async (): Promise<void> => {
      if (laneRunning) return;
      laneRunning = true;
      const began = performance.now();
      while (!done && (!workersReady || workersFailed) && next < specs.length) {
        const id = next++;
        const document = await options.auditHere(specs[id]!)
          .catch((error: unknown) => failedDocument(specs[id]!, 'internal', `PeerLens failed on this document (${String(error)})`));
        onMainThread += 1;
        complete(id, document);
        const perDocument = (performance.now() - began) / onMainThread;
        if (!done && (specs.length - next) * perDocument > worthMs) startWorkers();
        await new Promise((r) => setImmediate(r)); // let a worker's "ready" through
      }
      laneRunning = false;
    };

    /** No worker left and none ready: the main thread audits whatever remains. */
    const workersGone = (message: string): void => {
      if (slots.size > 0 || workersFailed || done) return;
      workersFailed = true;
      options.onWorkersFailed?.(`could not start worker threads (${message})`);
      void mainLane();
    };

    /** `detail`: why the worker stopped (an error message, an exit code, the time limit). */
    const fail = (slot: Slot, code: 'crashed' | 'timeout', detail: string): void => {
      if (slot.retired || done) return;
      const task = slot.task;
      const wasReady = slot.ready;
      retire(slot);
      if (wasReady) {
        // The document crashed or stalled the worker: it alone becomes an error row.
        const message = code === 'timeout' ? detail : `PeerLens crashed on this document (${detail})`;
        if (task !== undefined) complete(task, failedDocument(specs[task]!, code, message));
        if (!done && next < specs.length) start();
        return;
      }
      // A worker that never started is not replaced (that could loop forever).
      workersGone(detail);
    };

    const startWorkers = (): void => {
      if (workersStarted > 0 || workersFailed) return;
      workersStarted = Math.min(options.jobs, specs.length - next);
      for (let i = 0; i < workersStarted; i++) start();
    };

    const start = (): void => {
      let worker: Worker;
      try {
        worker = startAuditWorker();
      } catch (error) {
        workersGone((error as Error).message);
        return;
      }
      const slot: Slot = { worker, ready: false, task: undefined, timer: undefined, retired: false };
      slots.add(slot);
      worker.on('message', (message: WorkerMessage) => {
        if (slot.retired) return; // a late answer from a worker already given up on
        if (message.type === 'ready') {
          slot.ready = true;
          workersReady = true;
          dispatch(slot);
          return;
        }
        clearTimeout(slot.timer);
        slot.task = undefined;
        complete(message.id, message.document);
        if (!done) dispatch(slot);
      });
      worker.on('error', (error) => fail(slot, 'crashed', error.message));
      worker.on('exit', (code) => fail(slot, 'crashed', `worker exit code ${code}`));
    };

    if (specs.length === 0) {
      resolve({ documents, workersStarted: 0, onMainThread: 0, onWorkers: 0 });
      return;
    }
    if (options.startWorkers !== 'when-worth-it' || options.mainThreadWhileStarting === false) startWorkers();
    if (options.mainThreadWhileStarting !== false) void mainLane();
  });
}
