// What the page does with the written posting: copy it, download it, or insert it into the
// editor of the tab the page was opened from. Inserting goes through the extension's editing
// script (editor.js, the same ladder that applies a suggestion: input events, verified, undone
// when half-applied); the page may script that tab because the user opened PeerLens on it.
import { browser } from 'wxt/browser';
import { exportFileName } from '../../src/report/export-file-name';
import type { PostingFormat } from '../../src/report/posting-formats';
import { EDITOR_SCRIPT_FILE } from '../../src/extension/messaging/protocol-version';
import type { ApplyOutcome } from '../content/editor-api';

const FILE_TYPES: Record<PostingFormat, { extension: string; type: string }> = {
  text: { extension: 'txt', type: 'text/plain;charset=utf-8' },
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8' },
  html: { extension: 'html', type: 'text/html;charset=utf-8' },
};

export function downloadText(content: string, name: string, format: PostingFormat): void {
  const { extension, type } = FILE_TYPES[format];
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(name, extension);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The tab the page was opened from (the popup passes it), or null. */
export function sourceTabId(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

/** Runs in the editor's tab, in the extension's isolated world, after editor.js. */
async function insertIntoFocusedField(text: string): Promise<ApplyOutcome> {
  const api = (globalThis as Record<string, unknown>).__peerlensEditor as
    | { insert?: (element: Element | null, text: string) => Promise<ApplyOutcome> }
    | undefined;
  if (!api?.insert) return { outcome: 'failed', message: 'The editing script did not load on that page.' };
  return api.insert(document.activeElement, text);
}

export async function insertIntoEditor(tabId: number, text: string): Promise<string> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [EDITOR_SCRIPT_FILE] });
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: insertIntoFocusedField, args: [text] });
    const outcome = result?.result as ApplyOutcome | undefined;
    return outcome?.message ?? 'The editor did not answer.';
  } catch {
    return 'PeerLens may not edit that page now. Open the editor’s page, click the PeerLens button there and choose “Write a peer job description” again, or copy the posting instead.';
  }
}
