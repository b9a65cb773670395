// The privacy policy as a page of the extension: linked from the options page, it opens in a new
// tab and says, paragraph for paragraph, what PRIVACY.md says.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures.js';
import { squash } from './report-helpers.js';

/** PRIVACY.md's headings, paragraphs and list items as plain text. */
function policyBlocks(): string[] {
  const markdown = readFileSync(resolve(import.meta.dirname, '../../PRIVACY.md'), 'utf8');
  return markdown
    .split(/\n(?=#|- )|\n\n/)
    .map((block) => squash(block.replace(/^#+\s*|^- /, '').replace(/\*\*/g, '')))
    .filter(Boolean);
}

test('the options page links to the privacy policy, which says what PRIVACY.md says', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const [privacy] = await Promise.all([context.waitForEvent('page'), options.getByTestId('privacy-link').click()]);
  await privacy.waitForLoadState();
  expect(privacy.url()).toBe(`chrome-extension://${extensionId}/privacy.html`);
  await expect(privacy.getByRole('heading', { level: 1 })).toHaveText('PeerLens privacy policy');
  const shown = squash(await privacy.locator('body').innerText());
  const blocks = policyBlocks();
  expect(blocks.length).toBeGreaterThan(8);
  for (const block of blocks) expect(shown).toContain(block);
});
