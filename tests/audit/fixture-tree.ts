// A folder of agency documents in the formats agencies publish, made fresh in a temp dir:
// PDF and DOCX generated from text, Markdown and HTML in nested folders, a Windows-1252 and a
// UTF-16 text file, a corrupt, an encrypted and an empty file, plus things the walk must skip
// (an image, a hidden folder, node_modules, a link out of the tree, a link loop).
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { docxFromText, pdfFromText } from '../fixtures/sample-documents.js';

export const PDF_TEXT = `Peer Support Specialist

The Peer Support Specialist works with adults living with mental health conditions at our clinic.
Duties include completing psychosocial assessments and monitoring medication compliance.
Candidates must not be addicts and must have two years free of psychiatric hospitalization.

Lived experience of recovery is preferred.`;

export const DOCX_TEXT = `Recovery Coach
Full-time, 40 hours per week.
Our recovery coaches walk alongside people in recovery from substance use.
Coaches report clients who are non-compliant and help staff keep addicts in line.
Personal lived experience of recovery from addiction is required.`;

export const MD_TEXT = `# Youth Peer Advocate

We are hiring a **youth peer advocate** (ages 18–25) to support young people.

- Share your own story when it helps
- Supervise the youth and enforce program rules for the mentally ill teens we serve
- Lived experience as a young person who used mental health services is required`;

/** Visible page text that looks like markup: it must come out of every report as text. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

export const HTML_PAGE = `<!DOCTYPE html><html><head><title>Family Partner</title>
<script src="https://tracker.example/t.js"></script></head><body><main>
<h1>Family Partner</h1>
<p>The family partner supports parents of children in services. ${HOSTILE.replace(/</g, '&lt;').replace(/>/g, '&gt;')} Parents of addicts welcome.</p>
<p>Lived experience as a parent or caregiver of a child with behavioral health needs is required.</p>
</main></body></html>`;

/** Curly quotes and an en dash: bytes 0x93 0x94 0x96 in Windows-1252, invalid as UTF-8. */
export const CP1252_TEXT =
  'Agency policy: staff are \u201cpeer specialists\u201d \u2013 never leave a \u201cjunkie\u201d or a schizophrenic.\n';
// The label is used, not named: "the lunatic label" names it to reject it and is not flagged.
export const UTF16_TEXT = 'Onboarding: peers never treat a person as a diagnosis. The old intake notes called one resident a lunatic.\n';
/** A document whose file name is markup. */
export const HOSTILE_NAME = `${HOSTILE}.txt`;

export interface FixtureTree {
  root: string;
  /** The folder to audit. */
  agency: string;
  expected: { documents: number; analyzed: number; errors: number; skippedFiles: number };
}

async function put(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** A PDF whose trailer says it is encrypted (with made-up keys): PDF.js asks for a password. */
export function markEncrypted(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>\n/ID [<${'0f'.repeat(16)}> <${'0f'.repeat(16)}>]\n`;
  if (!text.includes('trailer\n<<')) throw new Error('expected a classic PDF trailer');
  return Buffer.from(text.replace('trailer\n<<', `trailer\n<<\n${encrypt}`), 'latin1');
}

export async function makeFixtureTree(): Promise<FixtureTree> {
  const root = await mkdtemp(join(tmpdir(), 'peerlens-audit-'));
  const agency = join(root, 'agency');
  const pdf = await pdfFromText(PDF_TEXT);
  await put(join(agency, 'postings/peer-specialist.pdf'), pdf);
  await put(join(agency, 'postings/recovery-coach.docx'), await docxFromText(DOCX_TEXT));
  await put(join(agency, 'postings/county/youth/youth-advocate.md'), MD_TEXT);
  await put(join(agency, 'postings/county/family-partner.html'), HTML_PAGE);
  await put(join(agency, 'postings', HOSTILE_NAME), 'Peer mentor wanted. No addicts.\n');
  await put(join(agency, 'policies/legacy-policy.txt'), iconv.encode(CP1252_TEXT, 'windows-1252'));
  await put(join(agency, 'policies/onboarding.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_TEXT, 'utf16le')]));
  await put(
    join(agency, 'broken/scan.pdf'),
    Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256))]),
  );
  await put(join(agency, 'broken/locked.pdf'), markEncrypted(pdf));
  await put(join(agency, 'broken/empty.txt'), '');
  // Skipped: not a document type, hidden, node_modules, a link out of the tree, a loop.
  await put(join(agency, 'images/logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  await put(join(agency, '.archive/old-posting.txt'), 'Addicts need not apply.\n');
  await put(join(agency, 'node_modules/pkg/readme.md'), '# A package\n');
  await put(join(root, 'outside.txt'), 'Outside the audited folder: the lunatic fringe.\n');
  await symlink(join(root, 'outside.txt'), join(agency, 'postings/outside-link.txt'));
  await symlink(join(agency, 'postings/county/youth/youth-advocate.md'), join(agency, 'postings/same-as-youth.md'));
  await symlink(agency, join(agency, 'policies/loop'));
  return { root, agency, expected: { documents: 10, analyzed: 7, errors: 3, skippedFiles: 1 } };
}
