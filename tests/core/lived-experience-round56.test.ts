// Round 56 (session 12): shapes met in an opened blind set (blind11), rewritten in our own words.
// "You need" heads what a posting requires; "Must be a person who lives with a serious mental
// illness" asks for the applicant's own experience (and "a history of at least one psychiatric
// hospitalization" asks for too much: an inquiry); lived experience that "may count toward" the
// experience asked, or that "experience may include", is not required; "willing to talk about it
// when it helps" is willingness to share.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const ROLE =
  'Peer Support Specialist\nHarbor Lights Recovery Center | $21 an hour\n\nMeet adults where they are, share what helped you, and help people reach the goals they choose.\n\n';

describeLivedExperienceRound('you need, a person who lives with, may count toward', [
  {
    name: '"You need" heads the requirements',
    text: `${ROLE}You need\n- Lived experience of recovery from a mental health condition\n- A high school diploma`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'must be a person who lives with a serious mental illness',
    text: `${ROLE}Requirements\n- Must be a person who lives with a serious mental illness\n- State peer certification within one year`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a history of at least one psychiatric hospitalization is an inquiry',
    text: `${ROLE}Requirements\n- Personal experience of recovery from a mental health condition\n- A history of at least one psychiatric hospitalization is required`,
    kind: 'peer-posting',
    le: 'required',
    flags: ['inquiry-hospitalization'],
  },
  {
    name: 'experience may include lived experience: not required',
    text: `${ROLE}Minimum qualifications\nHigh school diploma and two years of experience working with adults. Experience may include lived experience.`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'lived experience may count toward the experience asked: not required',
    text: `${ROLE}Minimum qualifications\n- One year of experience in human services\n- Lived experience of recovery may count toward the required experience`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'trap: experience may include volunteer work, lived experience still required',
    text: `${ROLE}Requirements\n- Lived experience of recovery from a mental health condition is required\n- One year of experience; experience may include volunteer work`,
    kind: 'peer-posting',
    le: 'required',
  },
]);

describe('willing to talk about it when it helps', () => {
  beforeAll(loadPartsOfSpeech);
  it('is willingness to share one’s story', () => {
    const text = `${ROLE}You need\n- Lived experience of mental health recovery, and you're willing to talk about it when it helps someone`;
    expect(analyze(text).findings.map((f) => f.ruleId)).not.toContain('le-no-willingness-to-share');
  });
  it('trap: without it, the finding stays', () => {
    const text = `${ROLE}You need\n- Lived experience of mental health recovery`;
    expect(analyze(text).findings.map((f) => f.ruleId)).toContain('le-no-willingness-to-share');
  });
});

describe('the audience of a shared story is no kind of experience', () => {
  beforeAll(loadPartsOfSpeech);
  const parentJob = (line: string) =>
    `Family Peer Specialist\nOak Valley Children's Services | $20 an hour\n\nMeet parents of children with serious emotional disturbance at home and help them plan for their family.\n\nQualifications\n- ${line}`;
  it('own recovery asked of a parent peer, shared "with parents", is a mismatch', () => {
    expect(
      analyze(
        parentJob('Must be in recovery from a mental health condition and be willing to share your recovery story with parents'),
      ).findings.map((f) => f.ruleId),
    ).toContain('le-category-mismatch');
  });
  it("trap: a parent's experience shared with parents is no mismatch", () => {
    expect(
      analyze(
        parentJob('Personal experience raising a child with emotional challenges, and willing to share your story with parents'),
      ).findings.map((f) => f.ruleId),
    ).not.toContain('le-category-mismatch');
  });
});
