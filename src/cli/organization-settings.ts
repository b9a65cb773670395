// --settings <file> and --allow <phrase>: what an organization decided in the extension's options
// page applies on the command line too. The file is the one "Export" writes there, held to the
// same schema as an import; --allow adds phrases of its own, checked like the options page's.
// Loaded only when either option is given (the full zod schema is heavier than a short run).
import { readFile, stat } from 'node:fs/promises';
import { allowedPhraseSchema } from '../core/lexicon/schema.js';
import type { AnalyzeOptions } from '../core/types.js';
import { MAX_IMPORT_CHARS, parseJsonFile, plainWords } from '../input/json-file.js';
import { analyzeOptionsFrom } from '../input/settings-analyze-options.js';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../input/settings-schema.js';

export interface OrganizationFlags {
  /** The settings file exported by the options page. */
  settings?: string | undefined;
  /** Phrases allowed on this run, besides the file's. */
  allow?: readonly string[] | undefined;
}

export type OrganizationOptions = { ok: true; options: AnalyzeOptions } | { ok: false; message: string };

/** `base` (the run's own options) with the organization's allowed phrases, terms and switched-off rules. */
export async function withOrganization(base: AnalyzeOptions, flags: OrganizationFlags): Promise<OrganizationOptions> {
  let settings: Settings = DEFAULT_SETTINGS;
  if (flags.settings !== undefined) {
    const read = await readSettingsFile(flags.settings);
    if (!read.ok) return read;
    settings = read.settings;
  }
  const allowed = [...settings.allowedPhrases];
  for (const phrase of flags.allow ?? []) {
    const checked = allowedPhraseSchema.safeParse(phrase);
    const issue = checked.error?.issues[0];
    if (!checked.success)
      return { ok: false, message: `--allow ${JSON.stringify(phrase)}: ${issue ? plainWords(issue, 'phrase') : 'is not a phrase'}` };
    if (!allowed.some((a) => a.toLowerCase() === checked.data.toLowerCase())) allowed.push(checked.data);
  }
  const organization = analyzeOptionsFrom({ ...settings, allowedPhrases: allowed });
  return {
    ok: true,
    options: {
      ...base,
      disabledRules: organization.disabledRules ?? [],
      customTerms: organization.customTerms ?? [],
      allowedPhrases: organization.allowedPhrases ?? [],
      ...(base.hideInfo || settings.hideInfo ? { hideInfo: true } : {}),
    },
  };
}

async function readSettingsFile(path: string): Promise<{ ok: true; settings: Settings } | { ok: false; message: string }> {
  const where = `--settings ${path}`;
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: `${where}: is a folder; give the settings file exported from the options page` };
    if (info.size > MAX_IMPORT_CHARS * 4) {
      return { ok: false, message: `${where}: the file is ${Math.round(info.size / 1024)} KB; a settings file is at most 512 KB` };
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `${where}: no such file` };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `${where}: not allowed to read this file` };
    return { ok: false, message: `${where}: could not be read (${(error as Error).message})` };
  }
  const parsed = parseJsonFile(text.replace(/^\uFEFF/, ''), settingsSchema, {
    noun: 'settings',
    one: 'one settings object',
    field: 'setting',
    refusal: 'used',
  });
  return parsed.ok ? { ok: true, settings: parsed.value } : { ok: false, message: `${where}: ${parsed.reason}` };
}
