// The job seeker's profile for "do I qualify?": read from this browser's storage, and followed
// while the popup is open (a change in the options shows at once).
import { useEffect, useState } from 'preact/hooks';
import type { SeekerProfile } from '../../src/core/job-seeker/seeker-profile';
import { loadProfile, onProfileChanged } from '../../src/extension/settings/profile-storage';

export function useProfile(): SeekerProfile | null {
  const [profile, setProfile] = useState<SeekerProfile | null>(null);
  useEffect(() => {
    void loadProfile().then(setProfile);
    return onProfileChanged(setProfile);
  }, []);
  return profile;
}
