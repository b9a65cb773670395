// Registers `peerlens audit` with its help; the command itself (audit-command.ts) is loaded
// only when it runs, so `analyze` and `rewrite` never load the audit's machinery.
import type { Command } from 'commander';
import { DOCUMENT_EXTENSIONS } from '../audit/collect-targets.js';
import type { CliIO, Engine } from './cli-io.js';
import { ALLOW_HELP, collect, SETTINGS_HELP } from './organization-flags.js';

const AUDIT_HELP = `
Folders are walked (hidden folders and node_modules skipped; links leaving the folder are not
followed) for ${DOCUMENT_EXTENSIONS.join(', ')} files. Files and http(s) URLs given by name are
read whatever their extension.

Report: --out report.html (or .md, .json, .csv) writes that file; --out <folder> writes
peerlens-audit.html, .md, .json and .csv into it (or just --format's one); without --out the
report (Markdown unless --format says otherwise) goes to stdout. Nothing else is written.

Each document is read and analyzed on a worker thread with a memory limit and a time limit: a
document that crashes, needs too much memory or takes too long becomes an error row.

Exit codes: 0 report written (unreadable documents are rows in it); 2 bad usage or no document
could be read; 3 a PeerLens bug.

Examples:
  peerlens audit county-postings/ --out audit/
  peerlens audit policies/ https://example.org/jobs/peer.html --out report.html --jobs 2`;

export function registerAuditCommand(program: Command, io: CliIO, engine: Engine, setCode: (code: number) => void): void {
  program
    .command('audit')
    .description('check whole folders of documents (HTML, text, Markdown, PDF, Word) and write one report')
    .argument('<inputs...>', 'folders, files or http(s) URLs')
    .option('-o, --out <path>', 'report file (.html, .md, .json, .csv) or folder')
    .option('-f, --format <format>', 'html, md, json, csv or all (default: from --out; md on stdout)')
    .option(
      '-j, --jobs <n>',
      'worker threads that read and analyze documents, each document under a memory and time limit (default: one per CPU core, at most one per document)',
    )
    .option('--no-info', 'leave out info-level findings (contested wording that never counts toward the score)')
    .option('--settings <file>', SETTINGS_HELP)
    .option('--allow <phrase>', ALLOW_HELP, collect)
    .addHelpText('after', AUDIT_HELP)
    .action(async (inputs: string[], options: unknown) => {
      // The audit's machinery (walking folders, PDF and Word readers, worker threads, report
      // builders) loads only for `audit`.
      const { auditCommand } = await import('./audit-command.js');
      setCode(await auditCommand(inputs, options, io, engine));
    });
}
