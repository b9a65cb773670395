// Round 63 (session 15): shapes met in an opened blind set (blind23), rewritten in our own words.
// A list item that says itself how strongly it is asked ("- Justice involvement a plus") is a
// requirements line even where no heading names the list. The twelve steps name substance use
// recovery. Asking applicants for the date of their last drink or their clean date is asking for
// their treatment history. Traps: knowledge of justice involvement asked as know-how; marking the
// date of one's last use as a milestone with the people served.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const REENTRY =
  'Peer Support Specialist - Reentry\nHarbor Reentry Collective is hiring. $19/hr, full-time.\n\nPeer specialists help people home from prison find housing, work and IDs, and run a weekly support group.\n\n- HS diploma or GED\n';

describeLivedExperienceRound('sixty-third', [
  {
    name: 'a bare list item: justice involvement a plus',
    text: `${REENTRY}- Justice involvement a plus\n- Spanish a plus`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: knowledge of justice involvement is know-how',
    text: `${REENTRY}- Knowledge of justice involvement and local reentry resources a plus`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'the twelve steps name substance use recovery',
    text: 'Recovery Ally\nMaple Recovery Residences | stipend and a room\n\nWalk beside new residents in their first weeks and take them to meetings they choose.\n\nRequirements\n- Own experience with the twelve steps or another path of recovery',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);

describe('the date of the last drink asked', () => {
  beforeAll(loadPartsOfSpeech);
  const COACH =
    'Recovery Coach\nDawn House | $18 an hour, full-time\n\nLead recovery groups, share your story and walk beside people early in recovery.\n\nRequirements\n- Lived experience of recovery from addiction\n';
  it.each([
    '- Candidates must state the date of their last drink on the application',
    '- To apply, reply with your clean date and a phone number',
  ])('an inquiry: %s', (line) => expect(ruleIds(`${COACH}${line}`)).toContain('inquiry-treatment'));
  it('trap: the date of their last use marked with the people served', () => {
    expect(ruleIds(`${COACH}- Help members mark the date of their last use as a milestone, if they want to`)).not.toContain(
      'inquiry-treatment',
    );
  });
});
