// The name of an exported report, built from the page title: lower-case words joined by single
// dashes, accents dropped, cut at a word boundary (never mid-word), e.g.
// "Peer Support Specialist – Acme | Indeed.com" -> "peerlens-report-peer-support-specialist-acme-indeed-com.html".

/** Longest title part of a name, in characters. */
const MAX_TITLE_CHARS = 60;

export function exportFileName(title: string, extension: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let base = '';
  for (const word of words) {
    const next = base ? `${base}-${word}` : word;
    if (next.length > MAX_TITLE_CHARS) {
      // A single first word longer than the limit is the only one cut.
      if (!base) base = word.slice(0, MAX_TITLE_CHARS);
      break;
    }
    base = next;
  }
  return `peerlens-report${base ? `-${base}` : ''}.${extension}`;
}
