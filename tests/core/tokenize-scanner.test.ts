// The tokenizer reads words by hand over character codes; these hold it to the expression it
// replaced, word for word, on hard cases and on many short random texts of the characters that
// decide a word's ends (apostrophes, an "s" before one, letters and numbers past ASCII, astral
// letters, lone surrogates).
import { describe, expect, it } from 'vitest';
import { randomTexts } from './random-texts.js';
import { tokenize } from '../../src/core/text/tokenize.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:(?<=[sS])['’](?![\p{L}]))?/gu;

/** The words the expression finds, less the numerals that only restate a number word ("two (2)"). */
function expected(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => `${m.index}:${m[0]}`);
}

function found(text: string): string[] {
  return tokenize(text).map((t) => `${t.start}:${t.raw}`);
}

describe('tokenize reads the words the word expression reads', () => {
  const cases = [
    "The clients' needs and the client's needs",
    "Peer's role; peers' roles; Bess' plan; BOSS' plan",
    "don't, won’t, o'neill, rock 'n' roll, 'quoted'",
    'naïve café Müller Straße ½ ² ³ 10,000 3.5',
    'Ⅻ ǅemal 中文 ٣ 𝐀𝐁 𝟙 \ud835 x\udc00y',
    "years' ’tis s’ s'' s'a s’é",
    '',
    '   ',
    "'",
  ];
  for (const text of cases) it(JSON.stringify(text), () => expect(found(text)).toEqual(expected(text)));

  it('on 50,000 random short texts', () => {
    const alphabet = [
      'a',
      's',
      'S',
      "'",
      '’',
      ' ',
      '1',
      'é',
      'ß',
      '²',
      '½',
      '𝐀',
      '𝟙',
      '\ud835',
      '\udc00',
      '-',
      '\n',
      'x',
      'ǅ',
      '中',
      '٣',
      'ʼ',
    ];
    const differing = randomTexts(7, alphabet, 50_000, { min: 1, max: 12 }).filter(
      (text) => found(text).join('|') !== expected(text).join('|'),
    );
    expect(differing).toEqual([]);
  });
});
