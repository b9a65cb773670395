// A number written as money: "$18", "$4,210", "£9.50". The tokenizer keeps no currency sign,
// so the text just before the number's first group is read.

import type { Token } from './tokenize.js';

export function isSumOfMoney(text: string, token: Token): boolean {
  return /[$£€]\s?[\d.,]*$/.test(text.slice(Math.max(0, token.start - 12), token.start));
}
