// Every extension page keeps only its own parts in its index.html; the build gives each the same
// document around them (scripts/extension-build/page-shell.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageShell } from '../../scripts/extension-build/page-shell.js';

const PAGES = readdirSync('entrypoints', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join('entrypoints', entry.name, 'index.html'))
  .filter((file) => {
    try {
      return readFileSync(file, 'utf8').length > 0;
    } catch {
      return false;
    }
  });

describe('the extension pages share one document', () => {
  it('finds the pages', () => expect(PAGES.length).toBeGreaterThanOrEqual(5));

  it.each(PAGES)('%s becomes a whole English UTF-8 page with its own title and script', (file) => {
    const own = readFileSync(file, 'utf8');
    const { document } = parseHTML(pageShell(own));
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    expect(document.querySelector('meta[name="viewport"]')).not.toBeNull();
    expect(document.querySelectorAll('#app')).toHaveLength(1);
    expect(document.title).toBe(parseHTML(own).document.querySelector('title')?.textContent);
    expect(document.querySelector('head script[type="module"]')?.getAttribute('src')).toBe('./main.tsx');
  });

  it('keeps a page manifest key where WXT reads it', () => {
    const { document } = parseHTML(pageShell(readFileSync('entrypoints/options/index.html', 'utf8')));
    expect(document.querySelector('head meta[name="manifest.open_in_tab"]')?.getAttribute('content')).toBe('true');
  });

  it('refuses a page that brings a document of its own', () => {
    expect(() => pageShell('<!doctype html><html><head><title>x</title></head></html>')).toThrow(/only its own/);
  });
});
