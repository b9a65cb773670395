// Applying a suggestion inside real web editors: the editor's
// own model takes the rewrite, Ctrl+Z gives back exactly what the user had, a stale
// suggestion leaves the field untouched, and the pages make no request but to localhost.
// The editing code runs in an isolated world, as the content script does.
// Run: npx playwright test tests/e2e/editors.spec.ts  (builds tests/fixtures/editors/dist/ itself)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildEditorFixtures } from '../fixtures/editors/build.mjs';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';

// No extension needed for this layer: a plain browser, Debian's Chromium in new headless mode
// (Playwright's own headless flag is left off; it would ask for the old mode).
test.use({
  headless: false,
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  },
});

// Three rewrites per editor: a plain word; a phrase keeping its first word (only
// <em>abuse</em> is replaced); a phrase whose replaced text crosses a format (<em>drug</em> abuse).
const FIRST = { flagged: 'addicts', replacement: 'people with a substance use disorder' };
const SECOND = { flagged: 'substance abuse', replacement: 'substance use' };
const THIRD = { flagged: 'drug abuse', replacement: 'substance use' };

interface Span {
  start: number;
  end: number;
  expected: string;
  replacement: string;
}
type ApplyResult = { ok: true; method: string } | { ok: false; reason: string; copied: boolean };

// `method`: the rung of the ladder that takes the edit in each editor (pinned so that a
// change in an editor or in Chromium shows up here rather than in a user's draft).
const EDITORS = [
  { name: 'textarea', page: 'textarea.html', field: '#field', method: 'execCommand' },
  // In a white-space:normal contenteditable Chrome stores a space next to an edit as U+00A0
  // (as when typing); applySuggestion's check treats the two as equal, and so does this test.
  { name: 'contenteditable', page: 'contenteditable.html', field: '#field', method: 'execCommand', nbspIsSpace: true },
  { name: 'Quill 2', page: 'quill.html', field: '#field .ql-editor', method: 'beforeinput' },
  { name: 'Tiptap 3 (ProseMirror)', page: 'tiptap.html', field: '#field .ProseMirror', method: 'execCommand' },
  { name: 'Lexical', page: 'lexical.html', field: '#field[data-lexical-editor="true"]', method: 'beforeinput' },
];

let server: FixtureServer;
let editingBundle: string;
let foreignRequests: string[] = [];

test.beforeAll(async () => {
  const dist = await buildEditorFixtures();
  editingBundle = await readFile(join(dist, 'peerlens-editing.js'), 'utf8');
  server = await startFixtureServer();
});
test.afterAll(async () => server?.close());

// Network silence: every request that is not to the fixture server is recorded and blocked.
test.beforeEach(async ({ context }) => {
  foreignRequests = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(`${server.origin}/`)) foreignRequests.push(request.url());
  });
  await context.route('**/*', (route) => (route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort()));
});
test.afterEach(() => {
  expect(foreignRequests, 'requests to anything but the local fixture server').toEqual([]);
});

async function openFixture(page: Page, file: string): Promise<void> {
  await page.goto(server.url(`editors/${file}`));
  await page.waitForSelector('html[data-ready="true"]');
}

/** Evaluates in a fresh isolated world holding PeerLensEditing, like a content script. */
async function contentScriptWorld(page: Page): Promise<<T>(expression: string) => Promise<T>> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'peerlens-content-script',
  });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
      userGesture: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
  await evaluate(editingBundle);
  return evaluate;
}

const readFieldText = (field: string): string =>
  `PeerLensEditing.readEditableText(PeerLensEditing.findEditable(document.querySelector(${JSON.stringify(field)}))).text`;

/** The span of `flagged` in the field's text, as the analyzer would report it. */
async function findSpan(
  run: <T>(e: string) => Promise<T>,
  field: string,
  { flagged, replacement }: { flagged: string; replacement: string },
): Promise<Span> {
  const text = await run<string>(readFieldText(field));
  const start = text.indexOf(flagged);
  expect(start, `"${flagged}" in the field's text`).toBeGreaterThanOrEqual(0);
  return { start, end: start + flagged.length, expected: flagged, replacement };
}

const applyIn = (run: <T>(e: string) => Promise<T>, field: string, span: Span): Promise<ApplyResult> =>
  run<ApplyResult>(`PeerLensEditing.applySuggestion(document.querySelector(${JSON.stringify(field)}), ${JSON.stringify(span)})`);

const modelText = (page: Page): Promise<string> => page.evaluate(() => window.fixture.getText());
const modelDoc = (page: Page): Promise<string> => page.evaluate(() => window.fixture.getDoc());

for (const editor of EDITORS) {
  test.describe(editor.name, () => {
    test('applies suggestions into the editor model, and Ctrl+Z restores the document exactly', async ({ page }) => {
      await openFixture(page, editor.page);
      const run = await contentScriptWorld(page);
      const docBefore = await modelDoc(page);
      const textBefore = await modelText(page);

      let expectedText = textBefore;
      for (const rewrite of [FIRST, SECOND, THIRD]) {
        const span = await findSpan(run, editor.field, rewrite);
        const result = await applyIn(run, editor.field, span);
        expect(result).toEqual({ ok: true, method: editor.method });
        expectedText = expectedText.replace(rewrite.flagged, rewrite.replacement);
        const text = await modelText(page);
        expect('nbspIsSpace' in editor ? text.replace(/\u00a0/g, ' ') : text).toBe(expectedText);
        const fieldText = await run<string>(readFieldText(editor.field));
        expect(fieldText.slice(span.start, span.start + rewrite.replacement.length)).toBe(rewrite.replacement);
      }

      // One undo per applied rewrite (editors that group them make the second a no-op).
      for (let i = 0; i < 3; i++) await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => modelDoc(page)).toBe(docBefore);
      expect(await modelText(page)).toBe(textBefore);
    });

    test('a suggestion made stale by the user typing is refused and the field is left untouched', async ({ page }) => {
      await openFixture(page, editor.page);
      const run = await contentScriptWorld(page);
      const span = await findSpan(run, editor.field, FIRST);

      // The user types at the start of the document after the check: the span has moved.
      await page.click(editor.field);
      await page.keyboard.press('ControlOrMeta+Home');
      await page.keyboard.type('Draft: ');
      await expect.poll(() => modelText(page)).toContain('Draft: ');
      const docAfterTyping = await modelDoc(page);

      const result = await applyIn(run, editor.field, span);
      expect(result).toEqual({ ok: false, reason: 'text-changed', copied: false });
      expect(await modelDoc(page)).toBe(docAfterTyping);
    });
  });
}

test.describe('fields that do not take the edit', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  });

  test('a field that ignores every method is left as it was and the replacement is copied', async ({ page }) => {
    await openFixture(page, 'misbehaving.html');
    const run = await contentScriptWorld(page);
    const docBefore = await modelDoc(page);
    const span = await findSpan(run, '#controlled', FIRST);

    const result = await applyIn(run, '#controlled', span);
    expect(result).toEqual({ ok: false, reason: 'editor-refused', copied: true });
    expect(await modelDoc(page)).toBe(docBefore);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(FIRST.replacement);
  });

  test('an attempt that half-applies is undone before falling back to the clipboard', async ({ page }) => {
    await openFixture(page, 'misbehaving.html');
    const run = await contentScriptWorld(page);
    const docBefore = await modelDoc(page);
    const span = await findSpan(run, '#meddling', FIRST);

    const result = await applyIn(run, '#meddling', span);
    expect(result).toEqual({ ok: false, reason: 'editor-refused', copied: true });
    expect(await modelDoc(page)).toBe(docBefore);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(FIRST.replacement);
  });
});
