// @vitest-environment happy-dom
// Each saved board page yields the right reader, title and organization, and the posting's text
// without the page chrome around it (navigation, cookie banners, footers, related jobs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postingText } from '../../src/core/text/posting-text.js';
import { boardAdapters } from '../../src/extension/page-reading/board-adapters/index.js';
import { readPage } from '../../src/extension/page-reading/read-page.js';
import { BOARD_ORIGINS, BOARDS } from '../../src/extension/settings/board-origins.js';
import { rangeAt } from '../../src/extension/page-reading/text-node-map.js';
import type { PageReading } from '../../src/extension/page-reading/types.js';
import { fixture, fixturePage, pageAt } from './dom.js';

interface Case {
  file: string;
  /** The address the page was saved from. */
  url: string;
  via: PageReading['via'];
  highlights: PageReading['highlights'];
  title: string;
  organization?: string;
  /** Phrases of the posting the analyzed text must hold (jsonld-broken: its raw line breaks kept). */
  contains: string[];
  /** Page chrome that must stay out of it. */
  excludes: string[];
}

/** The fixtures, where they come from and what reading them must give (shared with the e2e tests). */
const CASES: Case[] = JSON.parse(readFileSync(resolve('tests/fixtures/boards/manifest.json'), 'utf8'));

/** Chrome that appears on every fixture and must never reach the analyzed text. */
const NOISE = ['cookie', 'Privacy', 'Sign in'];

describe('readPage on saved board pages', () => {
  for (const c of CASES) {
    describe(c.file, () => {
      const reading = readPage(fixturePage(c.file, c.url));
      const text = reading.posting ? postingText(reading.posting).text : '';
      const body = reading.posting?.sections.map((s) => s.text).join('\n') ?? '';

      it(`is read via ${c.via}`, () => {
        expect(reading.via).toBe(c.via);
        expect(reading.highlights).toBe(c.highlights);
      });

      it('has the title and organization', () => {
        expect(reading.posting?.title).toBe(c.title);
        expect(reading.posting?.organization).toBe(c.organization);
      });

      it('holds the description and not the page chrome', () => {
        for (const phrase of c.contains) expect(text).toContain(phrase);
        for (const phrase of [...c.excludes, ...NOISE]) expect(body).not.toContain(phrase);
      });

      if (c.highlights === 'exact') {
        it('is the anchor text itself, so offsets map exactly', () => {
          expect(reading.posting?.sections).toEqual([{ text: reading.anchor!.text }]);
          // Line breaks and cell gaps the reader adds are not in the DOM: compare visible characters.
          const visible = (s: string) => s.replace(/\s+/g, '');
          for (const phrase of c.contains.filter((p) => !p.startsWith('- '))) {
            const at = reading.anchor!.text.indexOf(phrase);
            expect(visible(rangeAt(reading.anchor!, at, at + phrase.length)!.toString())).toBe(visible(phrase));
          }
        });
      } else if (c.highlights === 'approximate') {
        it('found the description on the page', () => {
          const anchor = reading.anchor!.text;
          for (const phrase of c.contains.filter((p) => !/\n|Pay|&/.test(p))) expect(anchor).toContain(phrase.replace(/^- /, ''));
          for (const phrase of c.excludes) expect(anchor).not.toContain(phrase);
        });
      } else {
        it('says why highlights are unavailable', () => {
          expect(reading.anchor).toBeNull();
          expect(reading.note).toMatch(/not found on the page/);
        });
      }
    });
  }
});

describe('board pages on other addresses', () => {
  it('are known by their markup (a saved page, a test server)', () => {
    for (const c of CASES.filter((x) => x.via.startsWith('board:'))) {
      expect(readPage(fixturePage(c.file, `http://localhost:4173/${c.file}`)).via).toBe(c.via);
    }
  });
});

describe('a board whose JSON-LD holds only a teaser', () => {
  it('reads the page text instead, keeping the structured title and organization', () => {
    // A teaser description and a title that differs from the page heading.
    const html = fixture('greenhouse.html')
      .replace(/"description":"[^"]*"/, '"description":"<p>Join Cedar Family Services as a Parent Partner.</p>"')
      .replace('"title":"Parent Partner"', '"title":"Parent Partner (Family Support)"');
    const reading = readPage(pageAt('https://job-boards.greenhouse.io/cedarfamily/jobs/4419021', html));
    expect(reading).toMatchObject({ via: 'board:greenhouse', highlights: 'exact' });
    expect(reading.posting).toMatchObject({ title: 'Parent Partner (Family Support)', organization: 'Cedar Family Services' });
    expect(reading.posting!.sections[0]!.text).toContain('Complete the CANS assessment');
  });
});

describe('a page with nothing to read', () => {
  it('says so', () => {
    const empty = readPage(
      pageAt(
        'https://www.indeed.com/viewjob?jk=1',
        '<html><body><nav><a href="/">Home</a></nav><div id="jobDescriptionText"></div><p>Loading…</p></body></html>',
      ),
    );
    expect(empty).toMatchObject({ via: 'none', posting: null, highlights: 'unavailable', anchor: null });
    expect(empty.note).toMatch(/indeed page, but no posting was found/);
  });
});

describe('what each board declares about itself', () => {
  /** A manifest match pattern ("https://*.indeed.com/*") as a test of a full address. */
  const allows = (pattern: string, url: string): boolean =>
    new RegExp(
      `^${pattern
        .replace(/[.?+^$()|[\]\\]/g, '\\$&')
        .replace(/\*\\\./g, '(?:[^/]+\\.)?')
        .replace(/\*/g, '.*')}$`,
    ).test(url);

  for (const adapter of boardAdapters) {
    it(`${adapter.name}: its saved posting is at an address its own origins allow, and the options list it by name`, () => {
      const saved = CASES.find((c) => c.file === `${adapter.name}.html`);
      expect(saved, `a saved ${adapter.name} page`).toBeDefined();
      expect(adapter.matches(new URL(saved!.url))).toBe(true);
      expect(adapter.origins.some((origin) => allows(origin, saved!.url))).toBe(true);
      expect(BOARDS.find((b) => b.id === adapter.name)).toEqual({ id: adapter.name, name: adapter.label, origins: adapter.origins });
    });
  }

  it('asks for no address that no board reads', () => {
    expect(allows('https://*.indeed.com/*', 'https://www.indeed.com/viewjob?jk=1')).toBe(true);
    expect(allows('https://*.indeed.com/*', 'https://indeed.com.evil.example/')).toBe(false);
    expect(BOARD_ORIGINS).toEqual(boardAdapters.flatMap((a) => a.origins));
  });
});
