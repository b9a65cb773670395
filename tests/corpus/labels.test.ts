// The corpus is test data: every label must validate, point at its document, and quote text
// that is really there, or the precision/recall numbers mean nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, loadCorpus } from '../../eval/load-corpus.js';
import { locateQuote, overlaps } from '../../eval/match-findings.js';

const docs = await loadCorpus();

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('evaluation corpus', () => {
  it('has at least 64 labeled documents, one label per document', () => {
    expect(docs.length).toBeGreaterThanOrEqual(64);
    const files = readdirSync(join(CORPUS_DIR, 'docs')).sort();
    expect(docs.map((d) => d.label.file).sort()).toEqual(files);
  });

  it('covers every peer category, non-peer postings and agency documents', () => {
    const categories = new Set(docs.map((d) => d.label.role.category).filter(Boolean));
    expect([...categories].sort()).toEqual(
      ['adult-mental-health', 'family', 'general-peer', 'parent-caregiver', 'substance-use-recovery', 'youth'].sort(),
    );
    const kinds = docs.map((d) => d.label.kind);
    expect(kinds.filter((k) => k === 'non-peer-posting').length).toBeGreaterThanOrEqual(10);
    expect(kinds.filter((k) => k === 'agency-document').length).toBeGreaterThanOrEqual(10);
    const statuses = new Set(docs.map((d) => d.label.livedExperience?.status).filter(Boolean));
    expect([...statuses].sort()).toEqual(['absent', 'mentioned', 'preferred', 'required']);
    const exts = new Set(docs.map((d) => d.label.file.split('.').pop()));
    expect([...exts].sort()).toEqual(['html', 'md', 'txt']);
  });

  it.each(docs.map((d) => [d.label.id, d] as const))('%s: length and quotes are real', (_id, doc) => {
    const words = wordCount(doc.text);
    expect(words).toBeGreaterThanOrEqual(100);
    expect(words).toBeLessThanOrEqual(1200);
    for (const e of doc.label.expected) {
      if (e.quote === '') continue;
      const spans = locateQuote(doc.text, e.quote);
      expect(spans.length, `expected quote ${JSON.stringify(e.quote)}`).toBeGreaterThan(0);
      if (e.occurrence !== undefined) expect(spans.length).toBeGreaterThanOrEqual(e.occurrence);
    }
    for (const t of doc.label.tolerated) {
      if (t.quote !== '') expect(locateQuote(doc.text, t.quote).length, `tolerated ${t.quote}`).toBeGreaterThan(0);
    }
    for (const m of doc.label.mustNotFlag) {
      const quote = typeof m === 'string' ? m : m.quote;
      expect(locateQuote(doc.text, quote).length, `mustNotFlag ${JSON.stringify(quote)}`).toBeGreaterThan(0);
    }
  });

  it.each(docs.map((d) => [d.label.id, d] as const))('%s: no span is both expected and forbidden', (_id, doc) => {
    for (const m of doc.label.mustNotFlag) {
      const item = typeof m === 'string' ? { quote: m, family: undefined } : m;
      const forbidden = locateQuote(doc.text, item.quote);
      for (const e of doc.label.expected) {
        if (e.quote === '' || (item.family !== undefined && item.family !== e.family)) continue;
        const clash = locateQuote(doc.text, e.quote).some((s) => forbidden.some((f) => overlaps(s, f)));
        expect(clash, `${JSON.stringify(e.quote)} overlaps must-not-flag ${JSON.stringify(item.quote)}`).toBe(false);
      }
    }
  });

  it('labels role findings only on peer postings', () => {
    for (const doc of docs) {
      if (doc.label.role.isPeerRole) continue;
      const roleLike = doc.label.expected.filter((e) => e.family !== 'language');
      expect(roleLike, doc.label.id).toEqual([]);
    }
  });
});
