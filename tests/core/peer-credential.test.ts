// A job named otherwise ("Harm Reduction Specialist") that asks the applicant for a peer
// credential is a peer role; a credential the job only deals with (supervising certified peers,
// running the certification program, knowing the process) is not. Written for this test in two
// rounds, each run once before the lexicon was changed for it.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

describe('a peer credential asked of the applicant', () => {
  it.each([
    'Harm Reduction Specialist\nOutreach to people who use drugs; distribute supplies; connect people to care. $20/hr.\nQualifications\n- Certified Peer Recovery Specialist (CPRS) required, or obtain within 6 months.',
    'Community Outreach Worker\nFull-time, $19/hr.\nRequirements\n- Must hold state certification as a Peer Support Specialist.\n- Valid driver license.',
    'Recovery Support Worker II\nPay $21/hr. Apply online.\nMinimum Qualifications\n- Current CPS (Certified Peer Specialist) credential.',
    "Crisis Diversion Specialist\n$21/hr, nights.\nRequirements\n- CRSS (Certified Recovery Support Specialist) or willing to obtain within 6 months.\n- Valid driver's license.",
    'Outreach Worker - Opioid Response Team\n$20.50/hr.\nWhat you need\n- Peer recovery specialist certification (or eligible within 90 days).',
    'Family Support Worker\n$19/hr.\nRequirements\n- Certified Family Peer Specialist credential required.',
  ])('makes a peer role: %s', (text) => expect(analyze(text).role.isPeerRole).toBe(true));

  it.each([
    'Clinical Supervisor\nSupervise a team of certified peer specialists and case managers. $70,000/yr.\nQualifications\n- LCSW or LPC required.',
    "Training Coordinator\nCoordinate peer specialist certification trainings for the state. $55,000/yr.\nQualifications\n- Bachelor's degree; experience running trainings.",
    "Case Manager\nFull-time, $22/hr. Coordinate services for adults with serious mental illness.\nQualifications\n- Bachelor's degree in human services.\n- Experience working alongside certified peer specialists preferred.",
    'Program Coordinator\n$50,000/yr. Run our peer certification program for the state.\nRequirements\n- Knowledge of the peer certification process required.\n- Three years of program management.',
    'Outpatient Therapist\n$65,000/yr.\nQualifications\n- LCSW or LPC required.\n- Familiarity with recovery coach certification a plus.',
  ])('does not: %s', (text) => expect(analyze(text).role.isPeerRole).toBe(false));
});

describe('a preference for lived experience', () => {
  it.each([
    'HR Coordinator\nFull-time, $52,000/yr. Manage onboarding and benefits for our 200 staff.\nQualifications\n- Two years of HR experience.\nWe prioritize hiring people with lived experience of mental health and substance use recovery.',
    'Billing Specialist\n$21/hr. Process Medicaid claims.\nQualifications\n- Billing experience.\n- Lived experience of recovery preferred.',
  ])('does not make a job that serves no one a peer role: %s', (text) => expect(analyze(text).role.isPeerRole).toBe(false));

  it('still makes a job that works with the people served a peer role', () => {
    const text =
      'Family Support Coordinator\n$22/hr\n\nGo with parents of children with disabilities to school meetings, and lead a monthly parent group.\n\nQualifications\n- High school diploma\n- Personal experience as a parent of a child with special needs preferred';
    expect(analyze(text).role.isPeerRole).toBe(true);
  });
});
