// The options page's rule list comes from the shipped lexicons: every rule is there once, and
// every id is one the settings schema accepts (so turning any rule off can be saved).
import { describe, expect, it } from 'vitest';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { ruleCatalog } from '../../src/extension/settings/rule-catalog.js';
import { settingsSchema } from '../../src/input/settings-schema.js';

const catalog = ruleCatalog(loadLexicons(bundledLexicons));

describe('ruleCatalog', () => {
  it('lists each rule once, in all three families', () => {
    const ids = catalog.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(catalog.map((r) => r.family))).toEqual(new Set(['language', 'role', 'lived-experience']));
  });

  it('gives ids the settings accept', () => {
    const parsed = settingsSchema.safeParse({ disabledRules: catalog.map((r) => r.id) });
    expect(parsed.success).toBe(true);
  });

  it('names language rules by the phrase they match, without pattern syntax', () => {
    for (const rule of catalog.filter((r) => r.family === 'language')) {
      expect(rule.label).not.toMatch(/[~|()]|#num/);
      expect(rule.label.length).toBeGreaterThan(1);
    }
  });
});
