// Turning rules off, grouped by family and filterable by name.
import { useMemo, useState } from 'preact/hooks';
import { getAnalyzer } from '../../src/core/default-analyzer';
import type { Family } from '../../src/core/types';
import { ruleCatalog, type RuleInfo } from '../../src/extension/settings/rule-catalog';
import type { Settings } from '../../src/input/settings-schema';

const FAMILIES: Array<[Family, string]> = [
  ['language', 'Language'],
  ['role', 'Peer role'],
  ['lived-experience', 'Lived experience'],
];

let catalog: RuleInfo[] | null = null;
function rules(): RuleInfo[] {
  // The lexicons the analyzer runs, as compiled at build time (no validation at run time).
  catalog ??= ruleCatalog(getAnalyzer().lexicons);
  return catalog;
}

export function RulesSection({ settings, save }: { settings: Settings; save: (s: Settings) => Promise<void> }) {
  const [filter, setFilter] = useState('');
  const all = useMemo(rules, []);
  const off = new Set(settings.disabledRules);
  const needle = filter.trim().toLowerCase();
  const shown = needle ? all.filter((r) => `${r.label} ${r.id} ${r.description}`.toLowerCase().includes(needle)) : all;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(off);
    if (on) next.delete(id);
    else next.add(id);
    void save({ ...settings, disabledRules: [...next].sort() });
  };

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <p class="muted">
        {off.size === 0 ? 'All rules are on.' : `${off.size} rule${off.size === 1 ? ' is' : 's are'} off.`} A rule that is off never shows
        findings and never changes the score.
      </p>
      <label for="rule-filter">Find a rule</label>
      <input id="rule-filter" type="search" value={filter} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} />
      {FAMILIES.map(([family, title]) => {
        const inFamily = shown.filter((r) => r.family === family);
        if (!inFamily.length) return null;
        return (
          <details key={family} open={needle.length > 0}>
            <summary>
              {title} ({inFamily.length})
            </summary>
            <ul class="rules">
              {inFamily.map((rule) => (
                <li key={rule.id}>
                  <label class="check">
                    <input
                      type="checkbox"
                      data-testid="rule-toggle"
                      data-rule-id={rule.id}
                      checked={!off.has(rule.id)}
                      onChange={(e) => toggle(rule.id, (e.currentTarget as HTMLInputElement).checked)}
                    />
                    <span>
                      <strong>{rule.label}</strong> <span class="muted">({rule.severity})</span>
                      <br />
                      <span class="muted">{rule.description}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
