// @vitest-environment happy-dom
// The fallback for pages that are neither JSON-LD nor a known board: description markers first,
// then landmarks, then section headings, then the block with the most paragraph text.
import { describe, expect, it } from 'vitest';
import { readMainContent } from '../../src/extension/page-reading/main-content.js';
import { readPage } from '../../src/extension/page-reading/read-page.js';
import { pageAt } from './dom.js';

const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the peer specialist supports people in their own recovery, shares lived experience, and links people with community resources they choose.</p>`,
).join('');

describe('readMainContent', () => {
  it('prefers a description container (any letter case) over the page landmark', () => {
    const doc = pageAt(
      'https://example.org/',
      `<main><h1>Peer Specialist</h1><div class="JobDescription-body">${PARAGRAPHS}</div><div class="related">${PARAGRAPHS.replace(/Paragraph/g, 'Related')}</div></main>`,
    );
    const found = readMainContent(doc)!;
    expect(found.container.className).toBe('JobDescription-body');
    expect(found.title).toBe('Peer Specialist');
  });

  it('skips description markers that are too short or inside navigation', () => {
    const doc = pageAt(
      'https://example.org/',
      `<nav><div class="description">${PARAGRAPHS}</div></nav><p class="meta-description">Short.</p><article id="a"><h1>Policy</h1>${PARAGRAPHS}</article>`,
    );
    expect(readMainContent(doc)!.container.id).toBe('a');
  });

  it('finds the block holding the section headings when there are no landmarks', () => {
    const doc = pageAt(
      'https://example.org/',
      `<div><div id="menu">${'<div>Menu item</div>'.repeat(40)}</div><div id="job"><h2>Responsibilities</h2>${PARAGRAPHS}<h2>Qualifications</h2><p>Lived experience required.</p></div></div>`,
    );
    expect(readMainContent(doc)!.container.id).toBe('job');
  });

  it('falls back to the block with the most paragraph text', () => {
    const doc = pageAt('https://example.org/', `<div id="side"><p>Short note.</p></div><div id="body">${PARAGRAPHS}</div>`);
    const found = readMainContent(doc)!;
    expect(found.container.id).toBe('body');
    expect(found.title).toBeUndefined();
  });

  it('reads nothing from a page without enough text', () => {
    const doc = pageAt('https://example.org/', '<div><p>Loading…</p></div>');
    expect(readMainContent(doc)).toBeNull();
    expect(readPage(doc)).toMatchObject({ via: 'none', posting: null, note: 'No posting or document text was found on this page.' });
  });

  it('reads a posting far shorter than the size floor, with a note that little was found', () => {
    const text =
      'Recovery Coach (part time). Walk with people in early recovery from substance use, share your own story of recovery, and link people to meetings and housing. Lived experience of recovery required. $22 per hour. Apply by email.';
    expect(text.length).toBeLessThan(300);
    const doc = pageAt('https://example.org/jobs/coach', `<div><h1>Recovery Coach</h1><p>${text}</p></div>`);
    const reading = readPage(doc);
    expect(reading.posting?.sections[0]?.text).toContain('Lived experience of recovery required.');
    expect(reading.posting?.title).toBe('Recovery Coach');
    expect(reading.note).toMatch(/little text/i);
  });
});
