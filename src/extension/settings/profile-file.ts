// The job seeker's profile as a JSON file: exported to keep or move, imported only when the whole
// file fits the profile schema (else a reason in plain words, and the profile stays as it was).
import { seekerProfileSchema, type SeekerProfile } from '../../core/job-seeker/seeker-profile.js';
import { parseJsonFile } from '../../input/json-file.js';

export function exportProfile(profile: SeekerProfile): string {
  return `${JSON.stringify(seekerProfileSchema.parse(profile), null, 2)}\n`;
}

export function importProfile(text: string) {
  return parseJsonFile(text, seekerProfileSchema, { noun: 'profile', one: 'one profile', field: 'profile field' });
}
