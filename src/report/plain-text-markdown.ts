// A revised plain text written as Markdown: the title, the headings and the list items the
// analysis reads in it (src/core/text/document-structure.ts) become Markdown headings and
// lists; every other line is text, escaped so nothing in it reads as markup. A PDF or Word
// file's own layout is not kept; this keeps the structure PeerLens found in its text.
import { BULLET, isHeadingLine } from '../core/text/document-structure.js';
import { escapeMarkdown } from './format-markdown.js';

type Block = 'blank' | 'heading' | 'item' | 'text';

const NUMBERED = /^[ \t]*(\d{1,2})[.)][ \t]+/;

/** A line of text that Markdown would otherwise read as a list item or a numbered one. */
function escapeLineStart(line: string): string {
  return line.replace(/^([-+=])(?=\s|$)/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

export function plainTextToMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // the next non-blank line after each line, found in one backward pass
  const next: (string | undefined)[] = new Array(lines.length);
  for (let i = lines.length - 1, after: string | undefined; i >= 0; i--) {
    next[i] = after;
    if (lines[i]!.trim()) after = lines[i];
  }
  const out: string[] = [];
  let last: Block = 'blank';
  let titled = false;
  const push = (block: Block, line: string) => {
    // a heading stands apart; a list and the text around it are separate blocks
    const apart = block === 'heading' || last === 'heading' || (block === 'item') !== (last === 'item');
    if (last !== 'blank' && apart) out.push('');
    out.push(line);
    last = block;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trim();
    if (!t) {
      if (last !== 'blank') out.push('');
      last = 'blank';
      continue;
    }
    const prevBlank = i === 0 || !lines[i - 1]!.trim();
    if (!titled && out.length === 0 && t.length <= 100 && !/[.!?]$/.test(t)) {
      push('heading', `# ${escapeMarkdown(t)}`);
    } else if (isHeadingLine(line, next[i], prevBlank)) {
      push('heading', `## ${escapeMarkdown(t.replace(/^#+\s*/, '').replace(/:$/, ''))}`);
    } else if (BULLET.test(line)) {
      const number = NUMBERED.exec(line)?.[1];
      const rest = escapeMarkdown(line.replace(BULLET, ''));
      push('item', number ? `${number}. ${rest}` : `- ${rest}`);
    } else {
      push('text', escapeLineStart(escapeMarkdown(t)));
    }
    titled = true;
  }
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}
