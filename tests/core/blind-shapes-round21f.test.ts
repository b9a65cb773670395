// Shapes met in an opened blind set (session 21: hospital and health-system careers sites),
// rewritten in our own words. Read now: a system's "CAREER OPPORTUNITIES" banner over a "JOB
// TITLE:" field; a "Similar Jobs:" label opening a long line of other postings; withdrawal scales
// scored when the team asks; helping the team spot and report people to the nurse; a witness on
// involuntary admission papers; sitting as a safety observer; staff who bring their own life
// experience. Traps: patients' concerns brought to a meeting; interactions documented in the
// record; being able to walk the unit. Checked against the session's start: none passed there.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('careers pages', () => {
  it('a careers banner over a JOB TITLE field heads that posting', () => {
    const r = analyze(
      'ASHFORD HEALTH - CAREER OPPORTUNITIES\n\nJOB TITLE: Peer Recovery Specialist\nDEPARTMENT: Inpatient Psychiatry\nREQ NO.: 2025-BH-0112\nSTATUS: Full Time | Days\nPAY GRADE: H06 ($19.10 - $26.40/hr)\nREPORTS TO: Peer Services Lead\n\nPOSITION SUMMARY\nThe Peer Recovery Specialist uses personal lived experience of mental health recovery to build hopeful relationships with adults on the unit.',
    );
    expect(r.document.kind).toBe('peer-posting');
    expect(r.role.isPeerRole).toBe(true);
  });

  it('a "Similar Jobs:" line of other postings does not make the page a list of jobs', () => {
    const r = analyze(
      'Ridgeway Health\nJob Opening: Peer Navigator - Care Transitions\n\nJob Req: 55120\nStatus: Full Time\nHiring Range: $20.00 - $25.00/hour\n\nPosition Summary:\nPeer Navigators use their own recovery experience to help adults who were in the hospital many times this year.\n\nQualifications:\n- Lived experience of mental health or substance use recovery\n\nSimilar Jobs: RN Case Manager - Utilization Review | Community Health Worker - Population Health | Social Worker - Inpatient',
    );
    expect(r.document.kind).toBe('peer-posting');
  });
});

describe('duties', () => {
  it.each([
    ['Conducts CIWA and COWS withdrawal assessments at the request of the consult team.', 'duty-clinical-assessment'],
    ['Helps staff spot and report drug-seeking behavior to the charge nurse.', 'duty-report-on-people'],
    ['Signs as second witness on involuntary admission paperwork.', 'duty-involuntary-holds'],
    ['Stays beside teens boarding on the pediatric floor as a safety observer.', 'duty-enforce-rules'],
  ])('%j is read as %s', (line, id) => expect(ruleIds(postingWithDuty(line))).toContain(id));

  it.each([
    ['Bring patient concerns to the monthly patient and staff forum.', 'duty-transport'],
    ['Document interactions in the EHR the same day.', 'duty-report-on-people'],
    ['Must be able to walk the unit for long periods and stand for most of a shift.', 'duty-enforce-rules'],
  ])('%j is not read as %s (trap)', (line, id) => expect(ruleIds(postingWithDuty(line))).not.toContain(id));
});

describe('lived experience', () => {
  it('staff who bring their own life experience mention it', () =>
    expect(
      analyze(
        'Peer Navigator\nTri-Valley Health | $19 an hour | Full-time\n\nMany of our navigators bring their own life experience with the systems our patients face.\n\nDuties\n- Visit patients at home and help them reach appointments.\n\nQualifications\n- High school diploma.',
      ).livedExperience.status,
    ).toBe('mentioned'));
});
