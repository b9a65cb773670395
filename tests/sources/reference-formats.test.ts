// One finding's reference as each report shows it: the same document, section and address.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { exportReportHtml } from '../../src/report/audit-html.js';
import { formatMarkdown } from '../../src/report/format-markdown.js';
import { reportToJson } from '../../src/report/format-json.js';
import { formatText } from '../../src/report/format-text.js';
import { sampleReport } from '../cli/sample-report.js';

const CITATION = 'Cal Voices, WISE program (2019). WISE Peer Toolkit for Workplace Success';
const SECTION = 'section “Strength Based Language”';
const URL = 'https://wiseup.work';
const report = sampleReport();

describe('the reference of the finding citing wise-toolkit L2397-2401', () => {
  it('in text', () => {
    expect(formatText(report)).toContain(`Source: ${CITATION}, ${SECTION} <${URL}>`);
  });

  it('in Markdown', () => {
    expect(formatMarkdown([report])).toContain(`   - Source: [${CITATION}](${URL}), ${SECTION}`);
  });

  it('in HTML, linked to the document', () => {
    const { document } = parseHTML(exportReportHtml(report));
    const line = [...document.querySelectorAll('.source')].find((p) => p.textContent?.includes('Strength Based'));
    expect(line?.textContent).toBe(`Source: ${CITATION}, ${SECTION}`);
    expect(line?.querySelector('a')?.getAttribute('href')).toBe(URL);
  });

  it('in JSON, keeping id and ref', () => {
    const cited = reportToJson(report)
      .findings.flatMap((f) => f.sources)
      .find((s) => s.ref === 'L2397-2401');
    expect(cited).toEqual({
      id: 'wise-toolkit',
      ref: 'L2397-2401',
      title: 'WISE Peer Toolkit for Workplace Success',
      section: 'Strength Based Language',
      url: URL,
    });
  });
});

describe('two cited line ranges in the same section', () => {
  const twice = sampleReport();
  const finding = twice.findings.find((f) => f.sources.some((s) => s.ref === 'L2397-2401'))!;
  finding.sources = [
    { id: 'wise-toolkit', ref: 'L2397-2401' },
    { id: 'wise-toolkit', ref: 'L2383-2384' },
  ];
  const once = (text: string) => text.split(SECTION).length - 1;

  it('show the reference once in text, Markdown and HTML', () => {
    const line = (text: string) => text.split('\n').find((l) => l.includes(SECTION)) ?? '';
    expect(once(line(formatText(twice)))).toBe(1);
    expect(once(line(formatMarkdown([twice])))).toBe(1);
    const { document } = parseHTML(exportReportHtml(twice));
    const html = [...document.querySelectorAll('.source')].find((p) => p.textContent?.includes('Strength Based'));
    expect(once(html?.textContent ?? '')).toBe(1);
  });
});
