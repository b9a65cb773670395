// Phrases the organization allows: never flagged, wherever they appear (a program's own name
// that holds a flagged word, a quoted title). Saved in the same settings as the terms, so the
// same import and export carry them.
import { useState } from 'preact/hooks';
import { FormMessages } from './FormMessages';
import { allowedPhraseSchema } from '../../src/core/lexicon/schema';
import { settingsSchema, type Settings } from '../../src/input/settings-schema';

export function AllowedSection({ settings, save }: { settings: Settings; save: (s: Settings) => Promise<void> }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  const add = async (event: Event) => {
    event.preventDefault();
    setStatus('');
    const phrase = allowedPhraseSchema.safeParse(draft);
    if (!phrase.success) {
      const issue = phrase.error.issues[0];
      return setError(
        issue?.code === 'too_small' ? 'Type a phrase to allow.' : `This phrase cannot be allowed: ${issue?.message ?? 'invalid'}.`,
      );
    }
    const next = settingsSchema.safeParse({ ...settings, allowedPhrases: [...settings.allowedPhrases, phrase.data] });
    if (!next.success) return setError(`This phrase cannot be allowed: ${next.error.issues[0]?.message ?? 'invalid'}.`);
    setError('');
    await save(next.data);
    setDraft('');
    setStatus(`“${phrase.data}” is allowed: it will not be flagged again.`);
  };

  const remove = async (index: number) => {
    const removed = settings.allowedPhrases[index];
    await save({ ...settings, allowedPhrases: settings.allowedPhrases.filter((_, i) => i !== index) });
    setStatus(`“${removed ?? ''}” is no longer allowed.`);
  };

  return (
    <section aria-labelledby="allowed-heading">
      <h2 id="allowed-heading">Allowed phrases</h2>
      <p class="muted">Phrases your organization has decided are fine. PeerLens never flags words inside them, in any posting.</p>
      {settings.allowedPhrases.length > 0 ? (
        <ul class="allowed" data-testid="allowed-list">
          {settings.allowedPhrases.map((phrase, i) => (
            <li key={phrase} data-testid="allowed-row">
              <span>{phrase}</span>
              <button type="button" aria-label={`Stop allowing ${phrase}`} onClick={() => void remove(i)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="no-allowed">No allowed phrases yet.</p>
      )}
      <form class="term-form" data-testid="allowed-form" onSubmit={add} aria-describedby="allowed-error">
        <label>
          Phrase to allow
          <input name="phrase" maxLength={80} value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit">Allow phrase</button>
      </form>
      <FormMessages errorId="allowed-error" error={error} status={status} />
    </section>
  );
}
