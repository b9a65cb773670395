// Automatic checking on job boards: an optional permission, asked for only when the user
// wants it, and given back with one click.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BOARD_NAMES, BOARD_ORIGINS } from '../../src/extension/settings/board-origins';

const ORIGINS = [...BOARD_ORIGINS];

export function BoardsSection() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  const refresh = () => browser.permissions.contains({ origins: ORIGINS }).then(setGranted, () => setGranted(false));
  useEffect(() => {
    void refresh();
  }, []);

  const allow = async () => {
    try {
      const ok = await browser.permissions.request({ origins: ORIGINS });
      setStatus(ok ? 'Postings on these boards are now checked when they open.' : 'Permission was not given.');
    } catch (error) {
      setStatus(`Permission could not be asked for: ${error instanceof Error ? error.message : String(error)}`);
    }
    await refresh();
  };
  const stop = async () => {
    await browser.permissions.remove({ origins: ORIGINS }).catch(() => false);
    setStatus('Automatic checking is off.');
    await refresh();
  };

  return (
    <section aria-labelledby="boards-heading">
      <h2 id="boards-heading">Automatic checking on job boards</h2>
      <p class="muted">
        Off by default: PeerLens reads a page only when you click its button. If you allow it, postings on these boards
        are checked when they open, with highlights and a score on the toolbar button: {BOARD_NAMES.join(', ')}.
      </p>
      <p data-testid="boards-state">{granted === null ? 'Checking…' : granted ? 'Allowed.' : 'Not allowed.'}</p>
      {granted ? (
        <button type="button" onClick={stop}>
          Stop automatic checking
        </button>
      ) : (
        <button type="button" onClick={allow}>
          Allow automatic checking on these boards
        </button>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
