// Automatic checking, chosen board by board: each board is an optional permission, asked for
// only when the user turns that board on, and given back when they turn it off.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BOARDS, type Board } from '../../src/extension/settings/board-origins';

async function isAllowed(board: Board): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...board.origins] });
  } catch {
    return false;
  }
}

export function BoardsSection() {
  const [allowed, setAllowed] = useState<boolean[] | null>(null);
  const [status, setStatus] = useState('');
  const refresh = async () => setAllowed(await Promise.all(BOARDS.map(isAllowed)));
  useEffect(() => {
    void refresh();
  }, []);

  const toggle = async (board: Board, on: boolean) => {
    try {
      if (on) {
        // Asked for inside the click: browsers only show the permission prompt for a user action.
        const ok = await browser.permissions.request({ origins: [...board.origins] });
        setStatus(ok ? `Postings on ${board.name} are now checked when they open.` : `Permission for ${board.name} was not given.`);
      } else {
        const removed = await browser.permissions.remove({ origins: [...board.origins] });
        setStatus(
          removed ? `Automatic checking on ${board.name} is off.` : `Automatic checking on ${board.name} could not be turned off here.`,
        );
      }
    } catch (error) {
      setStatus(`The permission for ${board.name} could not be changed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await refresh();
  };

  return (
    <section aria-labelledby="boards-heading">
      <h2 id="boards-heading">Automatic checking on job boards</h2>
      <p class="muted">
        Off by default: PeerLens reads a page only when you click its button or press its shortcut. Turn a board on to have its postings
        checked when they open, with highlights and a score on the toolbar button.
      </p>
      {allowed === null ? (
        <p role="status">Checking…</p>
      ) : (
        <ul class="boards" data-testid="boards">
          {BOARDS.map((board, i) => (
            <li key={board.name}>
              <label class="check">
                <input
                  type="checkbox"
                  data-testid="board-toggle"
                  data-board={board.name}
                  checked={allowed[i]}
                  onChange={(e) => void toggle(board, (e.currentTarget as HTMLInputElement).checked)}
                />
                {board.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
