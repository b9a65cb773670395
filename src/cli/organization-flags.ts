// --settings <file> and --allow <phrase> (analyze, rewrite, audit): their shape in the options,
// and the organization's options applied to a run. What reads the file loads only when one of
// them is given.
import * as z from 'zod/mini';
import type { AnalyzeOptions, RoleCategory } from '../core/types.js';
import type { OrganizationFlags, OrganizationOptions } from './organization-settings.js';

export const organizationFlagsShape = {
  settings: z.optional(z.string().check(z.trim(), z.minLength(1, { error: '--settings needs a file name' }))),
  allow: z._default(z.array(z.string()), []),
};

export const SETTINGS_HELP =
  'the organization settings file exported by the PeerLens options page (allowed phrases, organization terms, switched-off rules)';
export const ALLOW_HELP = "a phrase never to flag (repeatable), as in the options page's allowed phrases";

/** Commander's collector for a repeatable option. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `base` with the organization's settings and allowed phrases, or a one-line reason they cannot be used. */
export async function organizationOptions(base: AnalyzeOptions, flags: OrganizationFlags): Promise<OrganizationOptions> {
  if (flags.settings === undefined && !flags.allow?.length) return { ok: true, options: base };
  const { withOrganization } = await import('./organization-settings.js');
  return withOrganization(base, flags);
}

/** A run's analyzer options: --category, --no-info, then the organization's settings and --allow. */
export function runOptions(options: OrganizationFlags & { category?: RoleCategory | null; info: boolean }): Promise<OrganizationOptions> {
  return organizationOptions(
    {
      ...(options.category !== undefined ? { category: options.category } : {}),
      ...(options.info ? {} : { hideInfo: true }),
    },
    options,
  );
}
