// Worker thread of `peerlens audit`: reads and analyzes one document per task message.
// Bundled on its own to dist/audit-worker.mjs (scripts/build-cli.mjs).
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/index.js';
import { WARM_UP_TEXT, auditDocument, failedDocument } from './audit-document.js';
import type { WorkerMessage, WorkerTask } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('audit-worker.ts runs as a worker thread only');

const send = (message: WorkerMessage): void => port.postMessage(message);

port.on('message', (task: WorkerTask) => {
  auditDocument(task.spec, task.options, analyze)
    .catch((error: unknown) => failedDocument(task.spec, 'internal', `PeerLens failed on this document (${String(error)})`))
    .then((document) => send({ type: 'done', id: task.id, document }));
});
// Compile the lexicons and warm the parser before saying "ready" (the first analysis costs ten
// times a later one); until then the main thread audits in the worker's place.
analyze(WARM_UP_TEXT);
send({ type: 'ready' });
