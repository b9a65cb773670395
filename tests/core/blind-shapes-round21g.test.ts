// Shapes met in an opened blind set (session 21: how lived experience is asked for), rewritten in
// our own words. Read now: the team described as relatives of adults living with a condition
// mentions a family member's experience; a job's name that opens with a document's word ("POLICY
// ANALYST 2") names that job; what applicants with lived experience "will be offered" asks
// nothing of them; being asked about one's own diagnosis at the interview; driving the agency's
// vehicle to fetch supplies; taking the mail to the post office. Checked against the session's
// start: none passed there.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('lived experience', () => {
  it('a team of relatives of adults living with a condition mentions a family member’s experience', () => {
    const r = analyze(
      'FAMILY PEER SPECIALIST\nHearth Family Network | Part time | $18.75 an hour\n\nOur family peer specialists are relatives of adults living with mental illness, and they draw on what they learned to help other families.\n\nWHAT YOU WILL DO\n* Return calls from family members\n* Co-lead the monthly family group\n\nTo apply, send a letter to the director.',
    );
    expect(r.livedExperience.status).toBe('mentioned');
    expect(r.findings.map((f) => f.ruleId)).not.toContain('le-category-mismatch');
  });

  it('what applicants with lived experience will be offered asks nothing of them', () =>
    expect(
      analyze(
        'Peer Support Specialist\nOakline Services | $20 an hour | Full-time\n\nDuties\n- Meet people and talk about their goals.\n\nQualifications\n- High school diploma\n- Applicants with lived experience who would like a career in research will be offered a mentor.',
      ).livedExperience.status,
    ).not.toBe('required'));

  it('being asked about your own diagnosis at the interview is an inquiry', () =>
    expect(ruleIds(postingWithQualification('At interview you will be asked about your own diagnosis and treatment.'))).toContain(
      'inquiry-diagnosis',
    ));
});

describe('document kind', () => {
  it('a job name that opens with a document word names the job', () => {
    const r = analyze(
      'POLICY ANALYST 2\nOffice of Consumer Affairs, Department of Health\nSalary Range: $60,100 - $78,900\n\nThe Office answers complaints about public mental health services and staffs the state lived experience council.\n\nDuties\n- Draft policy briefs.\n\nMinimum Qualifications\n- Bachelor’s degree and two years of policy work.\n\nThe Department is an equal opportunity employer.',
    );
    expect(r.document.kind).toBe('non-peer-posting');
  });
});

describe('duties', () => {
  it.each([
    ['Drive the office car to pick up printer paper and stamps.', 'duty-transport'],
    ['Take the mail to the post office on Fridays.', 'duty-clerical'],
  ])('%j is read as %s', (line, id) => expect(ruleIds(postingWithDuty(line))).toContain(id));
});
