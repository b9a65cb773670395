// Phrases the organization allows: never flagged, wherever they appear (a program's own name
// that holds a flagged word, a quoted title). Saved in the same settings as the terms, so the
// same import and export carry them.
import { useState } from 'preact/hooks';
import { FormMessages } from './FormMessages';
import { RemoveButton } from './RemoveButton';
import { allowedPhraseSchema } from '../../src/core/lexicon/schema';
import type { Settings } from '../../src/input/settings-schema';
import { type ListWords, useSettingsList } from './use-settings-list';

const PHRASE_WORDS: ListWords<string> = {
  invalid: (issue) =>
    issue?.code === 'too_small' ? 'Type a phrase to allow.' : `This phrase cannot be allowed: ${issue?.message ?? 'invalid'}.`,
  refused: (reason) => `This phrase cannot be allowed: ${reason ?? 'invalid'}.`,
  added: (phrase) => `“${phrase}” is allowed: it will not be flagged again.`,
  removed: (phrase) => `“${phrase ?? ''}” is no longer allowed.`,
};

export function AllowedSection({ settings, save }: { settings: Settings; save: (s: Settings) => Promise<void> }) {
  const [draft, setDraft] = useState('');
  const phrases = useSettingsList(settings, save, 'allowedPhrases', allowedPhraseSchema, PHRASE_WORDS);

  const add = async (event: Event) => {
    event.preventDefault();
    if (await phrases.add(draft)) setDraft('');
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
              <RemoveButton label={`Stop allowing ${phrase}`} onRemove={() => void phrases.remove(i)} />
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
      <FormMessages errorId="allowed-error" error={phrases.error} status={phrases.status} />
    </section>
  );
}
