// Finds which printed pages the lines of a source document's text copy were on, from what the
// copy kept of the printed document: running footers that end in the page number, or the
// document's own lists of where each handout begins ("Recovery Infographic (p. 30)").
// Nothing is guessed: lines no footer or listing bounds get no page.

/** Lines line..end (1-based, inclusive) of the copy were printed on pages first..last. */
export type PageRun = [line: number, end: number, first: number, last: number];

/**
 * Between two footers the lines are on the pages after the first footer's number up to the
 * second's; before the first footer and after the last one the pages are not known.
 */
export function pagesFromFooters(lines: readonly string[], footer: RegExp): PageRun[] {
  const footers: [line: number, page: number][] = [];
  lines.forEach((text, i) => {
    const page = footer.exec(text)?.[1];
    if (page) footers.push([i + 1, Number(page)]);
  });
  const runs: PageRun[] = [];
  for (let i = 1; i < footers.length; i++) {
    const [afterLine, afterPage] = footers[i - 1] as [number, number];
    const [line, page] = footers[i] as [number, number];
    if (page > afterPage) runs.push([afterLine + 1, line, afterPage + 1, page]);
  }
  return runs;
}

export interface ListedStart {
  /** The title as the document lists it with its page: "Recovery Infographic" in "- Recovery Infographic (p. 30)". */
  listed: string;
  /** The line of our copy where that part begins. */
  starts: RegExp;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Parts the document lists with the page they begin on: each runs to the page before the next
 * one listed. The last listed part's end is not known, so it gets no pages.
 */
export function pagesFromListedStarts(lines: readonly string[], parts: readonly ListedStart[]): PageRun[] {
  const starts = parts.map((part) => {
    const listing = new RegExp(`^\\s*[-•*]\\s*${escapeRegExp(part.listed)}\\s*\\(p\\. (\\d+)\\)\\s*$`);
    const page = lines.map((l) => listing.exec(l)?.[1]).find((p) => p !== undefined);
    if (page === undefined) throw new Error(`the document lists no page for "${part.listed}"`);
    const index = lines.findIndex((l) => part.starts.test(l));
    if (index < 0) throw new Error(`no line of the copy starts "${part.listed}" (${part.starts})`);
    return { listed: part.listed, line: index + 1, page: Number(page) };
  });
  starts.sort((a, b) => a.line - b.line);
  const runs: PageRun[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const here = starts[i] as (typeof starts)[number];
    const next = starts[i + 1] as (typeof starts)[number];
    if (next.page <= here.page) throw new Error(`"${here.listed}" and "${next.listed}" are listed out of page order`);
    runs.push([here.line, next.line - 1, here.page, next.page - 1]);
  }
  return runs;
}
