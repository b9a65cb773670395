// Shapes met in an opened blind set (blind45, family, parent/caregiver and youth peer roles),
// rewritten in our own words (session 19). Read now: a title set in capitals whose cue goes on
// with "FOR ..." ("... A FIELD GUIDE FOR PROGRAM DIRECTORS") names a document; "we will not require a
// clean criminal record"; "like crazy"; "must have a diagnosed mental illness" asks a diagnosis and is
// the lived experience asked; the team an opening lists later ("... a family partner and two
// peer specialists") does not name the job's kind; a preference after ", with experience of
// ..." is that item's; a caregiver peer title serves families, whose people decide between the
// family and the parent kind; caring for an elderly relative is a family member's
// experience; foster care "as a child or teen" is a young person's experience. The caregiver
// mentor for grandparents raising children passed before (a guard).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('what the text is', () => {
  it('a guide whose title is set in capitals names a document', () => {
    const text =
      "COACHING YOUTH PEER MENTORS: A FIELD GUIDE FOR PROGRAM DIRECTORS\nLakeview Youth Network - Edition 3\n\nWhy this guide\nYouth peer mentors are people in their twenties who draw on their own years in the mental health or foster care systems when they support younger people.\n\n1. Who supervises\nMentors are supervised by a senior youth peer mentor whenever possible.\n\n2. What supervision covers\n- When to share one's own story\n- Self-care\n";
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('about-peer-work');
  });
});

describe('category and the kind of experience', () => {
  it("the team an opening lists later does not name the job's kind", () => {
    const text =
      'Fresh Start First Episode Program\nPeer Support Specialist (Young Adult Team)\n\nFresh Start works with people ages 16 to 30 soon after psychosis first appears. The team: a psychiatrist, a therapist, a family partner and two peer specialists. We are hiring for a third peer role.\n\nWhat you will do\n- Help each young person decide what to work on\n- Tell your own story if it could help\n\nQualifications\n- Your own lived experience of mental health struggles in your teens or twenties\n\nPay: $24 an hour, full-time. Apply at our website.\n';
    expect(analyze(text).role.category).toBe('youth');
  });
  it('a preference after ", with experience of ..." is that item\'s', () => {
    const text =
      'Peer Support Specialist\nNorthgate Clinic | $22 an hour | full time\n\nWhat you will do\n- Tell your own story if it could help\n- Help people set goals of their own\n\nQualifications\n- Lived experience of depression or anxiety in early adulthood, with experience of hearing voices strongly valued\n- High school diploma or GED\n';
    expect(analyze(text).livedExperience.status).toBe('required');
  });
  const caregiver = (served: string, asked: string) =>
    `Caregiver Peer Mentor\nBrookfield Community Services | $19 an hour | 30 hours a week\n\nOur program supports ${served}.\n\nWhat you will do\n- Offer one-on-one peer support to caregivers by phone and in person\n- Lead a monthly caregiver support group\n\nQualifications\n- ${asked}\n`;
  it('a caregiver peer mentor for the families of older adults is a family role', () =>
    expect(
      analyze(caregiver('family caregivers of older adults living with depression or dementia', 'High school diploma')).role.category,
    ).toBe('family'));
  it('a caregiver peer mentor for grandparents raising children is a parent role (guard)', () =>
    expect(
      analyze(caregiver('grandparents and relatives raising children whose parents cannot care for them', 'High school diploma')).role
        .category,
    ).toBe('parent-caregiver'));
  it('caring for an elderly relative, as a plus, is a preferred family experience', () => {
    const r = analyze(
      caregiver(
        'family caregivers of older adults living with depression or dementia',
        'Experience caring for an elderly family member is a plus',
      ),
    );
    expect(r.livedExperience.status).toBe('preferred');
  });
  it('foster care "as a child or teen" fits a young adult mentor job', () => {
    const text =
      'Young Adult Peer Mentor - Aging Out Program\nBlue River Youth Services | $20 an hour\n\nWe help young people ages 17-24 who are leaving foster care. Our mentors are foster care alumni themselves.\n\nWhat you will do\n- Draw on your years in foster care to help young people plan for life after 18\n\nQualifications\n- You spent time in foster care or kinship care as a child or teen (required)\n';
    expect(ruleIds(text)).not.toContain('le-category-mismatch');
  });
});

describe('requirements and language', () => {
  it('"must have a diagnosed mental illness" asks a diagnosis, and is the lived experience asked', () => {
    const text = postingWithQualification('Must have a diagnosed psychiatric illness.');
    expect(ruleIds(text)).toContain('inquiry-diagnosis');
  });
  it('"we will not require a clean criminal record" is no barrier', () =>
    expect(ruleIds(postingWithQualification('We will not require a clean criminal record from anyone.'))).not.toContain(
      'barrier-criminal-record',
    ));
  it('"like crazy" is the casual use of a slur', () =>
    expect(ruleIds(postingWithDuty('Referrals have been coming in like crazy all spring.'))).toContain('crazy-intensifier'));
});
