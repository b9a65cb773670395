// Shapes met in an opened blind set (blind32), rewritten in our own words (session 16): a peer-run
// page where every worker "has been through their own psychiatric crisis" mentions lived
// experience; time since one's latest inpatient admission asked of applicants; end-of-shift cleaning and help at
// the reception desk as duties; a "Posting:" line that names the job, as a "Job Title:" line does.
// Trap: an apartment cleaning schedule a tenant chooses (passed before this round: kept as a guard).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const post = (lines: string) =>
  `Peer Companion\nHarbor House | $19 an hour\n\nDuties\n- Sit with guests and listen.\n${lines}\n\nRequirements\n- Personal experience of recovery from mental illness is required.`;

describe('a peer-run page', () => {
  it('mentions lived experience when every worker has been through their own crisis', () => {
    const r = analyze(
      'Peer Companion\nHarbor House | $19 an hour\n\nHarbor House is peer-run: every worker, the director included, has been through their own psychiatric crisis.\n\nDuties\n- Sit with guests and listen.\n\nRequirements\n- High school diploma.',
    );
    expect(r.livedExperience.status).toBe('mentioned');
  });
});

describe('time since a hospital stay', () => {
  it('is a hospitalization inquiry', () => {
    expect(ruleIds(`${post('')}\n- Applicants should be at least three years from their latest inpatient admission.`)).toContain(
      'inquiry-hospitalization',
    );
  });
});

describe('busy work in a list of duties', () => {
  it('flags end-of-shift cleaning', () => {
    expect(ruleIds(post('- Help with end-of-shift cleaning of the drop-in space.'))).toContain('duty-cleaning');
  });
  it('flags help at the reception desk', () => {
    expect(ruleIds(post('- Assists with reception desk sign-in on Mondays.'))).toContain('duty-phones-reception');
  });
  it('stays silent on a cleaning schedule a tenant chooses', () => {
    expect(ruleIds(post('- Shows tenants how to keep an apartment cleaning schedule they choose.'))).not.toContain('duty-cleaning');
  });
});

describe('a "Posting:" line names the job', () => {
  it('an intake coordinator beside peer coaches is not a peer job', () => {
    const text =
      'Harbor County Health - Behavioral Services\nPosting: Intake Coordinator\nFull-time | $22 an hour\n\nThe coordinator works beside our peer recovery coaches to welcome new clients.\n\nResponsibilities\n- Schedule first appointments and answer questions about services.\n\nQualifications\n- Two years of office work in a clinic.';
    expect(analyze(text).document.kind).toBe('non-peer-posting');
  });
});
