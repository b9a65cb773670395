// Placeholder for benchmarking the advocates' audit (issue 4) once it exists. The bench only
// reports whether the audit is there; timing it is left until its command and input format land.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const AUDIT_DIR = fileURLToPath(new URL('../src/audit/', import.meta.url));

export function auditStatus(): string {
  // TODO(bench): when src/audit lands, time `peerlens audit` over tests/corpus/docs here.
  return existsSync(AUDIT_DIR)
    ? 'src/audit exists, but the bench does not time it yet (TODO in bench/audit-hook.ts)'
    : 'not built yet; nothing to measure';
}
