// The job seeker's profile in browser.storage.local, under its own key: it is the person's own,
// so it never travels with the settings a team shares.
import { EMPTY_PROFILE, seekerProfileSchema, type SeekerProfile } from '../../core/job-seeker/seeker-profile.js';
import { storedValue } from './stored-value.js';

const profile = storedValue<SeekerProfile>('seekerProfile', seekerProfileSchema, EMPTY_PROFILE);

export const loadProfile = profile.load;
export const saveProfile = profile.save;
/** One click: nothing of the profile is left on the device. */
export const deleteProfile = profile.remove;
export const onProfileChanged = profile.onChanged;
