// The top of the report, shared by the report UI (App.tsx) and the popup's first paint
// (FirstView.tsx): the header, where the text was read from, the verdict and the score.
import { browser } from 'wxt/browser';
import type { Report } from '../../src/core/types';
import type { PageReadingMessage } from '../../src/extension/messaging/protocol';
import { JobSeekerVerdictView } from './JobSeekerVerdict';
import { readViaLabel } from './labels';
import { ScoreSummary } from './ScoreSummary';

export function AppHeader() {
  return (
    <header class="header">
      <h1>PeerLens</h1>
      <p class="tagline">Checked on this device; nothing is sent anywhere.</p>
    </header>
  );
}

export function SourceLine({ reading }: { reading: PageReadingMessage }) {
  return (
    <p class="source-line" data-testid="read-via" data-via={reading.via}>
      Checked {readViaLabel(reading.via)}
      {reading.note ? <span class="muted"> — {reading.note}</span> : null}
    </p>
  );
}

/**
 * `kept`: the posting is in the user's list of checked postings. `first`: the popup's first paint
 * (FirstView.tsx) draws it, before the rest of the report.
 */
export function ReportTop({
  reading,
  report,
  kept,
  first = false,
}: {
  reading: PageReadingMessage;
  report: Report;
  kept: boolean;
  first?: boolean;
}) {
  return (
    <>
      <SourceLine reading={reading} />
      <JobSeekerVerdictView report={report} />
      {kept && (
        <p class="source-line" data-testid="kept">
          Kept in your list of checked postings.{' '}
          <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/postings.html') })}>
            My postings
          </button>
        </p>
      )}
      {!report.role.isPeerRole && (
        <p class="banner" data-testid="not-peer">
          This does not read as a peer-support role, so it was checked for language only.
        </p>
      )}
      <ScoreSummary report={report} first={first} />
    </>
  );
}
