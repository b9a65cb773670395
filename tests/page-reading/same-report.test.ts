// @vitest-environment happy-dom
// The same page gives the same report everywhere: a JSON-LD posting read by the extension's page
// reader and carried through the message schema scores exactly as the CLI's reader scores it
// (the posting's `kind` survives the boundary).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { pageReadingSchema } from '../../src/extension/messaging/protocol.js';
import { readPage } from '../../src/extension/page-reading/read-page.js';
import { readInput } from '../../src/input/read-input.js';
import { fixturePage } from './dom.js';

interface Case {
  file: string;
  url: string;
  via: string;
}
const CASES: Case[] = JSON.parse(readFileSync(resolve('tests/fixtures/boards/manifest.json'), 'utf8'));
const JSON_LD = CASES.filter((c) => c.via === 'json-ld');

describe('a JSON-LD posting scores the same in the extension and the CLI', () => {
  it('has JSON-LD fixtures to compare', () => expect(JSON_LD.length).toBeGreaterThan(0));
  for (const c of JSON_LD) {
    it(c.file, async () => {
      const reading = readPage(fixturePage(c.file, c.url));
      // What the content script sends, as the popup receives it after validation.
      const message = pageReadingSchema.parse({
        via: reading.via,
        input: reading.posting,
        highlights: reading.highlights,
        editable: false,
        title: c.file,
        url: c.url,
      });
      expect(message.input).toEqual(reading.posting);
      const inPopup = analyze(message.input!);
      const cli = analyze((await readInput(resolve('tests/fixtures/boards', c.file))).input);
      expect(inPopup.document.kind).toBe(cli.document.kind);
      expect({ score: inPopup.score, role: inPopup.role, findings: inPopup.findings.map((f) => f.ruleId) }).toEqual({
        score: cli.score,
        role: cli.role,
        findings: cli.findings.map((f) => f.ruleId),
      });
    });
  }
});
