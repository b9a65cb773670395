// Test helper: a happy-dom document at a given address, with page scripts and loads switched off
// (fixtures are read the way the content script sees them, nothing runs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

export function pageAt(url: string, html: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

export function fixture(name: string): string {
  // vitest runs from the project root (import.meta.url is not a file URL under happy-dom).
  return readFileSync(resolve('tests/fixtures/boards', name), 'utf8');
}

/** A fixture page loaded at the address it was saved from. */
export function fixturePage(name: string, url: string): Document {
  return pageAt(url, fixture(name));
}
