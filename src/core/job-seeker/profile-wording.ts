// The sentences "do I qualify?" answers with (lexicons/seeker-profile.json, checked against its
// schema by tests/lexicons.test.ts). Imported by the popup only: the analyzer never needs them.
import wording from '../../../lexicons/seeker-profile.json';
import type { ProfileWording } from '../lexicon/seeker-profile-schema.js';

export const profileWording: ProfileWording = wording as ProfileWording;
