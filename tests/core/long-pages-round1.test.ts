// Long pages (session 10, long): a page offering several numbered positions is read one position
// at a time, and a family member's story counts as the story a peer shares. Texts written for
// these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const rules = (text: string) => new Set(analyze(text).findings.map((f) => f.ruleId));

const PAGE_TOP = `Maple Grove Children's Center - Jobs
Home | About | Careers

Two jobs are open on our family team this month.

`;
const PEER_PART = `Job 1: Family Peer Partner
Full time, Eastgate office

Summary
You will stand beside parents whose kids get mental health care from us.

Duties
- Visit parents at home and at school meetings when they ask
- Run a parent circle every other week
- Help parents find respite care and parent classes

Requirements
Lived experience as the parent or caregiver of a child with mental health needs is required. High school diploma.
`;
const CLINICIAN_PART = `Job 2: Child Therapist (LCSW)
Full time, Eastgate office

Summary
The therapist works with the same families.

Duties
- Diagnose mental health conditions in children
- Write treatment plans with each family
- Provide family therapy every week

Requirements
Master's degree in social work and a state license.
`;
const CLINICAL = ['duty-diagnose', 'duty-treatment-plans', 'duty-therapy', 'barrier-degree-required'];

describe('several numbered positions on one page', () => {
  it("does not read a second position's clinical duties or degree as the peer job's", () => {
    const report = analyze(`${PAGE_TOP}${PEER_PART}\n${CLINICIAN_PART}\nBenefits for both jobs: health coverage for you and your family.`);
    expect(report.document.kind).toBe('peer-posting');
    const found = new Set(report.findings.map((f) => f.ruleId));
    for (const r of CLINICAL) expect(found.has(r), r).toBe(false);
  });

  it("reads the peer job's own part, and a clinical duty in it still counts", () => {
    const peer = PEER_PART.replace('- Run a parent circle', '- Give children their evening medications\n- Run a parent circle');
    const report = analyze(`${PAGE_TOP}${peer}\n${CLINICIAN_PART}`);
    expect(report.document.kind).toBe('peer-posting');
    expect(report.findings.map((f) => f.ruleId)).toContain('duty-medication-administration');
  });

  it('trap: one numbered label alone is a heading, and the duties under it are read', () => {
    const one = PEER_PART.replace('- Run a parent circle', '- Diagnose mental health conditions in children\n- Run a parent circle');
    expect(rules(`${PAGE_TOP}${one}`).has('duty-diagnose')).toBe(true);
  });

  it('trap: a position named without a number is not a label, so the duties are read', () => {
    const unnumbered = `${PAGE_TOP}${PEER_PART}\n${CLINICIAN_PART}`.replace('Job 1: ', 'Job: ').replace('Job 2: ', 'Job: ');
    const report = analyze(unnumbered);
    expect(report.document.kind).toBe('peer-posting');
    expect(report.findings.map((f) => f.ruleId)).toContain('duty-diagnose');
  });
});

describe("a family member's story is the story a family peer shares", () => {
  const base = (line: string) => `Family Support Partner
Riverside Family Alliance
The Family Support Partner helps relatives of adults living with a mental health condition.
- Lead family education classes and evening support groups
- Connect families to housing and legal resources
Requirements
- Lived experience as a family member of an adult with a mental health condition. Required.
- ${line}
`;

  it('counts "comfortable sharing your family\'s story" and "share your own family\'s experience"', () => {
    expect(rules(base("Comfortable sharing your family's story in classes.")).has('le-no-willingness-to-share')).toBe(false);
    expect(rules(base("Able to share your own family's experience when it helps.")).has('le-no-willingness-to-share')).toBe(false);
  });

  it('trap: sharing family resources or family news is not sharing a story', () => {
    expect(rules(base('Share family resources and news with each caller.')).has('le-no-willingness-to-share')).toBe(true);
  });
});

const peerPosting = (duties: string, extra = '') => `Recovery Coach
Harbor House

Summary
The recovery coach supports residents in their recovery and helps them find mutual-aid meetings.

Duties
${duties}
- Lead daily recovery groups.

Requirements
Personal lived experience of recovery from a substance use disorder is required.
${extra}`;

describe('pay stated inside a benefits list', () => {
  it('reads a sum per hour as pay though other items of the sentence are tuition or reimbursement', () => {
    const text = peerPosting(
      '- Meet residents one-on-one.',
      '\nTotal rewards\nCompetitive pay ($20.00 to $26.00 per hour), medical and dental plans, tuition reimbursement and a pension.\n',
    );
    expect(rules(text).has('role-no-pay')).toBe(false);
  });

  it('trap: a sum for tuition alone in the benefits list states no pay', () => {
    const text = peerPosting(
      '- Meet residents one-on-one.',
      '\nTotal rewards\nCompetitive pay, medical and dental plans, and tuition reimbursement of $5,000, plus a pension.\n',
    );
    expect(rules(text).has('role-no-pay')).toBe(true);
  });

  it('trap: a bonus per year in its own list item is still not pay', () => {
    const text = peerPosting(
      '- Meet residents one-on-one.',
      '\nPerks\nCompetitive pay, a $1,000 retention bonus each year, and free parking.\n',
    );
    expect(rules(text).has('role-no-pay')).toBe(true);
  });
});

describe("a request by staff is not the person's request", () => {
  it('reads room searches asked for by the program director as enforcing rules', () => {
    expect(
      rules(peerPosting('- Conduct room searches with the house lead when asked by the program director.')).has('duty-enforce-rules'),
    ).toBe(true);
  });

  it("trap: help given when the resident asks stays the person's wish", () => {
    expect(
      rules(peerPosting('- Help residents sort and store their belongings when asked by the resident.')).has('duty-enforce-rules'),
    ).toBe(false);
  });
});

describe("a team's shared phone is reception work", () => {
  it('reads "answer the team phone" as routine phones', () => {
    expect(rules(peerPosting('- Answer the team phone line during office hours.')).has('duty-phones-reception')).toBe(true);
  });

  it("trap: answering the team's questions or the peer warmline is not", () => {
    const found = rules(peerPosting("- Answer the team's questions about peer support.\n- Answer the peer warmline in the evening."));
    expect(found.has('duty-phones-reception')).toBe(false);
  });
});
