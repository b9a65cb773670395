// Finds code that evaluates strings in a built script: eval, and the Function constructor
// called directly or taken as a value to be called later (zod's `const F = Function; new F()`
// minifies to `let e=Function`). `Function.prototype` and `Function.call.bind` are not this.

const PATTERNS: Array<[what: string, pattern: RegExp]> = [
  ['eval(', /(?<![\w$.])eval\s*\(/g],
  ['Function(', /(?<![\w$.])Function\s*\(/g],
  ['the Function constructor as a value', /(?<![\w$.])(?<!instanceof\s+)Function(?=\s*[,;)}\]]|\s*$)/g],
  ['window.eval / globalThis.eval', /(?<![\w$])(?:window|self|globalThis)\s*\.\s*(?:eval|Function)\b/g],
];

export interface CodeEvaluation {
  what: string;
  /** Some characters either side, to find it in a minified file. */
  context: string;
}

export function findCodeEvaluation(source: string): CodeEvaluation[] {
  const found: CodeEvaluation[] = [];
  for (const [what, pattern] of PATTERNS) {
    for (const match of source.matchAll(pattern)) {
      const at = match.index ?? 0;
      found.push({ what, context: source.slice(Math.max(0, at - 40), at + 40) });
    }
  }
  return found;
}
