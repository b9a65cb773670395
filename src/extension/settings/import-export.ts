// Import and export of settings as JSON. An import either fits the schema completely or is
// refused with a reason a person can act on; it never half-applies.
import { parseJsonFile } from '../../input/json-file.js';
import { settingsSchema, type Settings } from '../../input/settings-schema.js';

export type ImportResult = { ok: true; settings: Settings } | { ok: false; reason: string };

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify(settingsSchema.parse(settings), null, 2)}\n`;
}

export function importSettings(text: string): ImportResult {
  const parsed = parseJsonFile(text, settingsSchema, { noun: 'settings', one: 'one settings object', field: 'setting' });
  return parsed.ok ? { ok: true, settings: parsed.value } : parsed;
}
