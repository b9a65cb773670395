import { describe, expect, it } from 'vitest';
import { detectHeadings, titleCase } from '../../scripts/source-sections/detect-headings.js';

describe('heading styles of the text copies', () => {
  it('reads headings in capitals, joining one broken over two lines, in title case', () => {
    const text = [
      'Some text before.',
      'ETHICS, BOUNDARIES, AND',
      'CONFIDENTIALITY',
      'Body text here.',
      'IS IT',
      'PRACTICE: SHARE HOPE',
    ].join('\n');
    expect(detectHeadings(text, 'capitals')).toEqual([
      { line: 2, heading: 'Ethics, Boundaries, and Confidentiality' },
      { line: 6, heading: 'Practice: Share Hope' },
    ]);
  });

  it('keeps known acronyms in capitals', () => {
    expect(titleCase('SAMHSA’S CORE COMPETENCIES FOR PEER WORKERS')).toBe('SAMHSA’S Core Competencies for Peer Workers');
  });

  it('reads markdown headings without their closing colon', () => {
    expect(detectHeadings('# EMPLOYER TOOLKIT\n\ntext\n\n## Words that label:\n', 'markdown')).toEqual([
      { line: 1, heading: 'Employer Toolkit' },
      { line: 5, heading: 'Words that label' },
    ]);
  });

  it('reads title-case lines that open a block, not those inside a paragraph', () => {
    const text = [
      'A sentence ends here.',
      'Developing a Job Description',
      'Body of the section follows',
      'Reporting Relationships Matter Here',
      'more.',
    ].join('\n');
    expect(detectHeadings(text, 'title-lines')).toEqual([{ line: 2, heading: 'Developing a Job Description' }]);
  });

  it('reads the topics of trainer notes: questions, numbered points and short titles, not the handouts given out', () => {
    const text = [
      '',
      ' ASK: What is a peer?',
      'Talk about it.',
      '',
      'Disruption #3: We can help each other - more words follow',
      '[HANDOUT] Language guide',
      'ASK: What else could you do about it at work?',
      'Lack of Preparation',
      'Not defining the role.',
      'Lack of Support',
      'Nobody helps.',
      '[HANDOUT] Onboarding Procedures',
      'Lack of Training',
      'Peers are hired without it.',
      'and this line goes on with Words In Capitals',
      'Shared Office Space',
      'is not a title, the sentence before it goes on.',
    ].join('\n');
    expect(detectHeadings(text, 'topic-lines')).toEqual([
      { line: 2, heading: 'What is a peer?' },
      { line: 5, heading: 'Disruption #3: We can help each other' },
      // a handout given out as a topic opens belongs to that topic
      { line: 6, heading: 'What else could you do about it at work?' },
      { line: 8, heading: 'Lack of Preparation' },
      { line: 10, heading: 'Lack of Support' },
      { line: 12, heading: 'Lack of Training' },
    ]);
  });

  it('keeps a long question put to the room only when the notes give it whole', () => {
    const whole = 'ASK: Can you think of any examples of unkind remarks you have heard at your own work?';
    const wrapped = 'ASK: If you worked in these settings, what would these actions tell you about how your';
    expect(detectHeadings(`${whole}\nbody\n${wrapped}\nemployer sees you?`, 'topic-lines').map((h) => h.line)).toEqual([1]);
  });

  it('drops lines a copy names as not headings', () => {
    expect(detectHeadings('Intro.\nReports to the Program Lead\nbody', 'title-lines', [/^Reports to /])).toEqual([]);
  });
});
