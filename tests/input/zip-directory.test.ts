// The zip directory check that runs before a .docx is inflated.
import { describe, expect, it } from 'vitest';
import { docxFromText } from '../fixtures/sample-documents.js';
import { checkEntrySize, readZipDirectory } from '../../src/input/zip-directory.js';
import { docxBomb, manyEntriesZip } from '../hostile/hostile-inputs.js';

const MB = 1024 * 1024;

describe('readZipDirectory', () => {
  it('lists a real .docx with the sizes its entries unpack to, each of them honest', async () => {
    const bytes = await docxFromText('Recovery Coach\nWe support people in recovery.');
    const directory = readZipDirectory(bytes);
    expect(directory.ok).toBe(true);
    if (!directory.ok) return;
    const document = directory.entries.find((e) => e.name === 'word/document.xml');
    expect(document?.size).toBeGreaterThan(0);
    expect(directory.entries.map((e) => checkEntrySize(bytes, e))).toEqual(directory.entries.map(() => 'ok'));
  });

  it('reads the declared size of a zip bomb without inflating it', async () => {
    const bytes = await docxBomb(120 * MB);
    expect(bytes.length).toBeLessThan(1 * MB);
    const directory = readZipDirectory(bytes);
    expect(directory.ok && directory.entries.map((e) => [e.name, e.size])).toEqual([
      ['[Content_Types].xml', expect.any(Number)],
      ['word/document.xml', 120 * MB],
    ]);
  });

  it('catches an entry that unpacks to more than its directory says, stopping at the declared size', async () => {
    const bytes = await docxBomb(20 * MB, 1000);
    const directory = readZipDirectory(bytes);
    const entry = directory.ok ? directory.entries.find((e) => e.name === 'word/document.xml') : undefined;
    expect(entry?.size).toBe(1000);
    expect(checkEntrySize(bytes, entry!)).toBe('larger');
  });

  it('counts the entries, and refuses what is not a whole zip', () => {
    const many = manyEntriesZip(2500);
    const directory = readZipDirectory(many);
    expect(directory.ok && directory.entries.length).toBe(2500);
    expect(readZipDirectory(new Uint8Array([1, 2, 3]))).toEqual({ ok: false, problem: 'not-a-zip' });
    expect(readZipDirectory(many.subarray(0, many.length - 30)).ok).toBe(false);
  });
});
