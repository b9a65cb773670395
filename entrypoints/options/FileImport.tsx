// Importing a JSON file on the options page: the file chooser, and the line under it that says
// what was imported or why the file was refused (a refusal is announced at once).

/** What the last import, or another action of the same section, came to. */
export interface ImportResult {
  ok: boolean;
  text: string;
}

/**
 * A file input that hands over the chosen file's text. The input is emptied after each choice, so
 * choosing the same file again is seen as a new choice.
 */
export function FileImportInput({ label, testId, onText }: { label: string; testId: string; onText: (text: string) => Promise<void> }) {
  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await onText(await file.text());
  };
  return (
    <label class="file">
      {label}
      <input type="file" accept="application/json,.json" data-testid={testId} onChange={choose} />
    </label>
  );
}

export function ImportResultLine({ result, testId }: { result: ImportResult | null; testId: string }) {
  return (
    <p
      data-testid={testId}
      data-ok={result ? String(result.ok) : undefined}
      class={result?.ok ? 'ok' : 'error'}
      role={result && !result.ok ? 'alert' : 'status'}
    >
      {result?.text ?? ''}
    </p>
  );
}
