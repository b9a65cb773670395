// Last rung of the ladder: put the replacement on the clipboard so the user can paste it.
// No helper element is added to the page: the copy event's own data is filled in instead.

export type CopyText = (text: string) => Promise<boolean>;

function copyViaCopyEvent(doc: Document, text: string): boolean {
  let filled = false;
  const onCopy = (event: ClipboardEvent): void => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    event.stopImmediatePropagation(); // the page's own copy handlers must not rewrite it
    filled = true;
  };
  doc.addEventListener('copy', onCopy, { capture: true, once: true });
  try {
    doc.execCommand('copy');
  } catch {
    // refused: `filled` stays false
  } finally {
    doc.removeEventListener('copy', onCopy, { capture: true });
  }
  return filled;
}

/** Copies with the async Clipboard API, else through a copy event. True when either worked. */
export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // not focused or not allowed: try the copy event
    }
  }
  return copyViaCopyEvent(doc, text);
}
