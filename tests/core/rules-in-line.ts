// Which rules a posting's findings name inside one of its lines: the line-by-line tables read a
// line inside a short posting and look only at what is found within it.
import { analyze } from '../../src/core/index.js';

export function rulesInLine(posting: (line: string) => string, line: string, rulePrefix: string): string[] {
  const text = posting(line);
  const at = text.indexOf(line);
  return analyze(text)
    .findings.filter((f) => f.ruleId.startsWith(rulePrefix) && f.start >= at && f.end <= at + line.length)
    .map((f) => f.ruleId);
}
