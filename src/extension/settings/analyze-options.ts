// Turns the user's settings (and a category they picked in the popup) into analyzer options.
import type { AnalyzeOptions, RoleCategory } from '../../core/types.js';
import type { Settings } from './schema.js';

/** `category`: undefined lets the analyzer detect it; null means "not a peer role". */
export function analyzeOptionsFrom(settings: Settings, category?: RoleCategory | null): AnalyzeOptions {
  return {
    hideInfo: settings.hideInfo,
    disabledRules: [...settings.disabledRules],
    customTerms: settings.customTerms.map((t) => ({ ...t })),
    ...(category !== undefined ? { category } : {}),
  };
}
