// Mixed documents for the audit benchmark: posting-like texts written as .txt, .md and .html,
// plus a few PDF and DOCX files, deterministic for a given count (seeded generator).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { docxFromText, pdfFromText } from '../tests/fixtures/sample-documents.js';
import { createRng } from './prng.js';

const TITLES = [
  'Peer Support Specialist',
  'Recovery Coach',
  'Family Partner',
  'Youth Peer Advocate',
  'Certified Peer Specialist',
  'Program Assistant',
];
const SENTENCES = [
  'You will build mutual, trusting relationships with people in recovery.',
  'Share your own recovery story when it helps someone see that recovery is possible.',
  'Help people set their own goals and connect with the community resources they choose.',
  'Co-facilitate support groups and wellness workshops in the community.',
  'Complete psychosocial assessments for new clients within 48 hours.',
  'Monitor medication compliance and report concerns to the treatment team.',
  'Drive clients to appointments and file paperwork for the front desk.',
  'Enforce program rules and report residents who break them.',
  'Work with the severely mentally ill and addicts in our residential program.',
  'Candidates must be free of psychiatric hospitalization for two years.',
  'Lived experience of recovery from a mental health or substance use condition is required.',
  'Lived experience is preferred but not required.',
  'A high school diploma or equivalent is required.',
  'Pay is $21 to $25 per hour with full benefits.',
  'Our agency serves adults, youth and families across the county.',
  'Peers advocate alongside the people they support, never on behalf of the agency against them.',
  'Attend weekly supervision with a supervisor who has worked as a peer.',
  'Document each contact in the electronic health record by the end of the day.',
  'Some people we serve are suffering from schizophrenia or bipolar disorder.',
  'The coach supports people who use drugs without judgement.',
];

function postingText(random: () => number): { title: string; paragraphs: string[] } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 4) }, () =>
    Array.from({ length: 3 + Math.floor(random() * 5) }, () => pick(SENTENCES)).join(' '),
  );
  return { title: pick(TITLES), paragraphs };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type BenchFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** Every 50th document is a PDF and every 50th (offset by 25) a DOCX; the rest rotate txt, md, html. */
function formatOf(i: number): BenchFormat {
  if (i % 50 === 7) return 'pdf';
  if (i % 50 === 32) return 'docx';
  return (['txt', 'md', 'html'] as const)[i % 3]!;
}

/** Writes `count` documents under `dir` (in ten subfolders); returns how many of each format. */
export async function writeBenchCorpus(dir: string, count: number, seed = 1): Promise<Record<BenchFormat, number>> {
  const random = createRng(seed).next;
  const counts: Record<BenchFormat, number> = { txt: 0, md: 0, html: 0, pdf: 0, docx: 0 };
  for (let i = 0; i < count; i++) {
    const { title, paragraphs } = postingText(random);
    const format = formatOf(i);
    counts[format] += 1;
    const folder = join(dir, `batch-${i % 10}`);
    await mkdir(folder, { recursive: true });
    const path = join(folder, `doc-${String(i).padStart(5, '0')}.${format}`);
    const plain = [title, ...paragraphs].join('\n\n');
    let content: string | Uint8Array;
    if (format === 'pdf') content = await pdfFromText(plain);
    else if (format === 'docx') content = await docxFromText([title, ...paragraphs].join('\n'));
    else if (format === 'md') content = `# ${title}\n\n${paragraphs.join('\n\n')}\n`;
    else if (format === 'html')
      content = `<!DOCTYPE html><html><head><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`;
    else content = `${plain}\n`;
    await writeFile(path, content);
  }
  return counts;
}
