// Settings import: a file either fits the schema completely or is refused with a reason that
// names the field; export then import gives the same settings back.
import { describe, expect, it } from 'vitest';
import { exportSettings, importSettings } from '../../src/extension/settings/import-export.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/input/settings-schema.js';

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  hideInfo: true,
  disabledRules: ['client', 'role-no-pay'],
  customTerms: [
    { term: 'treatment team', suggestion: 'care team', severity: 'warning', note: 'House style.' },
    { term: 'early recovery', suggestion: '', severity: 'warning', note: 'Say how long, or say nothing.' },
  ],
  allowedPhrases: ['clients', 'consumer-run'],
};

describe('importSettings', () => {
  it('round-trips what export writes', () => {
    expect(importSettings(exportSettings(SETTINGS))).toEqual({ ok: true, settings: SETTINGS });
  });

  it('fills defaults for fields an older or hand-written file leaves out', () => {
    const result = importSettings(JSON.stringify({ customTerms: [{ term: 'consumers', suggestion: 'people' }] }));
    expect(result).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_SETTINGS,
        customTerms: [{ term: 'consumers', suggestion: 'people', severity: 'warning', note: '' }],
        allowedPhrases: [],
      },
    });
  });

  it.each([
    ['not JSON', '{ "customTerms": [', /not valid JSON/],
    ['a list instead of an object', '[]', /one settings object/],
    ['an unknown severity', JSON.stringify({ customTerms: [{ term: 'a', suggestion: 'b', severity: 'severe' }] }), /term 1 → severity/],
    ['an empty term', JSON.stringify({ customTerms: [{ term: '  ', suggestion: 'b' }] }), /term 1 → term/],
    ['an unknown field', JSON.stringify({ theme: 'dark' }), /"theme" is not a setting PeerLens knows/],
    ['a rule id with spaces', JSON.stringify({ disabledRules: ['not a rule'] }), /rule 1/],
    [
      'the same term twice',
      JSON.stringify({
        customTerms: [
          { term: 'Client', suggestion: 'b' },
          { term: 'client', suggestion: 'c' },
        ],
      }),
      /term 2 → term: "client" is already term 1/,
    ],
    ['another format', JSON.stringify({ format: 'something-else' }), /format: should be "peerlens-settings"/],
    ['an empty suggestion-less term', JSON.stringify({ customTerms: [{ term: '' }] }), /term 1 → term: is empty/],
    [
      'a phrase that could never be found',
      JSON.stringify({ allowedPhrases: ['***'] }),
      /allowed phrase 1: a term needs at least one letter/,
    ],
    [
      'the same allowed phrase twice',
      JSON.stringify({ allowedPhrases: ['Clients', 'clients'] }),
      /allowed phrase 2: "clients" is already allowed phrase 1/,
    ],
    ['a list of the wrong kind', JSON.stringify({ allowedPhrases: 'clients' }), /allowed phrases: should be a list/],
  ])('refuses %s, with the reason', (_label, text, reason) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/^The settings were not imported\.|not valid JSON|one settings object/);
      expect(result.reason).toMatch(reason);
      // Plain words, not the schema library's.
      expect(result.reason).not.toMatch(/Too small|expected string|>=|Invalid input|Unrecognized key/);
    }
  });

  it('refuses a file far larger than any settings file', () => {
    const result = importSettings(' '.repeat(600 * 1024));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 512 KB/) });
  });
});
