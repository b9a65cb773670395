// URLs in an audit: an HTML page, a PDF served as application/pdf under a name without .pdf,
// a .docx URL, and a 404, from a local server (tests have no outside network).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxFromText, pdfFromText } from '../fixtures/sample-documents.js';
import { auditJsonSchema } from '../../src/report/audit-schema.js';
import { runCli } from '../cli/cli-harness.js';
import { DOCX_TEXT, HTML_PAGE, PDF_TEXT } from './fixture-tree.js';

let server: Server;
let base: string;

beforeAll(async () => {
  const pdf = await pdfFromText(PDF_TEXT);
  const docx = await docxFromText(DOCX_TEXT);
  const pages: Record<string, [string, string | Uint8Array]> = {
    '/jobs/family-partner': ['text/html; charset=utf-8', HTML_PAGE],
    '/download?id=7': ['application/pdf', pdf],
    '/files/coach.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx],
  };
  server = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    if (page) res.writeHead(200, { 'content-type': page[0] }).end(page[1]);
    else res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('peerlens audit on URLs', () => {
  it('reads pages, PDFs and Word files from the web; a 404 is an error row', async () => {
    const urls = ['/jobs/family-partner', '/download?id=7', '/files/coach.docx', '/gone.pdf'].map((p) => base + p);
    const { code, stdout } = await runCli(['audit', ...urls, '--format', 'json', '--jobs', '1']);
    expect(code).toBe(0);
    const json = auditJsonSchema.parse(JSON.parse(stdout));
    expect(json.documents.map((d) => d.source)).toEqual(urls.slice(0, 3));
    expect(json.documents.every((d) => d.findings.some((f) => f.text.toLowerCase() === 'addicts'))).toBe(true);
    expect(json.errors).toEqual([{ source: urls[3], code: 'fetch-failed', message: 'the server answered 404 Not Found' }]);
  });
});
