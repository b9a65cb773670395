// The rules a user can switch off on the options page, read from the shipped lexicons so the
// list can never drift from what the analyzer runs.
import type { RuntimeLexicons } from '../../core/compiled-lexicons.js';
import type { Family, Severity } from '../../core/types.js';

export interface RuleInfo {
  id: string;
  family: Family;
  severity: Severity;
  /** A short name: the first phrase a language rule matches, or the rule id in words. */
  label: string;
  description: string;
}

/** "suffer~v from" -> "suffer from"; "(a|an) schizophrenic~n" -> "a/an schizophrenic". */
function phrase(pattern: string): string {
  return pattern
    .replace(/~[nv]\b/g, '')
    .replace(/\(([^)]*)\)/g, '$1')
    .replace(/\|/g, '/')
    .replace(/(\S)\?/g, '$1')
    .replace(/#num/g, 'N')
    .replace(/\s*\*\s*/g, ' … ')
    .trim();
}

function words(id: string): string {
  const text = id.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function ruleCatalog(lexicons: RuntimeLexicons): RuleInfo[] {
  const rules: RuleInfo[] = [];
  for (const entry of lexicons.language) {
    rules.push({
      id: entry.id,
      family: 'language',
      severity: entry.severity,
      label: phrase(entry.patterns[0] ?? entry.id),
      description: entry.message,
    });
  }
  const { duties } = lexicons;
  for (const entry of [...duties.duties, ...duties.barriers]) {
    rules.push({ id: entry.id, family: 'role', severity: entry.severity, label: words(entry.id), description: entry.message });
  }
  for (const rule of duties.rules) {
    rules.push({ id: rule.id, family: 'role', severity: rule.severity, label: words(rule.id), description: rule.message });
  }
  const le = lexicons.livedExperience;
  for (const entry of [...le.prohibitedInquiries, ...le.rules]) {
    rules.push({
      id: entry.id,
      family: 'lived-experience',
      severity: entry.severity,
      label: words(entry.id),
      description: entry.message,
    });
  }
  return rules;
}
