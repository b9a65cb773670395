// A guided job description written out as plain text, Markdown and HTML, from the one outline
// (src/core/job-description/posting-outline.ts). Also the interview questions sheet, which is
// a second outline with the same formats.
import type { PostingOutline } from '../core/job-description/posting-outline.js';
import { escapeHtml } from './html-escape.js';

export interface PostingFormats {
  text: string;
  markdown: string;
  html: string;
}

export type PostingFormat = keyof PostingFormats;

export function outlineText(o: PostingOutline): string {
  const parts = [[o.title, o.organization].filter(Boolean).join('\n')];
  for (const s of o.sections) {
    parts.push([s.heading, ...s.paragraphs, ...s.items.map((i) => `- ${i}`)].join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

/** Characters Markdown would read as markup, escaped so the words show as typed. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function outlineMarkdown(o: PostingOutline): string {
  const parts = [`# ${md(o.title)}`];
  if (o.organization) parts.push(`**${md(o.organization)}**`);
  for (const s of o.sections) {
    parts.push(`## ${md(s.heading)}`);
    for (const p of s.paragraphs) parts.push(md(p));
    if (s.items.length) parts.push(s.items.map((i) => `- ${md(i)}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

/** An HTML fragment (no page around it), ready to paste or insert into an editor. */
export function outlineHtml(o: PostingOutline): string {
  const parts = [`<h1>${escapeHtml(o.title)}</h1>`];
  if (o.organization) parts.push(`<p><strong>${escapeHtml(o.organization)}</strong></p>`);
  for (const s of o.sections) {
    parts.push(`<h2>${escapeHtml(s.heading)}</h2>`);
    for (const p of s.paragraphs) parts.push(`<p>${escapeHtml(p)}</p>`);
    if (s.items.length) parts.push(`<ul>\n${s.items.map((i) => `  <li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`);
  }
  return `${parts.join('\n')}\n`;
}

export function outlineFormats(o: PostingOutline): PostingFormats {
  return { text: outlineText(o), markdown: outlineMarkdown(o), html: outlineHtml(o) };
}
