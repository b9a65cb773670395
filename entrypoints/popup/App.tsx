// The report UI shared by the popup and the side panel. It paints at once and shows each
// phase of the check as it comes: reading, analyzing, the report, or an honest empty state.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Report } from '../../src/core/types';
import { CategoryPicker } from './CategoryPicker';
import { copyText } from './clipboard';
import { downloadReport, type ExportFormat } from './export-report';
import { FindingList } from './FindingList';
import { JobSeekerQuestions } from './JobSeekerSummary';
import { AppHeader, ReportTop, SourceLine } from './ReportTop';
import { useCheck } from './use-check';
import { useKeptPosting } from './use-kept-posting';
import { useProfile } from './use-profile';
import { useTarget, type Mode } from './use-target';

function Busy({ label }: { label: string }) {
  return (
    <div class="busy" role="status" aria-live="polite" data-testid="busy">
      <span class="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

function Notice({ title, children, testId }: { title: string; children?: preact.ComponentChildren; testId: string }) {
  return (
    <section class="notice" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h2 id={`${testId}-title`}>{title}</h2>
      {children}
    </section>
  );
}

interface FooterProps {
  mode: Mode;
  report: Report | null;
  /** The page's title, for the exported report and its file name. */
  title: string;
  revisedText: () => Promise<string>;
  tabId: number | null;
}

function Footer({ mode, report, title, revisedText, tabId }: FooterProps) {
  const [status, setStatus] = useState('');
  const exportAs = (format: ExportFormat) => {
    if (!report) return;
    try {
      downloadReport(report, title, format);
      setStatus(format === 'html' ? 'Report saved as HTML.' : 'Report saved as Markdown.');
    } catch {
      setStatus('The report could not be saved.');
    }
  };
  const sidePanel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
  return (
    <footer class="footer">
      {report && (
        <button
          type="button"
          class="primary"
          data-testid="copy-revised"
          onClick={async () => {
            const revised = await revisedText();
            if (revised === report.text) return setStatus('No suggested changes to make.');
            setStatus((await copyText(revised)) ? 'Revised text copied.' : 'Could not copy.');
          }}
        >
          Copy revised posting
        </button>
      )}
      {report && (
        <span class="export" role="group" aria-label="Export report">
          <button type="button" data-testid="export-html" onClick={() => exportAs('html')}>
            Export HTML
          </button>
          <button type="button" data-testid="export-markdown" onClick={() => exportAs('markdown')}>
            Export Markdown
          </button>
        </span>
      )}
      {mode === 'popup' && sidePanel && tabId !== null && (
        <button
          type="button"
          onClick={async () => {
            await sidePanel.open({ tabId }).then(
              () => window.close(),
              () => setStatus('The side panel could not be opened.'),
            );
          }}
        >
          Open in side panel
        </button>
      )}
      <button
        type="button"
        class="link"
        data-testid="open-builder"
        onClick={() => {
          // The page may insert the written posting into this tab's editor (activeTab).
          const url = browser.runtime.getURL('/builder.html' as '/options.html') + (tabId !== null ? `?tab=${tabId}` : '');
          void browser.tabs.create({ url }).then(() => mode === 'popup' && window.close());
        }}
      >
        Write a peer job description
      </button>
      <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
        Options
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </footer>
  );
}

export function App({ mode }: { mode: Mode }) {
  const { target, missing } = useTarget(mode);
  const check = useCheck(target);
  const { state } = check;
  const profile = useProfile();
  const kept = useKeptPosting(state.phase === 'done' ? state.report : null, state.phase === 'done' ? state.reading : null);
  // When a report is on screen (rendered): the timing the browser tests read.
  useEffect(() => {
    if (state.phase === 'done') performance.mark('peerlens:shown', { detail: { findings: state.report.findings.length } });
  }, [state]);

  let body;
  if (missing) {
    body = <Notice testId="no-tab" title="No tab to check" />;
  } else if (state.phase === 'reading') {
    body = <Busy label="Reading the page…" />;
  } else if (state.phase === 'analyzing') {
    body = (
      <>
        <SourceLine reading={state.reading} />
        <Busy label="Checking the posting…" />
      </>
    );
  } else if (state.phase === 'unavailable' || state.phase === 'error') {
    body = (
      <Notice testId={state.phase} title={state.phase === 'error' ? 'Something went wrong' : 'This page cannot be checked'}>
        <p>{state.message}</p>
        <button type="button" onClick={() => void check.recheck()}>
          Try again
        </button>
      </Notice>
    );
  } else if (state.phase === 'empty') {
    body = (
      <Notice testId="no-posting" title="No job posting found on this page">
        <p>{state.reading.note ?? 'PeerLens found no posting or document text here.'}</p>
        <p>
          To check any text, select it, right-click and choose <strong>Check with PeerLens</strong>.
        </p>
      </Notice>
    );
  } else {
    const { report, reading, onPage, drawLimit } = state;
    body = (
      <>
        <ReportTop reading={reading} report={report} kept={kept} />
        {drawLimit !== null && (
          <p class="banner" data-testid="draw-limit">
            This page has many findings: showing the first {drawLimit.toLocaleString('en-US')} of each kind on the page. All are listed
            below.
          </p>
        )}
        {report.notes.length > 0 && (
          <ul class="notes">
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        <CategoryPicker report={report} choice={check.category} onChange={check.setCategory} />
        <JobSeekerQuestions report={report} profile={profile} />
        <FindingList
          report={report}
          onPage={onPage}
          actions={{ focus: check.focus, dismiss: check.dismiss, ...(reading.editable ? { apply: check.apply } : {}) }}
        />
      </>
    );
  }

  return (
    <div class={`app mode-${mode}`}>
      <AppHeader />
      <main>{body}</main>
      <Footer
        mode={mode}
        report={state.phase === 'done' ? state.report : null}
        title={state.phase === 'done' ? state.reading.title : ''}
        revisedText={check.revisedText}
        tabId={target?.tabId ?? null}
      />
    </div>
  );
}
