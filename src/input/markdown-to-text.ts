// Markdown -> plain text, lightly: markup characters go, the words stay where they were.
// Line for line, so a finding's line number is the line in the .md file; headings and list
// items stay lines of their own ("- " for every bullet).

const FENCE = /^\s{0,3}(?:```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const BULLET = /^(\s*)[*+-]\s+/;
const QUOTE = /^\s{0,3}(?:>\s?)+/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

// Escaped markup characters are parked in the private-use area while markup is stripped.
const PARKED = 0xe000;

function stripInline(line: string): string {
  return line
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, (_, c: string) => String.fromCharCode(PARKED + c.charCodeAt(0)))
    .replace(/<!--.*?-->/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: keep the alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links: keep the link text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // autolinks
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '') // inline HTML tags
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARKED));
}

function tableRow(line: string): string {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim())
    .join('  ');
}

export function markdownToText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let inFence = false;
  for (const [i, line] of lines.entries()) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      out.push('');
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    const previous = out[i - 1] ?? '';
    if (RULE.test(line) || LINK_DEFINITION.test(line) || TABLE_SEPARATOR.test(line)) {
      out.push('');
    } else if (SETEXT_UNDERLINE.test(line) && previous.trim() !== '') {
      out.push(''); // the line above is the heading
    } else {
      const heading = HEADING.exec(line);
      let text = heading ? (heading[1] ?? '') : line.replace(QUOTE, '').replace(BULLET, '$1- ');
      if (/^\s*\|.*\|\s*$/.test(text)) text = tableRow(text);
      out.push(stripInline(text).trimEnd());
    }
  }
  return out.join('\n').trimEnd();
}
