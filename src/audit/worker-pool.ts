// Audits documents on the main thread and N worker threads together, results kept in input
// order. A worker costs ~1 s of CPU to start (load the analyzer, compile the lexicons), so the
// main thread never waits for one: it audits documents itself from the start, and the workers
// join in when ready. With `startWorkers: 'when-worth-it'` workers start only once the work left
// (documents left times the time per document so far) would outlast that start-up, so a small
// audit never pays for them. Each worker has two documents queued (it audits them in order), so
// it never idles while the main thread is busy analyzing. A worker that crashes or stops making
// progress for the time limit is replaced: the document it was on becomes an error row, the one
// queued behind it goes back in line. If no worker can start, the main thread audits alone.
import type { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core/types.js';
import type { AuditDocument, FailedDocument } from '../report/audit-model.js';
import { failedDocument } from './audit-document.js';
import type { RenderedReport } from './rendered-report.js';
import { WORKER_HEAP_MB, startAuditWorker } from './worker-entry.js';
import type { WorkerMessage, WorkerTask } from './worker-protocol.js';

/** A document still being read and analyzed after this long is given up on (its worker is stopped). */
export const DEFAULT_TASK_TIMEOUT_MS = 60_000;
/** Work left (ms on one thread) below which starting workers does not pay off. */
export const WORKERS_WORTH_MS = 3000;
/** Documents queued on a worker at once. */
const QUEUED_PER_WORKER = 2;

/** How the pool runs: the audit's callers may set these too (tests, the bench, the CLI's progress). */
export interface PoolTuning<D = AuditDocument> {
  /** The main thread audits documents too (default true); off, it only hands them out. */
  mainThreadWorks?: boolean;
  /** For 'when-worth-it': work left (ms) worth starting workers for (WORKERS_WORTH_MS). */
  workersWorthMs?: number;
  /** Each worker's heap limit in MB (default WORKER_HEAP_MB). */
  workerHeapMb?: number;
  /** A worker that finishes nothing for this long is stopped (its document: an error row). */
  taskTimeoutMs?: number;
  onDocument?: (document: NoInfer<D> | FailedDocument) => void;
}

/** D: what a read document becomes: an AuditDocument, or a RenderedReport with `render`. */
export interface PoolOptions<D = AuditDocument> extends PoolTuning<D> {
  /** Worker threads to start (besides the main thread). */
  workers: number;
  analyzeOptions: AnalyzeOptions;
  /** How workers read each document (default 'document', the audit's reader). */
  reader?: 'document' | 'input';
  /** Workers also revise each text (`peerlens rewrite`). */
  rewrite?: boolean;
  /** Workers send each report as its JSON text (`peerlens analyze --format json`). */
  render?: 'json';
  /** Standard input's bytes, for a document named "-". */
  stdin?: Uint8Array;
  /** Audits one document on the main thread. */
  auditHere: (spec: string) => Promise<NoInfer<D> | FailedDocument>;
  /** 'now' (default), or once the main thread has seen that the work left is worth it. */
  startWorkers?: 'now' | 'when-worth-it';
  /** Workers compile the lexicons before saying ready (default true; off for a single input). */
  warmUp?: boolean;
  /** Told once when worker threads could not start (the main thread carries on alone). */
  onWorkersFailed?: (reason: string) => void;
}

export interface PoolResult<D = AuditDocument> {
  documents: (D | FailedDocument)[];
  /** Worker threads started (0 when the work never made them worth it). */
  workersStarted: number;
  /** How many documents the main thread and the worker threads audited. */
  onMainThread: number;
  onWorkers: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Document indexes sent to the worker, oldest (the one it is on) first. */
  queued: number[];
  timer: NodeJS.Timeout | undefined;
  retired: boolean;
}

export function auditInWorkers<D extends AuditDocument | RenderedReport = AuditDocument>(
  specs: readonly string[],
  options: PoolOptions<D>,
): Promise<PoolResult<D>> {
  const documents: (D | FailedDocument)[] = new Array(specs.length);
  const timeoutMs = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  const worthMs = options.workersWorthMs ?? WORKERS_WORTH_MS;
  const heapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
  const slots = new Set<Slot>();
  /** Documents handed back by a stopped worker, served before the rest. */
  const returned: number[] = [];
  let next = 0;
  let remaining = specs.length;
  let workersStarted = 0; // the first batch; replacements for stopped workers are not counted
  let workersFailed = false;
  let onMainThread = 0;
  let done = false;

  const hasWork = (): boolean => returned.length > 0 || next < specs.length;
  const take = (): number | undefined => returned.shift() ?? (next < specs.length ? next++ : undefined);

  return new Promise((resolve) => {
    const retire = (slot: Slot): void => {
      if (slot.retired) return;
      slot.retired = true;
      clearTimeout(slot.timer);
      slots.delete(slot);
      void slot.worker.terminate();
    };

    const complete = (index: number, document: D | FailedDocument): void => {
      documents[index] = document;
      remaining -= 1;
      options.onDocument?.(document);
      if (remaining > 0) return;
      done = true;
      for (const slot of slots) retire(slot);
      resolve({ documents, workersStarted, onMainThread, onWorkers: specs.length - onMainThread });
    };

    /** The time limit runs from the worker's last finished document (or from when it got work). */
    const armTimer = (slot: Slot): void => {
      clearTimeout(slot.timer);
      slot.timer =
        slot.queued.length === 0
          ? undefined
          : setTimeout(() => fail(slot, 'timeout', `took longer than ${timeoutMs / 1000} s to read and analyze; skipped`), timeoutMs);
    };

    const fill = (slot: Slot): void => {
      const idle = slot.queued.length === 0;
      while (slot.queued.length < QUEUED_PER_WORKER) {
        const id = take();
        if (id === undefined) break;
        slot.queued.push(id);
        const spec = specs[id]!;
        const task: WorkerTask = { id, spec, options: options.analyzeOptions };
        if (options.reader) task.reader = options.reader;
        if (options.rewrite) task.rewrite = true;
        if (options.render) task.render = options.render;
        if (spec === '-' && options.stdin) task.stdin = options.stdin;
        slot.worker.postMessage(task);
      }
      if (slot.queued.length === 0)
        retire(slot); // nothing left to do
      else if (idle) armTimer(slot);
    };

    let laneRunning = false;
    const mainLane = async (): Promise<void> => {
      if (laneRunning) return;
      laneRunning = true;
      const began = performance.now();
      let here = 0;
      for (let id = take(); id !== undefined && !done; id = take()) {
        const spec = specs[id]!;
        const document = await options
          .auditHere(spec)
          .catch((error: unknown) => failedDocument(spec, 'internal', `PeerLens failed on this document (${String(error)})`));
        onMainThread += 1;
        here += 1;
        complete(id, document);
        const perDocument = (performance.now() - began) / here;
        if (!done && options.startWorkers === 'when-worth-it' && remaining * perDocument > worthMs) startWorkers();
        await new Promise((r) => setImmediate(r)); // let the workers' messages through
      }
      laneRunning = false;
    };

    /** No worker left and none can start: the main thread audits whatever remains. */
    const workersGone = (message: string): void => {
      if (slots.size > 0 || workersFailed || done) return;
      workersFailed = true;
      options.onWorkersFailed?.(`could not start worker threads (${message})`);
      void mainLane();
    };

    /** `detail`: why the worker stopped (an error message, an exit code, the time limit). */
    const fail = (slot: Slot, code: 'crashed' | 'timeout' | 'too-large', detail: string): void => {
      if (slot.retired || done) return;
      const [current, ...behind] = slot.queued;
      const wasReady = slot.ready;
      retire(slot);
      returned.unshift(...behind);
      if (!wasReady) {
        workersGone(detail); // a worker that never started is not replaced (that could loop)
        return;
      }
      if (current !== undefined) {
        const message = code === 'crashed' ? `PeerLens crashed on this document (${detail})` : detail;
        complete(current, failedDocument(specs[current]!, code, message));
      }
      if (!done && hasWork()) start();
    };

    const start = (): void => {
      let worker: Worker;
      try {
        worker = startAuditWorker(heapMb, options.warmUp !== false);
      } catch (error) {
        workersGone((error as Error).message);
        return;
      }
      const slot: Slot = { worker, ready: false, queued: [], timer: undefined, retired: false };
      slots.add(slot);
      worker.on('message', (message: WorkerMessage) => {
        if (slot.retired) return; // a late answer from a worker already given up on
        if (message.type === 'ready') {
          slot.ready = true;
          fill(slot);
          return;
        }
        slot.queued = slot.queued.filter((id) => id !== message.id);
        complete(message.id, message.document as D); // what this pool's tasks asked for
        if (done) return;
        armTimer(slot);
        fill(slot);
      });
      worker.on('error', (error) => {
        const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        if (outOfMemory) fail(slot, 'too-large', `needed more than the ${heapMb} MB of memory PeerLens allows per document; skipped`);
        else fail(slot, 'crashed', error.message);
      });
      worker.on('exit', (code) => fail(slot, 'crashed', `worker exit code ${code}`));
    };

    const startWorkers = (): void => {
      if (workersStarted > 0 || workersFailed) return;
      workersStarted = Math.min(options.workers, Math.max(1, specs.length - next));
      for (let i = 0; i < workersStarted; i++) start();
    };

    if (specs.length === 0) {
      resolve({ documents, workersStarted: 0, onMainThread: 0, onWorkers: 0 });
      return;
    }
    const mainWorks = options.mainThreadWorks !== false;
    if (options.startWorkers !== 'when-worth-it' || !mainWorks) startWorkers();
    if (mainWorks) void mainLane();
  });
}
