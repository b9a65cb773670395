// Worker thread of `peerlens audit`: reads and analyzes the document each task message names.
// Bundled on its own to dist/audit-worker-code.cjs, which dist/audit-worker.mjs runs from a V8 code
// cache (src/audit/worker-loader.ts, scripts/build-cli.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../core/default-analyzer.js';
import { rewrite } from '../core/rewrite.js';
import { requirePartsOfSpeechWhenNeeded } from '../input/parts-of-speech-loader.js';
import { WARM_UP_TEXT, analyzeInput, auditDocument, failedDocument, withRevision } from './audit-document.js';
import { renderedAsJson } from './rendered-report.js';
import type { WorkerMessage, WorkerTask } from './worker-protocol.js';

requirePartsOfSpeechWhenNeeded();
const port = parentPort;
if (!port) throw new Error('audit-worker.ts runs as a worker thread only');

// A rendered report's bytes are handed over, not copied.
const send = (message: WorkerMessage): void =>
  port.postMessage(message, message.type === 'done' && message.document.kind === 'rendered' ? [message.document.json.buffer] : []);

// Tasks are audited one after another, in the order sent: the pool counts on the oldest
// unanswered task being the one in progress (to name it if the worker crashes or stalls).
let queue: Promise<void> = Promise.resolve();
port.on('message', (task: WorkerTask) => {
  const work =
    task.reader === 'input'
      ? () => analyzeInput(task.spec, task.options, analyze, task.stdin)
      : () => auditDocument(task.spec, task.options, analyze);
  queue = queue.then(() =>
    work()
      .then((document) => (task.rewrite ? withRevision(document, rewrite) : document))
      .then((document) => (task.render === 'json' ? renderedAsJson(document) : document))
      .catch((error: unknown) => failedDocument(task.spec, 'internal', `PeerLens failed on this document (${String(error)})`))
      .then((document) => send({ type: 'done', id: task.id, document })),
  );
});
// Compile the lexicons and warm the parser before saying "ready" (the first analysis costs ten
// times a later one); until then the main thread audits in the worker's place.
if ((workerData as { warmUp?: boolean } | null)?.warmUp !== false) analyze(WARM_UP_TEXT);
send({ type: 'ready' });
