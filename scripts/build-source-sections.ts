// Writes lexicons/source-sections.json: for each document we hold a text copy of, the line
// where each of its sections starts and the section's heading. Readers never have our copies,
// so citations of their lines are shown as these headings; the copies themselves stay out of
// the repository. Run after a copy or its heading style changes:
//   tsx scripts/build-source-sections.ts [folder holding the copies, default ../shared]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sourcesFile from '../lexicons/sources.json' with { type: 'json' };
import { detectHeadings, type Heading, type HeadingStyle, titleCase } from './source-sections/detect-headings.js';
import { type ListedStart, type PageRun, pagesFromFooters, pagesFromListedStarts } from './source-sections/detect-pages.js';

/**
 * Lines each copy has that look like headings but are not: fields of a sample posting, the
 * column and row labels of a chart (the handbook's "Is that really part of a ‘peer’ role?").
 */
const NOT_HEADINGS: Record<string, RegExp[]> = {
  'samhsa-jd-tool': [/^Anytown /, /^Reports to /, /^Recovery Coach$/, /^Peer Specialist–Treatment Courts$/, /^Recovery Interventionist/],
  'wise-toolkit': [
    /^Date Acquired/,
    /^Job: /,
    /^Category \d+:?$/,
    /^Population Served Lived Experience Required$/,
    /^Recovery-oriented Is Recovery-oriented Is Not$/,
    // the same sub-headings under every category and guideline: the category or guideline is the place
    /^Breaking It Down: What Is It\?$/,
    /^The Bigger Picture: Why It Matters$/,
    /^Challenges$/,
    /^Types of Peer Positions Recovery-oriented Work Culture$/,
  ],
  'wise-employer': [/^The ideal candidate/, /^Included Tools and Handouts$/i],
  'wise-training': [/^What are some other ways/],
  'peer-handbook': [
    /^(?:Not )?Consistent with Peer Role$/,
    /^Giving Rides$/,
    /^Social Events$/,
    /^Information Sharing$/,
    /^Team Participation$/,
  ],
};

/** Headings the copy's style misses: a question as a heading, a one-word heading, numbered categories. */
const ALSO_HEADINGS: Record<string, RegExp[]> = {
  'peer-handbook': [
    /^Is that really part of a ‘peer’ role\?$/,
    /^Is that Really a Part of the Peer Role\?: The Why of It$/,
    /^Recruitment$/,
  ],
  'samhsa-jd-tool': [/^Category \d+\. [A-Z]/],
  'wise-toolkit': [
    /^CATEGORY \d+: [A-Z]/,
    /^Guideline \d+: [A-Z]/,
    /^The Old Worldview Hides in Our Language$/,
    /^Pre-Application Considerations$/,
    /^COVER LETTER TEMPLATE$/,
    /^SAMPLE INTERVIEW QUESTIONS$/,
    /^RECOVERY-ORIENTED WORK CULTURE$/,
  ],
};

/**
 * Sub-headings the document repeats under every competency ("Breaking it Down: What is it?"):
 * shown with the competency they belong to, the nearest heading above on a line like `parent`.
 */
const UNDER_PARENT: Record<string, { sub: RegExp; parent: RegExp }> = {
  'wise-employer': { sub: /^(?:Breaking it Down: What is it\?|The Bigger Picture: Why it Matters)$/i, parent: /^## (?!RESOURCES)/ },
};

function underParent(lines: string[], headings: Heading[], rule: { sub: RegExp; parent: RegExp } | undefined): Heading[] {
  if (!rule) return headings;
  return headings.map((h) => {
    if (!rule.sub.test(h.heading)) return h;
    const parent = headings.filter((p) => p.line < h.line && rule.parent.test(lines[p.line - 1] ?? '')).at(-1);
    return parent ? { ...h, heading: `${parent.heading} — ${h.heading}` } : h;
  });
}

/**
 * Box titles the copy printed after their box's text (a PDF's reading order): the section opens
 * where the box's text starts. The title must stand on a line of the copy.
 */
const PLACED_HEADINGS: Record<string, { heading: string; opens: RegExp }[]> = {
  'wise-toolkit': [{ heading: 'Types of Peer Positions', opens: /^While peers can work in many types of roles/ }],
};

function placedHeadings(lines: string[], placed: { heading: string; opens: RegExp }[] = []): Heading[] {
  const clean = lines.map((l) => l.replace(/\s+/g, ' ').trim());
  return placed.map(({ heading, opens }) => {
    if (!clean.some((l) => l.toLowerCase() === heading.toLowerCase())) throw new Error(`no line of the copy reads "${heading}"`);
    const index = clean.findIndex((l) => opens.test(l));
    if (index < 0) throw new Error(`no line of the copy opens "${heading}" (${opens})`);
    return { line: index + 1, heading };
  });
}

/** Headings the printed document repeats at the top of each page: only the first opens a section. */
const RUNNING_HEADERS: Record<string, RegExp[]> = {
  'samhsa-jd-tool': [/^Appendix \d+\. /],
};

/** Where the copy kept the printed pages (see detect-pages.ts); sources.json says why the others give none. */
const WISE_EMPLOYER_HANDOUTS: ListedStart[] = [
  { listed: 'How Recovery Oriented is Your Workplace?', starts: /^## HOW RECOVERY-ORIENTED IS YOUR WORKPLACE\?/ },
  { listed: 'Recovery Infographic', starts: /^# RECOVERY\s*$/ },
  { listed: 'SAMHSA’s Working Definition of Recovery', starts: /^\*\*SAMHSA's WORKING DEFINITION OF\s*$/ },
  { listed: 'Analyzing Leadership Challenges: Root Cause Analysis', starts: /^## ANALYZING LEADERSHIP CHALLENGES/ },
  {
    listed: 'Agency Policies and Practices that Address the 13 Psychosocial Risk Factors at Work',
    starts: /^## \*\*AGENCY POLICIES AND PRACTICES/,
  },
  { listed: 'WISE Professional Development Training Menu', starts: /^## PROFESSIONAL DEVELOPMENT TRAINING MENU/ },
  { listed: 'Recommended Peer Onboarding Procedures', starts: /^## RECOMMENDED PEER ONBOARDING PROCEDURES/ },
  { listed: 'Creating a Collaborative Workplan – Checklist', starts: /^## CREATING A COLLABORATIVE WORK PLAN/ },
  { listed: 'Collaborative Workplan', starts: /^## COLLABORATIVE WORK PLAN/ },
  { listed: 'Sample Peer Employee Performance Evaluation', starts: /^## SAMPLE PEER EMPLOYEE PERFORMANE EVALUATION/ },
  { listed: 'Sample Job Announcement/Description', starts: /^\*\*JOB ANNOUNCEMENT: PEER PARTNER SPECIALIST/ },
  { listed: 'SAMHSA’s Core Competencies for Peer Workers in Behavioral Health Settings', starts: /^BRINGING RECOVERY SUPPORTS TO SCALE/ },
];

const PAGES: Record<string, (lines: string[]) => PageRun[]> = {
  'wise-toolkit': (lines) => pagesFromFooters(lines, /\| 2019 WISE PEER TOOLKIT FOR WORKPLACE SUCCESS \| WWW\.WISEUP\.WORK (\d+)\s*$/),
  'wise-employer': (lines) => pagesFromListedStarts(lines, WISE_EMPLOYER_HANDOUTS),
};

/** A heading the copy wrapped over two lines ("… services, and" / "supports") is joined; capitals read in title case. */
function alsoHeadings(lines: string[], patterns: RegExp[] = []): Heading[] {
  const out: Heading[] = [];
  lines.forEach((line, i) => {
    let text = line.replace(/\s+/g, ' ').trim();
    if (!patterns.some((re) => re.test(text))) return;
    const next = (lines[i + 1] ?? '').replace(/\s+/g, ' ').trim();
    if (/(?:,|\band|\bor|\bof|\bto|\brelated)$/.test(text) && next !== '' && next.length < 60) text = `${text} ${next}`;
    const shown = /[a-z]/.test(text)
      ? text.replace(/^([A-Z])([A-Z]+)\b/, (_, a: string, b: string) => a + b.toLowerCase())
      : titleCase(text);
    out.push({ line: i + 1, heading: shown });
  });
  return out;
}

function headingsOf(text: string, id: string, style: HeadingStyle): Heading[] {
  const found = detectHeadings(text, style, NOT_HEADINGS[id]);
  const lines = text.split(/\r?\n/);
  const also = [...alsoHeadings(lines, ALSO_HEADINGS[id]), ...placedHeadings(lines, PLACED_HEADINGS[id])].filter(
    (h) => !found.some((f) => f.line === h.line),
  );
  const running = RUNNING_HEADERS[id] ?? [];
  const seen = new Set<string>();
  return underParent(lines, [...found, ...also], UNDER_PARENT[id])
    .sort((a, b) => a.line - b.line)
    .filter((h) => {
      if (!running.some((re) => re.test(h.heading))) return true;
      const again = seen.has(h.heading);
      seen.add(h.heading);
      return !again;
    });
}

export const SOURCE_SECTIONS_FILE = fileURLToPath(new URL('../lexicons/source-sections.json', import.meta.url));

/** How each copy marks its headings (each was extracted from a different layout). */
const HEADING_STYLES: Record<string, HeadingStyle> = {
  'wise-toolkit': 'capitals',
  'peer-handbook': 'title-lines',
  'wise-training': 'topic-lines',
  'samhsa-jd-tool': 'title-lines',
  'wise-employer': 'markdown',
};

export function sourceSectionsJson(copiesFolder: string): string {
  const sections: Record<string, [number, string][]> = {};
  const pages: Record<string, PageRun[]> = {};
  for (const source of sourcesFile.sources) {
    if (!('file' in source) || !source.file) continue;
    const style = HEADING_STYLES[source.id];
    if (!style) throw new Error(`no heading style for "${source.id}" in scripts/build-source-sections.ts`);
    const text = readFileSync(resolve(copiesFolder, source.file), 'utf8');
    sections[source.id] = headingsOf(text, source.id, style).map((h) => [h.line, h.heading]);
    const runs = PAGES[source.id]?.(text.split(/\r?\n/));
    if (runs) pages[source.id] = runs;
  }
  const block = (entries: [string, unknown[]][]) =>
    entries
      .map(([id, list]) => `    ${JSON.stringify(id)}: [\n${list.map((s) => `      ${JSON.stringify(s)}`).join(',\n')}\n    ]`)
      .join(',\n');
  return [
    '{',
    '  "$comment": "Generated by scripts/build-source-sections.ts: per source, sections as [line where a section starts in our text copy, the section\'s heading]; pages as [first line, last line, first printed page, last printed page], only where the copy kept page numbers.",',
    `  "sections": {\n${block(Object.entries(sections))}\n  },`,
    `  "pages": {\n${block(Object.entries(pages))}\n  }`,
    '}',
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = process.argv[2] ?? fileURLToPath(new URL('../../shared', import.meta.url));
  writeFileSync(SOURCE_SECTIONS_FILE, sourceSectionsJson(folder));
  console.log(`section map written to lexicons/source-sections.json from ${folder}`);
}
