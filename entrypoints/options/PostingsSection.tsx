// "My postings": whether the postings the user checks are kept in this browser (on by default;
// off deletes the list and keeps nothing), and the way to the list.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { KeptList } from '../../src/extension/settings/kept-postings';
import { loadKeptList, onKeptListChanged, setKeeping } from '../../src/extension/settings/kept-postings-storage';

export function PostingsSection() {
  const [list, setList] = useState<KeptList | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadKeptList().then(setList);
    return onKeptListChanged(setList);
  }, []);
  if (!list) return <p role="status">Loading…</p>;
  const count = list.postings.length;
  return (
    <section aria-labelledby="postings-heading">
      <h2 id="postings-heading">My postings</h2>
      <p class="muted">
        PeerLens can keep a short record of each job posting you check (its title, employer, address, date, verdict and score) so you can
        compare them later. The list stays in this browser and is never sent anywhere.
      </p>
      <label class="check">
        <input
          type="checkbox"
          data-testid="keep-postings"
          checked={list.keep}
          onChange={async (e) => {
            const keep = (e.currentTarget as HTMLInputElement).checked;
            setList(await setKeeping(keep));
            setStatus(keep ? 'Postings you check are kept from now on.' : 'Postings are no longer kept, and the list was deleted.');
          }}
        />
        Keep the postings I check in “My postings” (turning this off deletes the list)
      </label>
      <div class="row">
        <button
          type="button"
          data-testid="open-postings"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/postings.html') })}
        >
          Open My postings ({count} kept)
        </button>
      </div>
      <p class="ok" role="status">
        {status}
      </p>
    </section>
  );
}
