// Shapes met in an opened blind set (blind33, posts from several countries), rewritten in our own
// words (session 16). A healthcare support worker or a mental health support worker is a ward's or
// a house's support job, not a peer job, even where lived experience is welcome; a "Certificate in
// ..." page is a course; restraint named with de-escalation or as physical interventions, keeping
// the program van clean, typing up letters, written updates for court reviews are duties; a
// degree named by its level is a degree. Traps: a peer support worker's title that names mental
// health; a mental health support worker where the page names peer workers beside the job (both
// passed before this round: kept as guards).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('support jobs that are not peer jobs', () => {
  it('a healthcare support worker on a ward', () => {
    const text =
      'Healthcare Support Worker - Older Adult Ward\nBand 3 | 37.5 hours\n\nJob overview\nHelp nurses care for older adults on the ward: personal care, meals and observations.\n\nPerson specification\nDesirable: lived experience of mental health problems, your own or as a carer.';
    expect(analyze(text).document.kind).toBe('non-peer-posting');
  });
  it('a mental health support worker in a house that employs peers too', () => {
    const text =
      'Mental Health Support Worker - Residential\nWattle House | part-time, award wages\n\nWattle House is a 12-bed program for adults leaving hospital. We employ staff with learned and lived experience, and peer workers are on every shift.\n\nDuties\n- Support residents with daily living and their recovery plans.\n\nRequirements\n- Certificate IV in Mental Health.';
    expect(analyze(text).document.kind).toBe('non-peer-posting');
  });
  it('a mental health peer support worker is a peer job', () => {
    const text =
      'Mental Health Peer Support Worker\nWattle House | part-time, award wages\n\nDuties\n- Walk beside residents and share your story when it helps.\n\nRequirements\n- Lived experience of mental health recovery.';
    expect(analyze(text).document.kind).toBe('peer-posting');
  });
});

describe('a course page', () => {
  it('a certificate in peer practice is about peer work', () => {
    const text =
      'Certificate in Peer Recovery Practice\nLakeshore College, School of Continuing Studies\n\nThis part-time program prepares people with lived experience for peer work. Courses run two evenings a week for eight months.\n\nAdmission requirements\n- Lived experience of mental health or substance use recovery.\n\nHow to apply\nApply online by June 1.';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
});

const post = (line: string) =>
  `Peer Support Specialist\nRiver Valley Services | $20 an hour\n\nDuties\n- Meet people and talk about their goals.\n- ${line}\n\nQualifications\n- Personal experience of mental health recovery is required.`;

describe('duties from other jobs', () => {
  it.each([
    ['Supports floor staff during crisis de-escalation and physical restraint.', 'duty-involuntary-holds'],
    ['Must be able to participate in physical interventions per hospital policy.', 'duty-involuntary-holds'],
    ['Keeps the program van clean between trips.', 'duty-washing-vehicles'],
    ['Types up team minutes when the secretary is away.', 'duty-clerical'],
    ['Writes short updates for drug court reviews.', 'duty-report-on-people'],
  ])('%s', (line, id) => expect(ruleIds(post(line))).toContain(id));
});

describe('a degree named by its level', () => {
  it('is a degree required', () => {
    expect(ruleIds(post('Meets people at home.').replace('Qualifications\n', 'Qualifications\n- A Level 8 degree or higher.\n'))).toContain(
      'barrier-degree-required',
    );
  });
});
