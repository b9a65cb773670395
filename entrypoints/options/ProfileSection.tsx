// "Do I qualify? My profile": what the job seeker tells PeerLens about themselves, kept in this
// browser only, which the popup sets beside what each posting asks. Every answer is optional.
// Saved on every change; exported and imported as a JSON file; deleted in one click.
import { useEffect, useState } from 'preact/hooks';
import { isEmptyProfile, EMPTY_PROFILE, type SeekerProfile } from '../../src/core/job-seeker/seeker-profile';
import type { RoleCategory } from '../../src/core/types';
import { exportProfile, importProfile } from '../../src/extension/settings/profile-file';
import { deleteProfile, loadProfile, onProfileChanged, saveProfile } from '../../src/extension/settings/profile-storage';
import { downloadFile } from '../../src/extension/download-file';
import { FileImportInput, type ImportResult, ImportResultLine } from './FileImport';

const KINDS: Record<RoleCategory, string> = {
  'adult-mental-health': 'My own recovery from a mental health challenge',
  'substance-use-recovery': 'My own recovery from substance use',
  family: 'As a family member of an adult with a mental health or substance use challenge',
  'parent-caregiver': 'As a parent or caregiver of a child or youth with a behavioral health challenge',
  youth: 'As a young person who lived through a mental health or substance use challenge',
  'general-peer': 'A mental health or substance use challenge (I would rather not say which)',
};

type ChoiceKey = 'certification' | 'education' | 'driving' | 'backgroundCheck' | 'timeInRecovery' | 'age';

/** Each single-choice question, with a label for every answer the profile schema allows. */
const CHOICES: { [K in ChoiceKey]: { label: string; options: Record<NonNullable<SeekerProfile[K]>, string> } } = {
  certification: {
    label: 'Peer certification',
    options: { yes: 'I hold one', 'in-progress': 'I am working toward one', no: 'I do not hold one' },
  },
  education: {
    label: 'Schooling I have finished',
    options: {
      none: 'No diploma yet',
      'high-school': 'High school diploma or GED',
      associate: "Associate's degree",
      bachelor: "Bachelor's degree",
      master: "Master's degree or more",
    },
  },
  driving: {
    label: "Driver's license and car",
    options: { 'license-and-car': 'A license and a car', 'license-only': 'A license, no car', no: 'No license' },
  },
  backgroundCheck: {
    label: 'Background check',
    options: { 'no-concerns': 'I have no worries about one', concerns: 'I have worries about one' },
  },
  timeInRecovery: {
    label: 'Time in recovery',
    options: {
      'under-1-year': 'Less than a year',
      '1-to-2-years': '1 to 2 years',
      '2-to-5-years': '2 to 5 years',
      '5-years-or-more': '5 years or more',
    },
  },
  age: { label: 'Age', options: { 'under-18': 'Under 18', '18-to-25': '18 to 25', '26-to-30': '26 to 30', '31-or-older': '31 or older' } },
};

export function ProfileSection() {
  const [profile, setProfile] = useState<SeekerProfile | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  useEffect(() => {
    void loadProfile().then(setProfile);
    return onProfileChanged(setProfile);
  }, []);
  if (!profile) return <p role="status">Loading your profile…</p>;

  const save = async (next: SeekerProfile) => setProfile(await saveProfile(next));
  const toggleKind = (kind: RoleCategory, on: boolean) =>
    save({ ...profile, livedExperience: on ? [...profile.livedExperience, kind] : profile.livedExperience.filter((k) => k !== kind) });
  const choose = (key: ChoiceKey, value: string) => {
    const next: Record<string, unknown> = { ...profile };
    if (value) next[key] = value;
    else delete next[key];
    void save(next as SeekerProfile);
  };
  const upload = async (text: string) => {
    const parsed = importProfile(text);
    if (!parsed.ok) return setResult({ ok: false, text: parsed.reason });
    await save(parsed.value);
    setResult({ ok: true, text: 'Profile imported.' });
  };
  const remove = async () => {
    await deleteProfile();
    setProfile(EMPTY_PROFILE);
    setResult({ ok: true, text: 'Your profile was deleted from this browser.' });
  };

  return (
    <section aria-labelledby="profile-heading" data-testid="profile">
      <h2 id="profile-heading">Do I qualify? My profile</h2>
      <p class="muted">
        For job seekers. Tell PeerLens what you want it to compare, and the popup answers “yes”, “no” or “ask” for each thing a posting asks
        of you. Everything is optional and stays in this browser: it is never sent anywhere or shared with your settings.
      </p>
      <fieldset class="profile-kinds">
        <legend>My lived experience</legend>
        {(Object.keys(KINDS) as RoleCategory[]).map((kind) => (
          <label class="check" key={kind}>
            <input
              type="checkbox"
              data-testid="profile-kind"
              data-kind={kind}
              checked={profile.livedExperience.includes(kind)}
              onChange={(e) => void toggleKind(kind, (e.currentTarget as HTMLInputElement).checked)}
            />
            {KINDS[kind]}
          </label>
        ))}
      </fieldset>
      <div class="profile-choices">
        {(Object.keys(CHOICES) as ChoiceKey[]).map((key) => (
          <label key={key}>
            {CHOICES[key].label}
            <select
              data-testid={`profile-${key}`}
              value={profile[key] ?? ''}
              onChange={(e) => choose(key, (e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">Not answered</option>
              {Object.entries<string>(CHOICES[key].options).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div class="row">
        <button
          type="button"
          data-testid="profile-export"
          disabled={isEmptyProfile(profile)}
          onClick={() => downloadFile(exportProfile(profile), 'peerlens-profile.json', 'application/json')}
        >
          Export my profile
        </button>
        <FileImportInput label="Import a profile from a file" testId="profile-import" onText={upload} />
        <button type="button" class="danger" data-testid="profile-delete" disabled={isEmptyProfile(profile)} onClick={() => void remove()}>
          Delete my profile
        </button>
      </div>
      <ImportResultLine result={result} testId="profile-result" />
    </section>
  );
}
