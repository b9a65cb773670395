// The organization's own terms: term -> suggestion (or none: then the note is the advice), with
// a severity and a note. Each new term is validated with the analyzer's customTermSchema before
// it is saved.
import { useState } from 'preact/hooks';
import { FormMessages } from './FormMessages';
import { RemoveButton } from './RemoveButton';
import { type CustomTerm, customTermSchema } from '../../src/core/lexicon/schema';
import type { Settings } from '../../src/input/settings-schema';
import { type ListWords, useSettingsList } from './use-settings-list';

const EMPTY = { term: '', suggestion: '', severity: 'warning', note: '' };

const TERM_WORDS: ListWords<CustomTerm> = {
  invalid: (issue) => `${String(issue?.path[0] ?? 'term')}: ${issue?.code === 'too_small' ? 'is empty' : (issue?.message ?? 'invalid')}`,
  refused: (reason) => reason ?? 'This term cannot be added.',
  added: (term) => `Added “${term.term}”.`,
  removed: (term) => `Removed “${term?.term ?? ''}”.`,
};

export function TermsSection({ settings, save }: { settings: Settings; save: (s: Settings) => Promise<void> }) {
  const [draft, setDraft] = useState(EMPTY);
  const terms = useSettingsList(settings, save, 'customTerms', customTermSchema, TERM_WORDS);
  const field = (name: keyof typeof EMPTY) => (e: Event) =>
    setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });

  const add = async (event: Event) => {
    event.preventDefault();
    if (await terms.add(draft)) setDraft(EMPTY);
  };

  return (
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">Your organization’s terms</h2>
      <p class="muted">
        Words your organization wants flagged, with the wording to use instead. Leave the suggestion empty to flag a term with your note
        alone.
      </p>
      {settings.customTerms.length > 0 ? (
        <table data-testid="terms-table">
          <caption class="visually-hidden">Your terms</caption>
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col">Suggestion</th>
              <th scope="col">Severity</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {settings.customTerms.map((t, i) => (
              <tr key={t.term} data-testid="term-row">
                <td>{t.term}</td>
                <td>{t.suggestion || <span class="muted">(none: the note is shown)</span>}</td>
                <td>{t.severity}</td>
                <td>{t.note}</td>
                <td>
                  <RemoveButton label={`Remove ${t.term}`} onRemove={() => void terms.remove(i)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p data-testid="no-terms">No terms yet.</p>
      )}
      <form class="term-form" data-testid="term-form" onSubmit={add} aria-describedby="term-error">
        <label>
          Term
          <input name="term" required maxLength={80} value={draft.term} onInput={field('term')} />
        </label>
        <label>
          Suggestion (optional)
          <input name="suggestion" maxLength={160} value={draft.suggestion} onInput={field('suggestion')} />
        </label>
        <label>
          Severity
          <select name="severity" value={draft.severity} onChange={field('severity')}>
            <option value="error">Error</option>
            <option value="warning">Warning</option>
            <option value="info">Note</option>
          </select>
        </label>
        <label>
          Note (optional)
          <input name="note" maxLength={240} value={draft.note} onInput={field('note')} />
        </label>
        <button type="submit">Add term</button>
      </form>
      <FormMessages errorId="term-error" error={terms.error} status={terms.status} />
    </section>
  );
}
