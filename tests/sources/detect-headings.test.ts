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

  it('reads the topics of trainer notes: questions, handouts and numbered points', () => {
    const text = [
      '',
      ' ASK: What is a peer?',
      'Talk about it.',
      '',
      'Disruption #3: We can help each other - more words follow',
      '[HANDOUT] Language guide',
    ].join('\n');
    expect(detectHeadings(text, 'topic-lines').map((h) => h.heading)).toEqual([
      'What is a peer?',
      'Disruption #3: We can help each other',
      'Handout: Language guide',
    ]);
  });

  it('drops lines a copy names as not headings', () => {
    expect(detectHeadings('Intro.\nReports to the Program Lead\nbody', 'title-lines', [/^Reports to /])).toEqual([]);
  });
});
