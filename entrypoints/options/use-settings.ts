// The options page's settings: loaded once, saved on every change, refreshed when another page
// (or an import in another tab) changes them.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings } from '../../src/extension/settings/storage';
import type { Settings } from '../../src/input/settings-schema';

export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const save = useCallback(async (next: Settings) => {
    setSettings(await saveSettings(next));
  }, []);
  return { settings, save };
}
