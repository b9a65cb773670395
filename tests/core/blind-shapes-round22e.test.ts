// Shapes met in an opened blind set (session 22: peer work in medical and digital settings),
// rewritten in our own words. Read now: reports to staff of positive results, missed visits,
// discrepancies and high utilizers, and to a social worker, a case management team or an
// employer's sponsor; people living with HIV or hepatitis C as the population served and as the
// lived experience asked for. Checked against the session's start: all failed there.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('duties', () => {
  it.each([
    'Lets the social worker know about any positive screens or missed visits.',
    'Count the returned medication bottles and report any discrepancies to the pharmacist.',
    'Report high utilizers to the case management team every Friday.',
    'Read the members’ morning breathalyzer results and report positive readings to their employer sponsor.',
  ])('%j reports on people', (line) => expect(ruleIds(postingWithDuty(line))).toContain('duty-report-on-people'));
});

describe('people living with HIV or hepatitis C', () => {
  const posting =
    'HIV Peer Navigator\nLakeside Positive Care | $21 an hour\n\nThe job\n* Share your own experience of living with HIV to help new patients stay in care.\n* Go with patients to their first appointments when they ask.\n* Talk with patients about their mental health and stress when they bring it up.\n\nRequirements\n* You must be a person living with HIV and comfortable being open about it at work.\n* High school diploma.';
  it('are the population a peer navigator serves: general peer', () => expect(analyze(posting).role.category).toBe('general-peer'));
  it('are the lived experience the job requires', () => {
    const le = analyze(posting).livedExperience;
    expect(le.status).toBe('required');
    expect(le.specific).toBe(true);
  });
});
