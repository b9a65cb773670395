// Turns the user's settings (and a category they picked in the popup) into analyzer options.
import type { AnalyzeOptions, RoleCategory } from '../core/types.js';
import type { Settings } from './settings-schema.js';

/**
 * `category`: undefined lets the analyzer detect it; null means "not a peer role".
 * `dismissed`: the findings dismissed for this document.
 */
export function analyzeOptionsFrom(
  settings: Settings,
  category?: RoleCategory | null,
  dismissed: ReadonlyArray<{ ruleId: string; text: string }> = [],
): AnalyzeOptions {
  return {
    hideInfo: settings.hideInfo,
    disabledRules: [...settings.disabledRules],
    customTerms: settings.customTerms.map((t) => ({ ...t })),
    allowedPhrases: [...settings.allowedPhrases],
    dismissed: dismissed.map((d) => ({ ...d })),
    ...(category !== undefined ? { category } : {}),
  };
}
