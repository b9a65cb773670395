// Settings import: a file either fits the schema completely or is refused with a reason that
// names the field; export then import gives the same settings back.
import { describe, expect, it } from 'vitest';
import { exportSettings, importSettings } from './import-export.js';
import { DEFAULT_SETTINGS, type Settings } from './schema.js';

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  hideInfo: true,
  disabledRules: ['client', 'role-no-pay'],
  customTerms: [{ term: 'treatment team', suggestion: 'care team', severity: 'warning', note: 'House style.' }],
};

describe('importSettings', () => {
  it('round-trips what export writes', () => {
    expect(importSettings(exportSettings(SETTINGS))).toEqual({ ok: true, settings: SETTINGS });
  });

  it('fills defaults for fields an older or hand-written file leaves out', () => {
    const result = importSettings(JSON.stringify({ customTerms: [{ term: 'consumers', suggestion: 'people' }] }));
    expect(result).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, customTerms: [{ term: 'consumers', suggestion: 'people', severity: 'warning', note: '' }] },
    });
  });

  it.each([
    ['not JSON', '{ "customTerms": [', /not valid JSON/],
    ['a list instead of an object', '[]', /one settings object/],
    ['an unknown severity', JSON.stringify({ customTerms: [{ term: 'a', suggestion: 'b', severity: 'severe' }] }), /term 1 → severity/],
    ['an empty term', JSON.stringify({ customTerms: [{ term: '  ', suggestion: 'b' }] }), /term 1 → term/],
    ['an unknown field', JSON.stringify({ theme: 'dark' }), /theme/],
    ['a rule id with spaces', JSON.stringify({ disabledRules: ['not a rule'] }), /rule 1/],
    ['the same term twice', JSON.stringify({ customTerms: [{ term: 'Client', suggestion: 'b' }, { term: 'client', suggestion: 'c' }] }), /term 2 → term: "client" is already term 1/],
    ['another format', JSON.stringify({ format: 'something-else' }), /format/],
  ])('refuses %s, with the reason', (_label, text, reason) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/^The settings were not imported\.|not valid JSON|one settings object/);
      expect(result.reason).toMatch(reason);
    }
  });

  it('refuses a file far larger than any settings file', () => {
    const result = importSettings(' '.repeat(600 * 1024));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 512 KB/) });
  });
});
