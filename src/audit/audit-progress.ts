// The progress bar of `peerlens audit` on a terminal (stderr, so stdout can carry the report):
// documents done of all, how many could not be read, time spent and time left.
import { Presets, SingleBar } from 'cli-progress';
import type { AuditDocument } from '../report/audit-model.js';

export interface AuditProgress {
  start(total: number): void;
  document(document: AuditDocument): void;
  stop(): void;
}

export const NO_PROGRESS: AuditProgress = { start() {}, document() {}, stop() {} };

export function terminalProgress(stream: NodeJS.WriteStream): AuditProgress {
  const bar = new SingleBar(
    {
      stream,
      format: 'auditing {bar} {value}/{total} documents | {errors} unreadable | {duration_formatted} spent, {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
    },
    Presets.shades_classic,
  );
  let errors = 0;
  let running = false;
  return {
    start(total) {
      if (total === 0) return;
      bar.start(total, 0, { errors });
      running = true;
    },
    document(document) {
      if (document.kind === 'error') errors += 1;
      if (running) bar.increment(1, { errors });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
