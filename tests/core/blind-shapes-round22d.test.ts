// Shapes met in an opened blind set (session 22: the family and youth side of peer work),
// rewritten in our own words. Read now: a job named by the families it stands beside whose
// parenting experience is "helpful, but not required" is open to anyone; "You are, or have been,
// a kinship caregiver" asks for lived experience; loving someone through an illness is a family
// member's experience; toys sanitized and tables wiped down as a standing duty. Checked against
// the session's start: all failed there.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('role', () => {
  it('a family support job whose parenting experience is helpful but not required is not a peer job', () =>
    expect(
      analyze(
        'Family Support Worker - First Steps Home Visiting\nLakemont County Health Department | $21 an hour\n\nFirst Steps visits new parents at home until the baby turns two.\n\nDuties\n* Visit 15 families every two weeks\n* Teach parents about feeding and sleep\n\nQualifications\n* Associate degree in early childhood or a related field\n* Experience as a parent or caregiver is helpful, but not required',
      ).role.isPeerRole,
    ).toBe(false));
});

describe('lived experience', () => {
  it('"You are, or have been, a kinship caregiver" asks for lived experience', () =>
    expect(
      analyze(
        'Kinship Peer Navigator\nPrairie Grandfamilies | $20 an hour\n\nThe work\n- Meet with relatives raising children.\n\nRequired:\n- You are, or have been, a kinship caregiver: you raised a grandchild, niece or nephew.\n- High school diploma',
      ).livedExperience.status,
    ).toBe('required'));

  it('loving someone through an illness is a family member’s experience, as a family role asks', () =>
    expect(
      ruleIds(
        'Family Support Specialist\nRiverbend Psychosis Program | $22 an hour\n\nThe program serves adults living with psychosis. Our Family Support Specialists know firsthand what it is like to love someone through psychosis.\n\nDuties\n- Call relatives of new participants.\n- Run the family group.\n\nQualifications\n- Bachelor’s degree.',
      ),
    ).not.toContain('le-category-mismatch'));
});

describe('duties', () => {
  it('wiping down and sanitizing toys as a standing duty is cleaning', () =>
    expect(ruleIds(postingWithDuty('Wipe down and sanitize the toys after every playgroup.'))).toContain('duty-cleaning'));
});
