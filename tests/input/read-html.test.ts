import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { postingText } from '../../src/core/text/posting-text.js';
import { parseJsonLd, readHtml } from '../../src/input/read-html.js';

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const jobJson = (title: string, description = '<p>Share your recovery story and lead groups.</p>') =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, description });

const filler =
  'Peer support specialists walk alongside people in recovery, share their own story when it helps, and connect people with resources in the community. ';

/** A page whose main content is an article surrounded by site chrome. */
const articlePage = (head = '') => `<!DOCTYPE html><html><head><title>Recovery Coach | Careers</title>${head}</head><body>
  <nav><a href="/">Home</a> <a href="/jobs">All jobs</a> <a href="/login">Sign in to your account</a></nav>
  <main><article><h1>Recovery Coach</h1>
    <p>${filler.repeat(3)}</p>
    <h2>Responsibilities</h2><ul><li>Facilitate recovery groups twice a week.</li><li>Help people build their own recovery plans.</li></ul>
    <p>${filler.repeat(2)}</p>
  </article></main>
  <footer><p>Copyright Example Health. Privacy policy. Terms of use. Cookie settings.</p></footer>
</body></html>`;

describe('readHtml', () => {
  it('reads the JSON-LD JobPosting before anything on the page', () => {
    const result = readHtml(articlePage(ld(jobJson('Peer Navigator'))));
    expect(result.via).toBe('json-ld');
    expect(result.posting).toEqual({
      kind: 'job-posting',
      title: 'Peer Navigator',
      sections: [{ text: 'Share your recovery story and lead groups.' }],
    });
    expect(result.postingsFound).toBe(1);
  });

  it('skips a broken JSON-LD block and uses the next good one', () => {
    const page = articlePage(ld('{ "@type": "JobPosting", "title": "Broken", ') + ld(jobJson('Family Partner')));
    const result = readHtml(page);
    expect(result.via).toBe('json-ld');
    expect(result.posting).toMatchObject({ title: 'Family Partner' });
  });

  it('finds postings in @graph and counts every posting on the page', () => {
    const graph = JSON.stringify({
      '@graph': [{ '@type': 'Organization', name: 'X' }, JSON.parse(jobJson('Youth Peer Advocate')), JSON.parse(jobJson('Parent Partner'))],
    });
    const result = readHtml(articlePage(ld(graph)));
    expect(result.posting).toMatchObject({ title: 'Youth Peer Advocate' });
    expect(result.postingsFound).toBe(2);
  });

  it('accepts a type attribute with parameters and odd case', () => {
    const page = `<html><head><script type="Application/LD+JSON; charset=utf-8">${jobJson('Peer Mentor')}</script></head><body></body></html>`;
    expect(readHtml(page).posting).toMatchObject({ title: 'Peer Mentor' });
  });

  it('falls back to the main content (Readability) without a JobPosting, leaving out the chrome', () => {
    const page = articlePage(ld(JSON.stringify({ '@type': 'Organization', name: 'Example Health' })));
    const result = readHtml(page);
    expect(result.via).toBe('readability');
    const posting = result.posting as { title?: string; sections: { text: string }[] };
    const text = posting.sections.map((s) => s.text).join('\n');
    expect(text).toContain('- Facilitate recovery groups twice a week.');
    expect(text).not.toContain('Sign in to your account');
    expect(text).not.toContain('Cookie settings');
  });

  it('falls back to the body text when there is too little for Readability', () => {
    const result = readHtml('<html><body><p>Peer specialist wanted.</p><p>Call us.</p></body></html>');
    expect(result).toEqual({ posting: 'Peer specialist wanted.\n\nCall us.', via: 'body', postingsFound: 0, notes: [] });
  });

  it('reads an HTML fragment with no <html> shell', () => {
    expect(readHtml('<p>Peer specialist wanted.</p>').posting).toBe('Peer specialist wanted.');
  });
});

describe('parseJsonLd', () => {
  it('repairs raw line breaks inside strings, and unwraps comment and CDATA wrappers', () => {
    expect(parseJsonLd('{"title": "Peer\nSpecialist",\n"a": "tab\there \\" quote"}')).toEqual({
      title: 'Peer\nSpecialist',
      a: 'tab\there " quote',
    });
    expect(parseJsonLd('<!-- {"a": 1} -->')).toEqual({ a: 1 });
    expect(parseJsonLd('//<![CDATA[\n{"a": 2}\n//]]>')).toEqual({ a: 2 });
  });

  it('returns undefined for a block it cannot parse', () => {
    expect(parseJsonLd('{"a": ')).toBeUndefined();
    expect(parseJsonLd('')).toBeUndefined();
  });
});

/** Saved board pages shared with the extension's tests; those whose manifest says JSON-LD. */
interface BoardCase {
  file: string;
  via: string;
  title: string;
  organization?: string;
  contains: string[];
  excludes: string[];
}
const boards: BoardCase[] = JSON.parse(readFileSync(new URL('../fixtures/boards/manifest.json', import.meta.url), 'utf8'));

describe('readHtml on saved pages with JSON-LD', () => {
  for (const c of boards.filter((b) => b.via === 'json-ld')) {
    it(c.file, () => {
      const result = readHtml(readFileSync(new URL(`../fixtures/boards/${c.file}`, import.meta.url), 'utf8'));
      expect(result.via).toBe('json-ld');
      const posting = result.posting as { title?: string; organization?: string; sections: { text: string }[] };
      expect(posting.title).toBe(c.title);
      if (c.organization) expect(posting.organization).toBe(c.organization);
      const text = postingText(posting).text; // the text analyze() reads
      for (const phrase of c.contains) expect(text).toContain(phrase);
      for (const chrome of c.excludes) expect(text).not.toContain(chrome);
    });
  }
});
