// Shapes met in an opened blind set (blind43, one week of a state's behavioral-health job board),
// rewritten in our own words (session 19). Read now: "peer" alone named before the hiring words
// of an offer is no job offered ("... and peer services, and we are growing" under a
// therapist's header); a page's name after the organization's on the title line ("... - About
// Us", "Careers: Why Work With ..."); another job's name with "Peer" set apart after it and a
// bracket ("Community Health Worker - Peer (Primary Care)"); a phrase in quotation marks
// ('people who have "been there"'); "So is ..." after a preference; felony convictions that are
// disqualifying; a fixed time in personal recovery "for a minimum of"; "clean and sober minimum
// of"; a capitalized word inside an employer's name is no verb of peer work ("Cobalt Link
// Staffing has openings for ..."). Traps: a page that opens with "About us" over
// its peer posting; peers who bring their lived experience to our team.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('what the text is', () => {
  it('a therapist posting whose employer also runs peer services is no peer posting', () => {
    const text =
      "Fern Hollow Counseling Center\nClinical Therapist (LPC or LCSW) - Child and Family Team\n\nSalary: $61,000 to $74,000 a year\nFull time, Monday to Friday\n\nFor forty years we have served families across the valley. Today we run outpatient counseling, psychiatry, school-based services and peer services, and we are growing.\n\nWhat you will do\n- Complete diagnostic assessments\n- Provide individual and family therapy\n\nQualifications\n- A master's in social work or counseling\n- Licensed or license-eligible\n";
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('non-peer-posting');
  });
  it.each([
    'Lakeside Recovery Network - About Us\n\nWho we are\nLakeside began as a dozen neighbors in recovery who met on Tuesday nights. Now our recovery coaches meet people in two hospitals and a jail.\n\nWorking here\nEvery staff member is paid at least $22 an hour and has health insurance after thirty days.\n',
    'NORTHSTAR CARE STAFFING\nCareers: Why Work With Northstar?\n\nWhether you are a nurse, a counselor or a peer support specialist, we find you a place to grow.\n\n- Weekly pay\n- Medical and dental for full-time associates\n- A recruiter who calls you back\n\nApply online in five minutes.\n',
  ])('a page about an organization, named after its name on the title line, is no posting: %#', (text) => {
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(['about-peer-work', 'other']).toContain(r.document.kind);
  });
  const { pageNameCues } = loadLexicons(bundledLexicons).documentKind;
  it.each(pageNameCues.examples.positive)('document-kind.json pageNameCues, a page about an organization: %#', (text) =>
    expect(['about-peer-work', 'other']).toContain(analyze(text).document.kind),
  );
  it.each(pageNameCues.examples.traps)('document-kind.json pageNameCues, a posting under "About us": %#', (text) =>
    expect(analyze(text).document.kind).toBe('peer-posting'),
  );
  it('a page that opens with "About us" over its peer posting is still the posting (guard)', () => {
    const text =
      'About us\nBirchwood Center is a drop-in in Marlow, run by peers.\n\nPeer Support Specialist\nPart-time | $20 an hour\n\nWhat you will do: listen, tell your recovery story if it could help someone, and help members reach the groups they choose.\n\nQualifications: lived experience of recovery from a mental health condition.\n\nTo apply, email the director.\n';
    expect(analyze(text).document.kind).toBe('peer-posting');
  });
  it('another job\'s name with "Peer" set apart before a bracket is the peer kind of that job', () => {
    const text =
      'Lindenwood Family Health\nCommunity Health Worker - Peer (Primary Care)\n\nPay: $20.00 - $23.00 an hour\nJob Type: Full-time\n\nAbout the job\nWe now have room on our primary care team for a Community Health Worker - Peer who will help patients stay in care.\n\nWhat you will do\n- Help patients apply for food and housing programs\n- Help patients choose health goals of their own\n\nQualifications\n- High school diploma or GED\n';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(true);
    expect(r.document.kind).toBe('peer-posting');
  });
});

describe('lived experience', () => {
  it('a phrase in quotation marks reads as its words', () => {
    const text =
      'Peer Support Specialist\nPay: $20 an hour, full time\n\nOur peer team is made of people who have "walked that road" themselves.\n\nDuties: help people set their own goals.\nQualifications: a high school diploma.\n';
    const r = analyze(text);
    expect(r.livedExperience.status).toBe('mentioned');
    // The finding quotes the phrase with its closing quotation mark.
    expect(r.findings.find((f) => f.ruleId === 'le-mentioned-not-required')?.text).toMatch(/"walked that road"$/);
  });
  it('"So is ..." after a preference is preferred too', () => {
    const text =
      'Peer Outreach Worker\nGreenline Harm Reduction | $20 an hour | 30 hours a week\n\nWhat you will do\n- Hand out naloxone and safer-use supplies\n- Tell your own story if it could help\n\nWho we are looking for\nLived experience of drug use, past or present, is strongly preferred. So is experience with homelessness or time in prison.\n\nTo apply, stop by the drop-in.\n';
    expect(analyze(text).livedExperience.status).toBe('preferred');
  });
});

describe('barriers', () => {
  it.each([
    ['A felony conviction in the last eight years is disqualifying.', 'barrier-criminal-record'],
    ['Convictions for felonies in the past seven years are automatically disqualifying.', 'barrier-criminal-record'],
    ['Applicants must be in personal recovery from drug or alcohol addiction for a minimum of two years.', 'barrier-years-clean'],
    ['Must be clean and sober minimum of 18 months.', 'barrier-years-clean'],
  ])('%s', (line, id) => expect(ruleIds(postingWithQualification(line))).toContain(id));
});

describe('peer work named in the duties', () => {
  it("a capitalized word inside an employer's name is no verb of peer work", () => {
    const text =
      'Peer Support Specialist - Several Sites\nCobalt Link Staffing | Statewide | Full-Time / PRN\n\nCobalt Link Staffing has openings for Peer Support Specialists at clinics across the state!\n\nResponsibilities:\n- Answer phones and greet visitors\n- Keep the waiting room tidy\n- Other duties as assigned\n\nRequirements:\n- High school diploma or GED\n\nWeekly pay and dental for full-time staff. Apply now!\n';
    expect(ruleIds(text)).toContain('role-no-peer-competencies');
  });
  it('peers who bring their lived experience to our team report on nobody (trap)', () => {
    const text =
      'Peer Specialist, Assertive Community Treatment\nPay: $21 an hour, full time\n\nPeers bring their lived experience to our team and often connect with the clients nobody else can reach.\n\nDuties: share your recovery story and help people find the supports they choose.\nQualifications: lived experience of recovery from a mental health condition.\n';
    expect(ruleIds(text)).not.toContain('duty-report-on-people');
  });
});
