// Round 54 (session 12): a family member's experience said as "having" a relative with a
// condition, and a carer's experience named as its kind. Shapes met in an opened blind set
// (blind9), written again in our own words: "Applicants must have a loved one living with ..."
// asks for a family member's experience; "Many of our family advocates have relatives with ..."
// tells it of the staff; the same words said of the people served ("the families we serve have
// ...", "Most callers have ...") ask nothing. "Caring for someone with ..." and "carer" name a
// family member's experience, so a carer role asking for it is no mismatch.
import { beforeAll, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const FAMILY_HEAD =
  'Family Peer Support Specialist\nLakeview Behavioral Health | Full-time | $21 an hour\n\nSupport relatives of adults in our outpatient programs: listen, explain how services work, and connect families with support groups.\n\n';

describeLivedExperienceRound('a relative with a condition, and carers', [
  {
    name: 'must have a loved one living with a substance use disorder',
    text: `${FAMILY_HEAD}Requirements\n- Applicants must have a loved one living with a substance use disorder\n- High school diploma`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a family member with a mental health condition, required',
    text: `${FAMILY_HEAD}Requirements\n- Must have a family member with a serious mental health condition\n- Valid driver's license`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'the staff have relatives with mental health conditions: mentioned',
    text: `${FAMILY_HEAD}Several of our family advocates have relatives with mental health conditions and bring that understanding to every conversation.\n\nRequirements\n- High school diploma\n- Good listening skills`,
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'trap: the families served have a loved one with a condition',
    text: `${FAMILY_HEAD}Many of the families we serve have a loved one with a substance use disorder.\n\nRequirements\n- High school diploma\n- Good listening skills`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: callers have a family member with a condition',
    text: `${FAMILY_HEAD}Most callers have a family member with a mental health condition and want to know where to start.\n\nRequirements\n- High school diploma\n- Good listening skills`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: the people served have experienced trauma',
    text: 'Peer Support Specialist\nRiver Valley Services | Full-time | $20 an hour\n\nMany of the people we serve have experienced trauma.\n\nDuties\n- Meet people where they are and help them reach their own goals\n\nRequirements\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'a carer role asking for experience of caring for someone: carer experience, no mismatch',
    text: 'Carer Peer Worker\nEastside Mental Health Service | Part-time | $36 an hour\n\nSupport carers of adults who use our community mental health service.\n\nSelection criteria\n- Lived experience of caring for someone with mental health difficulties\n- Willingness to share your caring journey purposefully',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);

beforeAll(loadPartsOfSpeech);

it('a carer role asking for experience of caring for someone is no category mismatch; one asking for personal recovery is', () => {
  const head =
    'Carer Peer Worker\nEastside Mental Health Service | Part-time | $36 an hour\n\nSupport carers of adults who use our community mental health service.\n\nSelection criteria\n- ';
  const rules = (line: string) => analyze(`${head}${line}`).findings.map((f) => f.ruleId);
  expect(rules('Lived experience of caring for someone with mental health difficulties')).not.toContain('le-category-mismatch');
  expect(rules('Lived experience as a carer of someone with mental health difficulties')).not.toContain('le-category-mismatch');
  expect(rules('Lived experience of recovery from your own mental health difficulties')).toContain('le-category-mismatch');
});

it('a class specification that joins its items with AND asks for more than lived experience', () => {
  const head =
    'Peer Recovery Specialist\nState Department of Health | Class Code 44120 | $38,200 - $51,900 annually\n\nCLASS CONCEPT\nEmployees in this class support adults in state programs toward the recovery goals they choose.\n\nMINIMUM QUALIFICATIONS\n';
  const rules = (items: string) => analyze(`${head}${items}`).findings.map((f) => f.ruleId);
  expect(
    rules(
      'Possession of a GED or high school diploma, AND self-identification as a person in recovery from a substance use disorder, AND current state certification as a peer recovery specialist.',
    ),
  ).not.toContain('le-only-qualification');
  expect(rules('Self-identification as a person in recovery from a substance use disorder.')).toContain('le-only-qualification');
});
