// "Export report" in the popup: the page's report saved as HTML or Markdown, in the CLI's
// single-document formats, through the browser's download of a blob made in the popup.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.js';
import { readReport } from './report-helpers.js';

for (const [format, testId, extension] of [
  ['HTML', 'export-html', '.html'],
  ['Markdown', 'export-markdown', '.md'],
] as const) {
  test(`the report is exported as ${format}, with the score and the findings`, async ({ openFixture, openPopup }) => {
    const { tabId } = await openFixture('boards/linkedin.html');
    const popup = await openPopup(tabId);
    const report = await readReport(popup);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(testId).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^peerlens-report-[a-z0-9-]+\\${extension}$`));
    const saved = await readFile(await download.path(), 'utf8');
    expect(saved).toContain('PeerLens report');
    expect(saved).toContain(`Score ${report.score}/100`);
    // Each quoted span in the popup's list is in the file.
    for (const finding of report.findings.filter((f) => f.text)) {
      expect(saved, finding.ruleId).toContain(
        format === 'HTML' ? finding.text.replace(/&/g, '&amp;').replace(/'/g, '&#39;') : finding.text,
      );
    }
    await expect(popup.locator('.footer .status')).toHaveText(`Report saved as ${format}.`);
  });
}
