// The popup's first paint when its first report is in before the report UI has loaded: the
// header, verdict and score the UI shows, drawn by the same components. The UI replaces it in one
// render once it has loaded (it starts from the same report, so nothing on screen moves) and adds
// the details. Nothing here is a live region: the UI's own announcements are the only ones.
import type { Report } from '../../src/core/types';
import type { PageReadingMessage } from '../../src/extension/messaging/protocol';
import { AppHeader, ReportTop } from './ReportTop';

export function FirstView({ reading, report }: { reading: PageReadingMessage; report: Report }) {
  return (
    <div class="app mode-popup" data-testid="first-view">
      <AppHeader />
      <main>
        <ReportTop reading={reading} report={report} kept={false} first />
      </main>
    </div>
  );
}
