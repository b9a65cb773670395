// The job seeker's profile in browser.storage.local, under its own key: it is the person's own,
// so it never travels with the settings a team shares. Read back through the schema, since
// storage can hold anything an older version left there.
import { browser } from 'wxt/browser';
import { EMPTY_PROFILE, seekerProfileSchema, type SeekerProfile } from '../../core/job-seeker/seeker-profile.js';

const KEY = 'seekerProfile';

export async function loadProfile(): Promise<SeekerProfile> {
  const parsed = seekerProfileSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data : EMPTY_PROFILE;
}

export async function saveProfile(profile: SeekerProfile): Promise<SeekerProfile> {
  const valid = seekerProfileSchema.parse(profile);
  await browser.storage.local.set({ [KEY]: valid });
  return valid;
}

/** One click: nothing of the profile is left on the device. */
export async function deleteProfile(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

export function onProfileChanged(listener: (profile: SeekerProfile) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const parsed = seekerProfileSchema.safeParse(changes[KEY]?.newValue);
    listener(parsed.success ? parsed.data : EMPTY_PROFILE);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
