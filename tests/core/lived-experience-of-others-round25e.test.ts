// Round 25e (issue 9, class 2): whose lived experience a sentence names, and whether it asks for it.
// A clause ", who has ..." after a supervisor, or a subject of others ("council members must"),
// says it of them; a condition that opens the sentence ("If you have raised ..., you must be willing
// to ...") asks nothing of the experience itself; "your own story" told to show that recovery
// happens is a mention; "the job will not involve direct peer support" says the job is no peer job.
// Each case failed on the session's start commit (71963c8) except the guards, which say so.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const lived = (text: string) => analyze(text).livedExperience.status;

const head =
  'Family Peer Specialist\nBrookside Family Network - $22 an hour, full time\n\nYou will support relatives of adults with a serious mental illness after a hospital stay.\n\n';

describe('lived experience said of someone else', () => {
  it('a supervisor ", who has ... family lived experience" is described, the applicant is not asked', () => {
    const text = `${head}Qualifications\n- Two years of work with families\n- Calm and patient on hard days\n\nYour supervisor is our Family Services Lead, who has twelve years of family lived experience.`;
    expect(lived(text)).toBe('mentioned');
  });
  it('"group members must have lived experience of their own" asks it of the group, the applicant\'s is an asset', () => {
    const text = [
      'Youth Peer Mentor',
      'Harbor Youth Center - $19 an hour',
      '',
      'Duties',
      '- Run the youth advisory group; group members must bring lived experience of mental health challenges',
      '- Meet with young people about goals they choose',
      '',
      'What we look for',
      '- Your own experience of mental health struggles in your teens is an asset',
    ].join('\n');
    expect(lived(text)).toBe('preferred');
  });
  it('guard (passed before): "The Recovery Coach, who must have ..." is the job itself, not someone already there', () => {
    const text = [
      'Recovery Coach',
      'Fairview Recovery Center - $20 an hour',
      '',
      'The Recovery Coach, who must have two years of recovery, meets people in the emergency room after an overdose.',
    ].join('\n');
    expect(lived(text)).toBe('required');
  });
  it('guard (passed before): "You must have family lived experience" asks it of the applicant', () => {
    const text = `${head}Qualifications\n- You must have family lived experience: a parent, partner, child or sibling with a mental illness.`;
    expect(lived(text)).toBe('required');
  });
});

describe('a condition that opens the sentence', () => {
  it('"If you are the parent of a child with ..., you must be ready to ..." asks for the readiness, not the experience', () => {
    const text = [
      'Parent Partner',
      "Fernhill Children's Services - $20.50 an hour",
      '',
      'Requirements',
      '- High school diploma or GED',
      '- Knowledge of school and community resources',
      '',
      'If you are the parent of a child who struggles with emotions or behavior, you must be ready to use that experience with the families you meet.',
    ].join('\n');
    expect(lived(text)).toBe('mentioned');
  });
  it('guard (passed before): "Applicants must have raised a child with ..." requires it', () => {
    const text = [
      'Parent Partner',
      "Fernhill Children's Services - $20.50 an hour",
      '',
      'Requirements',
      '- Applicants must have raised a child who struggles with emotions or behavior.',
    ].join('\n');
    expect(lived(text)).toBe('required');
  });
});

describe('a story told to show that recovery happens', () => {
  it('"Use your own story ... recovery is possible" in the duties is a mention', () => {
    const text = [
      'Peer Support Specialist',
      'Eastgate Drop-In Center - $18.75 an hour',
      '',
      'What you will do',
      '- Greet members and help them find what they came for',
      '- Use your own story to bring hope and to show members that recovery can happen',
      '',
      'Requirements',
      '- High school diploma or GED',
    ].join('\n');
    expect(lived(text)).toBe('mentioned');
  });
});

describe('a job that says it is no peer job', () => {
  it('"the job will not involve direct peer support" beside a requirement of recovery', () => {
    const text = [
      'Volunteer Coordinator',
      'Northside Recovery Community Center - $21.00/hour, 32 hours per week',
      '',
      'You will recruit, train and schedule our 60 volunteers. The role is office work; the job will not involve direct peer support.',
      '',
      'Requirements',
      '- Must be in recovery from drugs or alcohol for a year or more',
      '- Two years of volunteer management',
    ].join('\n');
    expect(analyze(text).role.isPeerRole).toBe(false);
  });
});
