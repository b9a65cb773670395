// Shapes met in an opened blind set (session 22: what an HR editor has open while drafting),
// rewritten in our own words. Read now: a recruitment plan, a style sheet, a requisition form and
// an approval checklist are documents; "- Peer Support (...)" after a job's name is its peer kind;
// a licence for a job that "does not use county vehicles"; staff who "have walked this road
// themselves"; a sentence listing the team names colleagues, not whom the job serves; "a number
// of years clean". Checked against the session's start: all failed there except the case marked
// "guard".
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('document kind', () => {
  it('guard: a hiring plan is a document', () =>
    expect(
      analyze(
        'PEER HIRING PLAN, FY2026\nPrepared by Human Resources for the Recovery Council\n\nWe expect to fill six peer positions this year: four Recovery Coaches and two Parent Partners at $21 an hour.\n\nGoals\n- Post every opening on the recovery community board.\n- Require lived experience in every peer posting.',
      ).document.kind,
    ).toBe('about-peer-work'));
  it.each([
    'STYLE SHEET FOR PEER JOB ADS\nKestrel Family Services\n\nUse "person in recovery", not "addict". Write the pay range into every ad: peer staff start at $20 an hour.\n\nQualifications sections: list lived experience first.',
    'POSITION REQUISITION FORM\nRequesting manager: Dana Ortiz\nPosition requested: Peer Recovery Coach, 1.0 FTE, $21 an hour\nFunding: state opioid grant\n\nDuties: lead recovery groups and meet residents one on one.',
    'PEER POSTING REVIEW CHECKLIST\nUse before any peer job is published.\n\nPosting title: __________\n\n- Does the posting require lived experience?\n- Is the pay range stated?\n- Are the duties peer duties?',
  ])('%s', (text) => expect(analyze(text).document.kind).toBe('about-peer-work'));
});

describe('role and category', () => {
  it('"- Peer Support (...)" after a job’s name says it is the peer kind of that job', () => {
    const r = analyze(
      'CLASS TITLE: Mental Health Worker I -- Peer Support (Young Adults)\nSALARY: $19.10 - $22.40 hourly\n\nDEFINITION\nProvides peer support and mentoring to young people ages 17 through 24 at the county drop-in center.\n\nMINIMUM QUALIFICATIONS\nHigh school diploma.',
    );
    expect(r.role.isPeerRole).toBe(true);
    expect(r.role.category).toBe('youth');
  });

  it('a sentence listing the team names colleagues, not whom the job serves', () =>
    expect(
      analyze(
        'PEER SPECIALIST - COMMUNITY TREATMENT TEAM\n$20 an hour\n\nThe team visits adults with serious mental illness at home. The team includes a psychiatrist, two nurses, an addiction specialist, a housing worker and a peer specialist.\n\nDuties\n- Meet people at home and in the community.\n- Share your own recovery when it helps.',
      ).role.category,
    ).toBe('adult-mental-health'));
});

describe('lived experience', () => {
  it('staff who have walked this road themselves are a mention', () =>
    expect(
      analyze(
        'Family Recovery Navigator\nBirchwood Services | $21 an hour\n\nOur family program supports the parents and partners of adults who use alcohol or drugs. Our navigators have often walked this road themselves.\n\nDuties\n- Return calls from family members.\n- Run the weekly family group.\n\nQualifications\n- Two years of experience in human services.',
      ).livedExperience.status,
    ).toBe('mentioned'));
});

describe('barriers and language', () => {
  it('a licence for a job that does not use county vehicles is a barrier', () =>
    expect(
      ruleIds(
        'Peer Support Specialist\n$20 an hour\n\nDuties\n- Meet people at their homes and in the community.\n\nQualifications\n- Valid driver’s license (the position does not use county vehicles).\n- Lived experience of recovery.',
      ),
    ).toContain('barrier-drivers-license'));

  it('"a number of years clean" uses "clean" of people', () =>
    expect(languageRuleIds('The board asked whether staff must have a certain number of years clean.')).toContain('years-clean'));
});
