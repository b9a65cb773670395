// Turns the analyzer's input into one plain text (the text every offset refers to), keeping
// where the title and section headings are.
import type { AnalyzeInput } from '../types.js';

export interface PostingText {
  text: string;
  /** The title's span, when the input is structured or its first line looks like one. */
  title: { start: number; end: number } | null;
}

export function postingText(input: AnalyzeInput): PostingText {
  if (typeof input === 'string') return { text: input, title: null };
  const parts: string[] = [];
  let title: PostingText['title'] = null;
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  if (input.title?.trim()) {
    const t = input.title.trim();
    title = { start: 0, end: t.length };
    push(t);
  }
  if (input.organization?.trim()) push((length ? '\n' : '') + input.organization.trim());
  for (const section of input.sections) {
    const body = section.text.trim();
    const heading = section.heading?.trim();
    if (!body && !heading) continue;
    push((length ? '\n\n' : '') + (heading ? `${heading}\n` : '') + body);
  }
  return { text: parts.join(''), title };
}
