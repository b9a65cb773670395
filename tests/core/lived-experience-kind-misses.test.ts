// Texts of the lived-experience rounds that the document kind reads as pages about peer work, so
// their lived experience is never read. Each is expected to fail: when a change of the document
// kind fixes one, this test says so, and the text moves back to its round. With a pay line added,
// each reads as a posting and its lived experience reads as written here (checked by hand).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const misses: { name: string; text: string }[] = [
  {
    name: 'hospital table: lived experience in the Required column',
    text: 'Peer Support Specialist - Behavioral Health Unit\nSt. Anselm Medical Center\n\n| Qualification | Required | Preferred |\n|---|---|---|\n| Education | High school diploma or GED | Associate degree |\n| Experience | Self-identified lived experience of mental illness and recovery | One year of peer support work |\n| License | None | State peer certification |',
  },
  {
    name: 'UK occupational requirement: the post is open only to people with lived experience',
    text: 'Peer Support Worker\nEastfield NHS Foundation Trust\nBand 3\n\nThis post is open only to applicants with personal lived experience of mental health problems. This is an occupational requirement under Schedule 9 of the Equality Act 2010.\n\nYou will work alongside the community mental health team.',
  },
  {
    name: 'UK: lived experience as an essential requirement in brackets',
    text: 'Lived Experience Practitioner\nNorthmoor Mental Health Partnership\n£25,000 - £27,000\n\nAbout you\nYou will have lived experience of mental health difficulties (this is an essential requirement of the role) and be able to use it safely to support others.',
  },
];

describe('round texts the document kind reads as pages (lived experience required)', () => {
  for (const c of misses)
    it.fails(c.name, () => {
      const r = analyze(c.text);
      expect({ kind: r.document.kind, le: r.livedExperience.status }).toEqual({ kind: 'peer-posting', le: 'required' });
    });
});
