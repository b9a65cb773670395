// Reading the checked tab: the content script is injected while the background is asked for a
// context-menu selection, then the page (or the selection) is read. The popup starts its first
// reading before its report UI has loaded (startFirstReading) and its first check takes that
// reading over, so the page is read while the UI's code is still loading.
import { readTab } from '../../src/extension/checking/check-pipeline';
import { takeSelectionRequest } from '../../src/extension/messaging/background-client';
import type { PageReadingMessage, SelectionRequestResult } from '../../src/extension/messaging/protocol';
import { ensureContentScript } from '../../src/extension/messaging/tab-client';
import { firstTarget, type CheckTarget } from './check-target';

export type ReadOutcome =
  | { ok: true; reading: PageReadingMessage }
  /** `asked`: what the background had for a context-menu selection (still checkable). */
  | { ok: false; error: unknown; asked: SelectionRequestResult };

/** Reads the target's tab; never rejects (a failure is an outcome the UI explains). */
export async function readTarget(target: CheckTarget): Promise<ReadOutcome> {
  // The content script is injected while the background is asked for a context-menu selection.
  const injected = ensureContentScript(target.tabId);
  injected.catch(() => undefined); // awaited below, where its failure is handled
  const asked = await takeSelectionRequest(target.tabId);
  const scope = asked.selection ? 'selection' : target.scope;
  try {
    await injected;
    const readStarted = performance.now();
    const reading = await readTab(target.tabId, scope, injected);
    // Read by the browser tests.
    performance.measure('peerlens:read', { start: readStarted, detail: { via: reading.via, page: reading.timing ?? null } });
    return { ok: true, reading };
  } catch (error) {
    return { ok: false, error, asked };
  }
}

type Started = { target: CheckTarget; outcome: Promise<ReadOutcome> } | null;

let first: Promise<Started> | null = null;
let taken = false;

/** Starts reading the tab the page opened on, for the first check to take over. */
export function startFirstReading(): void {
  if (first || taken) return;
  first = firstTarget().then(
    (target): Started => (target ? { target, outcome: readTarget(target) } : null),
    () => null,
  );
}

/** The reading started early, when it was for this target; once only (later checks read afresh). */
export async function takeFirstReading(target: CheckTarget): Promise<ReadOutcome | null> {
  const pending = first;
  first = null;
  taken = true;
  const started = pending ? await pending : null;
  if (!started || started.target.tabId !== target.tabId || started.target.scope !== target.scope || target.reason) return null;
  return started.outcome;
}
