// "Export report": the current report saved as a file, in the CLI's single-document formats
// (src/report). The file is made here and handed to the browser's download through a blob
// address: nothing is uploaded.
import type { Report } from '../../src/core/types';
import { exportReportHtml } from '../../src/report/audit-html';
import { exportReportMarkdown } from '../../src/report/audit-markdown';
import { exportFileName } from '../../src/report/export-file-name';
import { downloadFile } from '../../src/extension/download-file';

export type ExportFormat = 'html' | 'markdown';

const FORMATS = {
  html: { extension: 'html', type: 'text/html;charset=utf-8', render: exportReportHtml },
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8', render: exportReportMarkdown },
} as const;

export function downloadReport(report: Report, title: string, format: ExportFormat): void {
  const { render, type } = FORMATS[format];
  const source = title.trim() || undefined;
  downloadFile(render(source ? { ...report, source } : report), exportFileName(title, FORMATS[format].extension), type);
}
