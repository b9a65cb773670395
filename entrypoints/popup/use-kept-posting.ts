// "My postings": each report of a posting read from a page is kept (when keeping is on), once
// per report; says whether it was, for the line under the verdict.
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../src/core/types';
import type { PageReadingMessage } from '../../src/extension/messaging/protocol';
import { keepPosting } from '../../src/extension/settings/kept-postings-storage';

export function useKeptPosting(report: Report | null, reading: PageReadingMessage | null): boolean {
  const [kept, setKept] = useState(false);
  useEffect(() => {
    setKept(false);
    if (!report || !reading) return;
    let current = true;
    const organization = reading.input && typeof reading.input !== 'string' ? reading.input.organization : undefined;
    keepPosting(report, { via: reading.via, title: reading.title, url: reading.url, ...(organization ? { organization } : {}) }).then(
      (done) => current && setKept(done),
      () => current && setKept(false),
    );
    return () => {
      current = false;
    };
  }, [report, reading]);
  return kept;
}
