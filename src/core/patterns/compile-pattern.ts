// Compiles the pattern syntax of lexicons/README.md into token slots the matcher runs.
import { nounForms, verbForms } from './inflect.js';

export type Slot = { kind: 'words'; words: ReadonlySet<string>; plurals: ReadonlySet<string> } | { kind: 'any' } | { kind: 'number' };

/** One concrete sequence of slots (optional words and hyphen variants already expanded). */
export type SlotSequence = Slot[];

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  ),
);

const DIGITS = /^\d+$/;

/** A number in digits or a number word up to twenty. Runs on every word for each matcher with a
 * #num-led pattern: the first character decides which test can pass, without a regex for words. */
export function isNumberWord(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c >= 48 && c <= 57 ? DIGITS.test(norm) : NUMBER_WORDS.has(norm);
}

export class PatternError extends Error {}

interface ParsedPart {
  optional: boolean;
  /** alternatives; each alternative is one or more words (hyphenated forms give several) */
  slotVariants: Slot[][];
}

function splitTopLevel(pattern: string): string[] {
  // spaces inside parentheses belong to the group: "(a|an)?" stays one part
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of pattern.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) throw new PatternError(`unbalanced ")" in pattern "${pattern}"`);
    if (ch === ' ' && depth === 0) {
      if (cur) parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (depth !== 0) throw new PatternError(`unbalanced "(" in pattern "${pattern}"`);
  if (cur) parts.push(cur);
  return parts;
}

function expandWord(word: string, inflection: string): { forms: string[]; plurals: string[] } {
  if (inflection === 'n') {
    const forms = nounForms(word);
    return { forms, plurals: forms.filter((f) => f !== word) };
  }
  if (inflection === 'v') return { forms: verbForms(word), plurals: [] };
  return { forms: [word], plurals: [] };
}

function parsePart(part: string, pattern: string): ParsedPart {
  const m = /^\(?([^()?~]+)\)?(~[nva])?(\?)?$/.exec(part);
  if (!m) throw new PatternError(`cannot read "${part}" in pattern "${pattern}"`);
  const body = m[1]!;
  const inflection = m[2]?.slice(1) ?? '';
  const optional = Boolean(m[3]);
  if (body === '*') return { optional, slotVariants: [[{ kind: 'any' }]] };
  if (body === '#num') return { optional, slotVariants: [[{ kind: 'number' }]] };
  // Words are normalized as the tokenizer normalizes text: possessive 's and s' dropped.
  // A ratio ("1:1") is two numbers the tokenizer joins as a hyphen joins words: written so here.
  const alternatives = body.split('|').map((a) =>
    a
      .trim()
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/'s$/, '')
      .replace(/s'$/, 's')
      .replace(/^(\d):(\d)$/, '$1-$2'),
  );
  if (alternatives.some((a) => a === '' || /\s/.test(a)))
    throw new PatternError(`empty or multi-word alternative in "${part}" of pattern "${pattern}"`);
  // group single words into one slot; hyphenated words become their own variants
  const single = { forms: new Set<string>(), plurals: new Set<string>() };
  const variants: Slot[][] = [];
  for (const alt of alternatives) {
    // "(#num|several)": a number is one of the alternatives.
    if (alt === '#num') variants.push([{ kind: 'number' }]);
    else if (alt.includes('-')) {
      const pieces = alt.split('-').filter(Boolean);
      const spaced = pieces.map((p, i) => {
        const e = expandWord(p, i === pieces.length - 1 ? inflection : '');
        return { kind: 'words', words: new Set(e.forms), plurals: new Set(e.plurals) } as Slot;
      });
      variants.push(spaced);
      const closed = expandWord(pieces.join(''), inflection);
      for (const f of closed.forms) single.forms.add(f);
      for (const f of closed.plurals) single.plurals.add(f);
    } else {
      const e = expandWord(alt, inflection);
      for (const f of e.forms) single.forms.add(f);
      for (const f of e.plurals) single.plurals.add(f);
    }
  }
  if (single.forms.size) variants.unshift([{ kind: 'words', words: single.forms, plurals: single.plurals }]);
  return { optional, slotVariants: variants };
}

/** All slot sequences a pattern stands for. */
export function compilePattern(pattern: string): SlotSequence[] {
  const parts = splitTopLevel(pattern).map((p) => parsePart(p, pattern));
  if (parts.length === 0) throw new PatternError('a pattern cannot be empty');
  let seqs: SlotSequence[] = [[]];
  for (const part of parts) {
    const next: SlotSequence[] = [];
    for (const seq of seqs) {
      if (part.optional) next.push(seq);
      for (const v of part.slotVariants) next.push([...seq, ...v]);
    }
    seqs = next;
  }
  const nonEmpty = seqs.filter((s) => s.length > 0);
  if (nonEmpty.length === 0) throw new PatternError(`pattern "${pattern}" can match nothing`);
  if (nonEmpty.some((s) => s.every((slot) => slot.kind !== 'words')))
    throw new PatternError(`pattern "${pattern}" needs at least one word that is not * or #num`);
  return nonEmpty;
}
