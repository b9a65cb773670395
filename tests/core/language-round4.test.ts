// Language round 4 (session 14): a shape met in an opened blind set (blind21), rewritten in our own
// words. "Manics", a symptom made a noun for people, is an identity label as "schizophrenics" is;
// "manic" describing an episode is not. And a degree preferred after a long field name ("Bachelor's
// degree in social work or psychology preferred") is no degree required. From blind22: "suffering
// from" withdrawal or intoxication is pity framing as it is for addiction. A label the writer no
// longer gives ("the nurses used to call these members frequent flyers") is rejected, not used.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const ids = (text: string, family: string) =>
  analyze(text)
    .findings.filter((f) => f.family === family)
    .map((f) => f.ruleId);

describe('manics', () => {
  it('flags people called manics', () => {
    expect(ids('Old case files describe many of our members as manics or depressives.', 'language')).toContain('manics-noun');
  });
  it.each(['Learn the early signs of a manic episode.', 'Support people who experience mania to plan for their own care.'])(
    'stays silent: %s',
    (text) => {
      expect(ids(text, 'language')).not.toContain('manics-noun');
    },
  );
});

describe('a degree preferred after a long field name', () => {
  const PEER =
    'Peer Support Specialist\nHarbor Lights Recovery Center | $21 an hour\n\nMeet adults where they are and help them reach their own goals.\n\nQualifications\n';
  it('is no degree required', () => {
    expect(
      ids(
        `${PEER}- GED or diploma required; a Bachelor's degree in family studies or psychology preferred\n- Lived experience of a mental health condition`,
        'role',
      ),
    ).not.toContain('barrier-degree-required');
  });
  it('trap: a degree in a long field name that is required', () => {
    expect(
      ids(`${PEER}- Bachelor's degree in family studies or psychology required\n- Lived experience of a mental health condition`, 'role'),
    ).toContain('barrier-degree-required');
  });
});

describe('suffering from withdrawal or intoxication', () => {
  it('is pity framing', () => {
    expect(ids('Most callers are people suffering from acute withdrawal after a week of heavy use.', 'language')).toContain(
      'suffering-from',
    );
  });
  it('trap: suffering from a lack of housing', () => {
    expect(ids('Many callers are suffering from a lack of housing after the fire.', 'language')).not.toContain('suffering-from');
  });
});

describe('a label no longer given', () => {
  it('"used to call them ..." rejects the label', () => {
    expect(ids('The nurses used to call these members frequent flyers; now they use their names.', 'language')).toEqual([]);
  });
  it('trap: a label still given', () => {
    expect(ids('Staff call them frequent flyers.', 'language')).toContain('frequent-flyer');
  });
});
