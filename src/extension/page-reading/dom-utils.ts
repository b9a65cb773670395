// Small DOM helpers shared by the board adapters and the fallbacks. Boards rename their classes
// often, so every lookup takes a list of selectors tried in order.

/** Whitespace-collapsed text of an element (textContent: cheap, no layout). */
export function squashedText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first element matching one of `selectors` (in that order) whose text has at least `minChars`. */
export function firstElement(root: ParentNode, selectors: string[], minChars = 1): Element | null {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      if (squashedText(el).length >= minChars) return el;
    }
  }
  return null;
}

/** Trimmed text of the first matching element, or undefined. */
export function firstText(root: ParentNode, selectors: string[]): string | undefined {
  return squashedText(firstElement(root, selectors)) || undefined;
}

/** Content of the first present <meta> among `keys` (name or property). */
export function metaContent(doc: Document, keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"],meta[name="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** True when `url`'s host is `domain` or one of its subdomains. */
export function onDomain(url: URL, domain: string): boolean {
  const host = url.hostname.toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}

/** Drops elements contained in another element of the list, keeping document order. */
export function outermost(elements: Element[]): Element[] {
  return elements.filter((el, i) => !elements.some((other, j) => j !== i && other !== el && other.contains(el)));
}

/** Minimum description length for a board container to count as loaded (SPAs fill it late). */
export const MIN_DESCRIPTION_CHARS = 150;
