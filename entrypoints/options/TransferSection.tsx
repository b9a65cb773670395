// Export the settings to a JSON file and import them back. A malformed file is refused with
// the reason, and the current settings stay as they are.
import { useState } from 'preact/hooks';
import { exportSettings, importSettings } from '../../src/extension/settings/import-export';
import type { Settings } from '../../src/input/settings-schema';
import { downloadFile } from '../../src/extension/download-file';
import { FileImportInput, type ImportResult, ImportResultLine } from './FileImport';

export function TransferSection({ settings, save }: { settings: Settings; save: (s: Settings) => Promise<void> }) {
  const [result, setResult] = useState<ImportResult | null>(null);

  const download = () => downloadFile(exportSettings(settings), 'peerlens-settings.json', 'application/json');

  const upload = async (text: string) => {
    const parsed = importSettings(text);
    if (!parsed.ok) return setResult({ ok: false, text: parsed.reason });
    await save(parsed.settings);
    const n = parsed.settings.customTerms.length;
    const allowed = parsed.settings.allowedPhrases.length;
    const off = parsed.settings.disabledRules.length;
    const count = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
    setResult({
      ok: true,
      text: `Imported ${count(n, 'term', 'terms')}, ${count(allowed, 'allowed phrase', 'allowed phrases')} and ${count(off, 'rule', 'rules')} turned off.`,
    });
  };

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Import and export</h2>
      <p class="muted">Share your terms, allowed phrases and rule choices with colleagues as a JSON file.</p>
      <div class="row">
        <button type="button" data-testid="export" onClick={download}>
          Export settings
        </button>
        <FileImportInput label="Import settings from a file" testId="import-file" onText={upload} />
      </div>
      <ImportResultLine result={result} testId="import-result" />
    </section>
  );
}
