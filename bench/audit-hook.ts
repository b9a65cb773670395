// Audit throughput (issue 4): 1,000 mixed documents (txt, md, html, a few PDF and DOCX) audited
// end to end with 1 and 2 jobs, on the same files.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAudit } from './audit-run.js';
import { writeBenchCorpus } from './audit-corpus.js';

const DOCS = 1000;

export async function auditThroughput(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'peerlens-bench-audit-'));
  try {
    await writeBenchCorpus(dir, DOCS);
    const lines: string[] = [];
    for (const jobs of [1, 2]) {
      const r = await benchAudit({ docs: DOCS, jobs, corpusDir: dir });
      lines.push(
        `audit, ${r.docs} documents, --jobs ${jobs}: ${r.docsPerSecond.toFixed(0)} docs/s ` +
          `(audit ${r.auditSeconds.toFixed(2)} s, HTML report ${r.reportSeconds.toFixed(2)} s, ${r.onWorkers} on workers, ${r.errors} error rows)`,
      );
    }
    return lines;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
