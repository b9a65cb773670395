// Shapes met in an opened blind set (blind36, what HR editors and hiring managers produce),
// rewritten in our own words (session 17). A one-to-one ratio written "1:1" is read as one word
// ("a 1:1 sitter"); helping staff during restraint, cell searches, consequences under a clinic's
// policy, deep cleaning, entering visitor logs and a minimum time in recovery are read; a support
// job's line that says it is the peer kind ("- Peer (Lived Experience)") is a peer job; an
// internal draft marked not for posting is a document. Traps: a van's daily inspection checklist;
// peer support aides named as the job; outcomes reported to leadership; a peer staff's scope
// that says it does not report treatment compliance; a named substance abuse policy; a time on
// the clock ("7:30") stays two numbers; a division after the dash ("- Peer & Family Services",
// a guard: it passed before this round's line reading).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { tokenize } from '../../src/core/text/tokenize.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const post = postingWithDuty;

describe('duties from other jobs', () => {
  it.each([
    ['Acts as a 1:1 sitter on the unit when nurses are short.', 'duty-filling-staff-gaps'],
    ['Helps nursing staff during restraint and seclusion on the unit.', 'duty-involuntary-holds'],
    ['Does cell searches with the officers on the block.', 'duty-enforce-rules'],
    ['Explains the consequences under the clinic take-home policy when a screen comes back positive.', 'duty-enforce-rules'],
    ['Deep cleans empty bedrooms before each new resident moves in.', 'duty-cleaning'],
    ['Enters the visitor sign-in sheets into the records system each night.', 'duty-clerical'],
  ])('%s', (line, id) => expect(ruleIds(post(line))).toContain(id));
  it('a minimum time in recovery is a barrier', () => {
    expect(ruleIds(postingWithQualification('In recovery from alcohol use disorder for a minimum of 3 years.'))).toContain(
      'barrier-years-clean',
    );
  });
});

describe('traps', () => {
  it.each([
    ['Fuels the agency van and fills in the daily vehicle inspection checklist.', 'duty-enforce-rules'],
    ['Gathers the program outcomes with the quality team and reports them to leadership.', 'duty-report-on-people'],
    ["Peer staff do not track or report anyone's treatment compliance.", 'compliance-treatment'],
    ['Reads the Staff Substance Abuse Policy during orientation.', 'substance-abuse'],
  ])('%s', (line, id) => expect(ruleIds(post(line))).not.toContain(id));
  it('peer support aides named as the job fill no staff gap', () => {
    const text =
      'Peer Support Aide - Overnight\nRiverside Shelter | $17 an hour\n\nWe hire people who have stayed in shelters to work as Peer Support Aides at night.\n\nDuties\n- Talk with guests who cannot sleep.\n\nQualifications\n- Lived experience of homelessness.';
    expect(ruleIds(text)).not.toContain('duty-filling-staff-gaps');
  });
  it('a time on the clock stays two numbers', () => {
    const gaps = tokenize('Shifts start at 7:30 and the ratio is 1:1.').map((t) => t.gap);
    expect(gaps).toEqual(['start', 'space', 'space', 'space', 'punct', 'space', 'space', 'space', 'space', 'space', 'hyphen']);
  });
});

describe('what the text is', () => {
  it("a support job's line that says it is the peer kind", () => {
    const text =
      'LAKEVIEW HEALTH PLAN\nCare Coordinator - Peer (Lived Experience)\nMember Services | Full time | $22 - $26/hr\n\nSummary\nThis position meets plan members at home and helps them reach the care they choose.\n\nResponsibilities\n- Visit members and help them set their own goals.\n\nQualifications\n- Lived experience of mental health or substance use recovery is strongly preferred.';
    expect(analyze(text).document.kind).toBe('peer-posting');
  });
  it('a division after the dash leaves a managing job', () => {
    const text =
      "LAKEVIEW COUNTY HEALTH\nSENIOR PROGRAM MANAGER - PEER & FAMILY SERVICES\nSalary: $95,000 | Open until filled\n\nThe County seeks a manager to oversee its peer specialists and family peer advocates.\n\nMINIMUM QUALIFICATIONS\nA bachelor's degree and four years of management.\n\nDESIRABLE\nLived experience of recovery.\n\nLakeview County is an Equal Opportunity Employer.";
    expect(analyze(text).document.kind).toBe('non-peer-posting');
  });
  it('an internal draft marked not for posting', () => {
    const text =
      'NOT FOR POSTING - INTERNAL DRAFT\nHR draft review, second version of the Peer Support Specialist ad\n\nReviewers: please resolve comments by Friday.\n\nTITLE\nPeer Support Specialist\n\nPAY\n$20.00 - $24.00/hour\n\nRESPONSIBILITIES\n- Meet with members. [COMMENT: add groups?]\n\nQUALIFICATIONS\n- Lived experience of recovery.';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
});
