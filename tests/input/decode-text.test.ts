import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/decode-text.js';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('decodes UTF-8 and drops its BOM', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Peer – café'))).toEqual({ ok: true, text: 'Peer – café' });
    expect(decodeText(bytes('Peer – café'))).toEqual({ ok: true, text: 'Peer – café' });
  });

  it('decodes UTF-16 with a little- or big-endian BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Peer café', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(le)).toEqual({ ok: true, text: 'Peer café' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ ok: true, text: 'Peer café' });
  });

  it('recognizes binary content', () => {
    expect(decodeText(bytes('%PDF-1.7\n'))).toEqual({ ok: false, binaryKind: 'a PDF' });
    expect(decodeText(bytes([0x50, 0x4b, 0x03, 0x04, 0x14]))).toMatchObject({ ok: false });
    expect(decodeText(bytes('abc', [0, 1, 2], 'def'))).toEqual({ ok: false, binaryKind: 'a binary file' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x68, 0x69, 0x94]))).toEqual({ ok: true, text: 'café “hi”' });
  });

  it('honours a charset named by the server, and ignores one it does not know', () => {
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'iso-8859-1')).toEqual({ ok: true, text: 'café' });
    expect(decodeText(bytes('café'), 'x-unknown-charset')).toEqual({ ok: true, text: 'café' });
  });
});
