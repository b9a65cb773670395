// The document's kind is reported with the line or sentence that decided it, first, so the popup
// (which shows the first item) and the reports say why in the text's own words. And who the job
// is: a title or opening sentence that names a job no list knows, the first role an offer to hire
// names, "peer" alone in a title. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const first = (text: string) => analyze(text).document.evidence[0] ?? '';

describe('the evidence quotes what decided the kind', () => {
  it('a peer title', () => {
    const text = 'Peer Support Specialist – Adult Services\nFull-time, $19.50/hr. Apply online.\nHelp adults reach the goals they choose.';
    expect(first(text)).toBe('the title names a peer role: "Peer Support Specialist – Adult Services"');
  });

  it('a title that names another job', () => {
    const text =
      'Housing Specialist\nFull-time, $21/hr.\nWorks closely with our peer navigators to help tenants move in. To apply, send your resume.';
    const r = analyze(text);
    expect(r.document.kind).toBe('non-peer-posting');
    expect(r.document.evidence[0]).toBe('the title names another job, not a peer role: "Housing Specialist"');
  });

  it('a job named as the subject of the opening sentence', () => {
    const text =
      'The Front Desk Coordinator greets everyone who visits the clinic and hands people over to our peer specialists.\nPart-time, $17 an hour. To apply, send your resume.';
    const r = analyze(text);
    expect(r.document.kind).toBe('non-peer-posting');
    expect(r.document.evidence[0]).toMatch(/^the opening names another job, not a peer role: "The Front Desk Coordinator greets/);
  });

  it('the first role an offer to hire names', () => {
    const text =
      'We are seeking a licensed therapist to join our team of nurses and peer specialists.\nFull-time, $70,000 a year. Email your resume to the clinic.';
    const r = analyze(text);
    expect(r.document.kind).toBe('non-peer-posting');
    expect(r.document.evidence[0]).toMatch(/^an offer to hire names another job, not a peer role: "We are seeking a licensed therapist/);
  });

  it('a long sentence is cut at a word and marked', () => {
    const text = `We are hiring a Peer Recovery Coach to ${'walk beside people in early recovery and '.repeat(6)}more.\nFull-time, $20/hr. Apply today.`;
    const e = first(text);
    expect(e).toMatch(/^an offer to hire names a peer role: "We are hiring a Peer Recovery Coach .* …"$/);
    expect(e.length).toBeLessThan(200);
  });

  it('too few marks of a job offer', () => {
    const text = 'Anyone here work as a peer support specialist?\nThe postings near me pay $17/hr. Is it worth it for the work it asks?';
    const r = analyze(text);
    expect(r.document.kind).toBe('about-peer-work');
    expect(r.document.evidence[0]).toBe(
      'not a job offer: one mark of a job offer, where a posting that names its role only in its sentences has at least 2',
    );
  });

  it('a sum of money is quoted with its sign and range', () => {
    const text = 'Peer Specialist\nPay: $19.00 - $22.00 per hour, full-time.\nSupport adults in recovery.';
    expect(analyze(text).document.evidence.join(' ')).toContain('pay "$19.00 - $22.00 per hour"');
  });
});

describe('who the job is', () => {
  it.each([
    ['Peer Support Volunteer\nVolunteer with us at the drop-in center. To apply, fill out the form on our website.', 'peer-posting'],
    [
      'Director of Operations\nFull-time, $80,000 a year.\nOur peer recovery coaches work in three hospitals. To apply, send a resume.',
      'non-peer-posting',
    ],
    ['Willow House Peer Respite\nA calm place to stay for a few nights. We are hiring! See our careers page.', 'about-peer-work'],
    ['Staff Accountant II\nSalary: $52,000. Our peer supporters staff three centers. To apply, send a resume.', 'non-peer-posting'],
  ])('%s', (text, kind) => expect(analyze(text).document.kind).toBe(kind));

  it('a title naming another job is still a peer job when the text says the job is a peer role', () => {
    const text =
      'Community Support Specialist\nFull-time, $20/hr. To apply, send your resume.\nThis is a peer position: you will use your own recovery to support adults in the community.';
    expect(analyze(text).document.kind).toBe('peer-posting');
  });

  it("an offer for a job no list names is a peer job when a parent's own experience is required", () => {
    const text =
      'We are seeking a Family Support Specialist to walk with parents whose children receive mental health services.\nFull-time, $20/hr. To apply, send your resume.\nRequirements: you must have experience as a parent of a child with mental health needs.';
    expect(analyze(text).document.kind).toBe('peer-posting');
  });

  it('a trap: a job for the subject of the opening when a peer title is that subject', () => {
    const text = 'The Peer Support Specialist works beside our nurses and counselors.\nFull-time, $19/hr. To apply, send your resume.';
    expect(analyze(text).document.kind).toBe('peer-posting');
  });
});

describe('marks that documents about peer work share with job offers', () => {
  it('requirements and how to apply beside a certification exam make a certification page', () => {
    const text =
      'Certified Recovery Mentor\nRequirements\n- Two years in recovery\n- Pass the written exam\nHow to apply\nSend the form to the board.';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });

  it('a trap: with pay, the same page is a posting that mentions the exam', () => {
    const text =
      'Certified Recovery Mentor\nPay: $19/hr, full-time.\nRequirements\n- Two years in recovery\n- Pass the written exam within a year\nHow to apply\nSend your resume to the center.';
    expect(analyze(text).document.kind).toBe('peer-posting');
  });

  it('a staffing plan in a grant application is not a posting', () => {
    const text =
      'If funded, the applicant organization will hire two full-time peer recovery specialists at $21 per hour, supervised by the program coordinator.';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
});
