// The job seeker's profile file: export then import gives it back; a file that does not fit is
// refused with a reason in plain words naming the field.
import { describe, expect, it } from 'vitest';
import { seekerProfileSchema } from '../../src/core/job-seeker/seeker-profile.js';
import { exportProfile, importProfile } from '../../src/extension/settings/profile-file.js';

const PROFILE = seekerProfileSchema.parse({
  livedExperience: ['substance-use-recovery', 'family'],
  certification: 'in-progress',
  driving: 'license-only',
  age: '26-to-30',
});

describe('profile file', () => {
  it('round-trips what export writes', () => {
    expect(importProfile(exportProfile(PROFILE))).toEqual({ ok: true, value: PROFILE });
  });

  it.each([
    ['not JSON', '{ "certification": ', /not valid JSON/],
    ['a list', '[]', /must hold one profile/],
    [
      'an unknown answer',
      JSON.stringify({ certification: 'maybe' }),
      /profile was not imported\. peer certification: should be one of "yes", "in-progress", "no"/,
    ],
    ['an unknown kind', JSON.stringify({ livedExperience: ['ghosts'] }), /kind of lived experience 1: should be one of/],
    ['an unknown field', JSON.stringify({ diagnosis: 'x' }), /"diagnosis" is not a profile field PeerLens knows/],
  ])('refuses %s, saying why', (_, text, reason) => {
    const result = importProfile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
