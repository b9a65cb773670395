// Round 26c (issue 9, class 1): guidance written for employers. A questions-and-answers page "for
// Employers" under a line naming its author ("Prepared by the ... Peer Support Providers - <region>")
// is a document: an author's line is no job's header line, and "we strongly recommend" advises.
// Each case failed on the session's start commit (01b02e7) except the guard, which says so.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

describe('guidance for employers', () => {
  const faq = [
    'Hiring Peer Support Staff: Questions and Answers for Employers',
    'Prepared by the Network of Peer Support Providers - Ohio Valley Region',
    '',
    'Many agencies are hiring peer specialists for the first time, and they ask us the same things. Our answers follow.',
    '',
    'Q: Can we ask for lived experience?',
    'A: Yes. Put it in the minimum qualifications and name the kind of experience the job needs.',
    '',
    'Q: Can peers do drug screens when we are short of staff?',
    'A: We strongly recommend against it: it puts the peer in a monitoring role.',
    '',
    'Q: What should we pay?',
    'A: Pay peer staff a living wage, at least what other entry-level direct care staff earn.',
  ].join('\n');

  it('a questions-and-answers page "for Employers" is a document about peer work', () => {
    const r = analyze(faq);
    expect(r.document.kind).toBe('about-peer-work');
    expect(r.findings.filter((f) => f.ruleId.startsWith('duty-'))).toEqual([]);
  });
  it('"we strongly recommend" is advice, as "we recommend" is', () => {
    const r = analyze(faq);
    expect(r.document.evidence.join(' ')).toContain('strongly recommend');
  });
  it('guard (passed before): a job header line under a how-to title still heads a job', () => {
    const text = [
      'How to Become a Family Peer Advocate',
      'Family Peer Advocate - Riverbend Family Services',
      '',
      'Pay: $21 an hour, full time. Apply online.',
      '',
      'Responsibilities',
      '- Meet parents and caregivers where they are and support the goals they choose',
      '',
      'Qualifications',
      '- Lived experience raising a son or daughter who has behavioral health needs',
    ].join('\n');
    expect(analyze(text).document.kind).toBe('peer-posting');
  });
});
