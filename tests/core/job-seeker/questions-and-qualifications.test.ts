// The questions a job seeker is offered and the "do I qualify?" checklist, on short postings
// written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const MONITOR = [
  'Peer Support Specialist',
  'Use your own lived experience of recovery from a mental health condition to support adults at our clinic; share your story to inspire hope.',
  'Responsibilities:',
  '- Collect urine samples from participants and report on participants to the court.',
  '- Link people to housing and benefits.',
  'Qualifications:',
  '- Lived experience of recovery from a mental health condition is required.',
  '- Must pass a criminal background check and fingerprinting.',
  "- Valid driver's license required.",
  '- High school diploma or GED.',
  '- Must obtain peer certification within 6 months of hire.',
  '- Two years clean and sober required.',
].join('\n');

const GOOD = [
  'Peer Support Specialist',
  'Join our peer support team of six peer specialists. You will report to the Peer Services Director, a peer supervisor with lived experience.',
  'Use your lived experience of recovery from a mental health condition to offer mutual support, share your story, and link people to resources.',
  'Qualifications: Lived experience of recovery from a mental health condition is required. High school diploma or GED preferred.',
  'Pay: $24-$27 per hour with benefits. Career ladder to Senior Peer Specialist.',
  'How to apply: send a letter to our office.',
].join('\n');

describe('job seeker view of a posting', () => {
  it("names the conflicting duties in the posting's own words, without internal ids", () => {
    const { jobSeeker } = analyze(MONITOR);
    expect(jobSeeker.verdict).toBe('peer-role-with-concerns');
    const reasons = jobSeeker.reasons.join(' ');
    // the clause's verb is kept, and the words are quoted as the posting has them
    expect(reasons).toContain('“collect urine samples from participants and report on participants to the court”');
    expect(jobSeeker.reasons.length).toBeGreaterThanOrEqual(2);
    expect(jobSeeker.reasons.length).toBeLessThanOrEqual(3);
    expect(reasons).not.toMatch(/duty-|barrier-|le-|\{items\}/);
  });

  it('asks about the duties, who supervises, pay and history, each with a source in the seeds', () => {
    const { jobSeeker } = analyze(MONITOR);
    const texts = jobSeeker.questions.map((q) => q.text);
    expect(texts.find((t) => /urine samples/i.test(t))).toBeTruthy();
    expect(texts.some((t) => /supervise me/i.test(t))).toBe(true);
    expect(texts.some((t) => /pay/i.test(t))).toBe(true);
    const history = jobSeeker.questions.find((q) => /my past/.test(q.text))!;
    expect(history.text).toMatch(/clean and sober|background/i);
    expect(history.findings).toContain('barrier-years-clean');
    for (const q of jobSeeker.questions) {
      expect(q.why.length).toBeGreaterThan(10);
      expect(q.sources.length).toBeGreaterThan(0);
    }
  });

  it('leaves out the questions a posting already answers', () => {
    const { jobSeeker } = analyze(GOOD);
    expect(jobSeeker.verdict).toBe('peer-role');
    const texts = jobSeeker.questions.map((q) => q.text).join('\n');
    expect(texts).not.toMatch(/What does the job pay/);
    expect(texts).not.toMatch(/other peer staff/);
    expect(texts).not.toMatch(/path from this job/);
    expect(texts).toMatch(/my own story/);
    expect(jobSeeker.reasons[0]).toBe('It requires lived experience of recovery from a mental health challenge.');
  });

  it('lists what the posting asks of an applicant, marking the barriers', () => {
    const items = new Map(analyze(MONITOR).jobSeeker.qualifications.map((q) => [q.item, q]));
    // a mental health recovery and "two years clean and sober": both kinds are asked for
    expect(items.get('Lived experience of a mental health or substance use challenge')).toMatchObject({
      status: 'required',
      barrier: false,
    });
    expect(items.get('Background check')).toMatchObject({ status: 'required', barrier: true });
    expect(items.get("Driver's license and a car")).toMatchObject({ barrier: true });
    expect(items.get('A fixed time in recovery')).toMatchObject({ barrier: true, text: expect.stringContaining('Two years clean') });
    expect(items.get('Peer certification')?.text).toContain('within 6 months');
    expect(items.get('Education')).toMatchObject({ barrier: false });
    const good = new Map(analyze(GOOD).jobSeeker.qualifications.map((q) => [q.item, q]));
    expect(good.get('Education')).toMatchObject({ status: 'preferred', barrier: false });
    expect(good.has('Background check')).toBe(false);
  });

  it('names mental health and substance use once, with the other kinds an invitation adds', () => {
    const text =
      'Peer Support Specialist\nRiverbend | $19/hr\n\nQualifications\n- Lived experience of recovery from a mental health condition is preferred.\n\nPeople with lived experience of mental health conditions, substance use, homelessness or the justice system are encouraged to apply.';
    const items = analyze(text).jobSeeker.qualifications.map((q) => q.item);
    expect(items).toContain('Lived experience of a mental health or substance use challenge');
    expect(items.join('\n')).not.toMatch(/substance use.*substance use/);
  });

  it('does not call a license a barrier when driving is part of the job', () => {
    const driving = MONITOR.replace('- Link people to housing and benefits.', '- Drive people to appointments they ask for help with.');
    const items = new Map(analyze(driving).jobSeeker.qualifications.map((q) => [q.item, q]));
    expect(items.get("Driver's license and a car")).toMatchObject({ barrier: false });
  });

  it('reads an age range for a youth role', () => {
    const youth =
      'Youth Peer Advocate\nShare your own lived experience as a young person who has used mental health services to support youth ages 16 to 24.\nQualifications: Must be between the ages of 18 and 25. Lived experience required.\nPay: $21 per hour. Apply online.';
    const age = analyze(youth).jobSeeker.qualifications.find((q) => q.item === 'Age range');
    expect(age?.text).toContain('between the ages of 18 and 25');
  });

  it('does not list the ages of the people served as an age range asked of the applicant', () => {
    const parent =
      'Family Support Partner\nOur team helps children ages 5 to 17 with emotional challenges stay in school.\nQualifications: Parent or caregiver of a child who has received mental health services, required.\nPay: $20 per hour. Apply online.';
    const items = analyze(parent).jobSeeker.qualifications.map((q) => q.item);
    expect(items).not.toContain('Age range');
    expect(items.some((i) => i.startsWith('Lived experience'))).toBe(true);
  });

  it('gives no questions or checklist for a document that is not a posting', () => {
    const doc =
      'What Is a Peer Support Specialist?\nThis tip sheet explains what peer support specialists do and how peer support helps people in recovery. It answers common questions from families.';
    const { jobSeeker } = analyze(doc);
    expect(jobSeeker.verdict).toBe('not-a-posting');
    expect(jobSeeker.questions).toEqual([]);
    expect(jobSeeker.qualifications).toEqual([]);
    expect(jobSeeker.reasons[0]).toMatch(/not as a job posting/);
  });
});
