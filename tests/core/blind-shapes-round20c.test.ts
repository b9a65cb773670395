// Shapes met in an opened blind set (session 20: what a job seeker has in front of them on job
// boards and careers sites), rewritten in our own words. Read now: a page of employee reviews;
// a job alert's numbered results, each over a line of employer, place and pay; bed turnover;
// searches of a jail's pods; booking and confirming patients' appointments; a visitor log and
// badges; driving named as the main function (these two from the set of text out of PDFs); a VA
// rating decision asked as proof. Traps: notes kept "using" the agency's record; chores "shared by" everyone;
// housing searches; members booking their own appointments; one posting sent as a "job alert".
// Checked against the session's start: the traps of the job alert, the housing searches and the
// members' own appointments and log passed there too and are kept as guards.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('what the text is', () => {
  it('a page of employee reviews for a peer job is about the work, not an offer of it', () => {
    const text =
      'Lakeview Behavioral Health Employee Reviews for Recovery Coach\n\nOverall rating: 3.1 out of 5 · 88 reviews\nPay & benefits 2.9 · Management 3.0\n\n"Great team, low pay"\nRecovery Coach (Former Employee) – Toledo, OH\nPros: The coaches look out for each other. Good PTO.\nCons: They had me driving the van most days and covering the front desk.\n';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('about-peer-work');
    expect(r.findings.map((f) => f.family)).not.toContain('role');
  });

  it("a job alert's numbered results name several jobs: no one posting's duties are read", () => {
    const text =
      'From: Job Finder <alerts@jobs.example>\nSubject: Your saved search: peer support, Akron\n\nHi Sam,\n\nHere is what was posted since your last email.\n\n1. Peer Support Specialist\n   Summit Clinic · Akron, OH · $19–$22/hr\n   ...walk beside adults in our outpatient program and share your own recovery...\n   Posted today\n\n2. Behavioral Health Technician – Nights\n   Cuyahoga Detox · Cuyahoga Falls, OH · $17/hr\n   ...take vitals, perform room checks and collect urine samples...\n   Posted 2 days ago\n\n3. Recovery Coach\n   Hope Street Center · Kent, OH · $18/hr\n   ...coach people early in recovery from addiction...\n   Posted 3 days ago\n';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('other');
    expect(r.findings.filter((f) => f.family === 'role')).toEqual([]);
  });

  it('one posting headed "job alert" is still that posting (trap)', () => {
    const text =
      'JOB ALERT - Marsh County Human Resources\nApply through the County portal by Friday.\n\nTITLE: Peer Recovery Coach\nSALARY: $20.10 - $24.00/hour, full time\n\nWHAT THE JOB IS\nThe Peer Recovery Coach meets adults leaving the county jail and helps them connect to treatment and housing.\n\nQUALIFICATIONS\n- Lived experience of recovery from substance use is required.\n';
    const r = analyze(text);
    expect(r.document.kind).toBe('peer-posting');
  });
});

describe('duties', () => {
  it.each([
    ['Help with bed turnover after each discharge.', 'duty-cleaning'],
    ['Join deputies on pod searches twice a week.', 'duty-enforce-rules'],
    ['Schedule and confirm client appointments each morning.', 'duty-clerical'],
    ['Keep the visitor sign-in log and issue visitor badges at the front desk.', 'duty-clerical'],
    ['Driving is the main function of this job; most of the day is spent on the road.', 'duty-transport'],
  ])('%j is read as %s', (line, id) => expect(ruleIds(postingWithDuty(line))).toContain(id));

  it.each([
    ['Keep brief notes on the help you provide, using our electronic chart.', 'duty-report-on-people'],
    ['Kitchen chores are shared by guests and staff alike.', 'duty-report-on-people'],
    ['Help members with housing searches and benefits applications.', 'duty-enforce-rules'],
    ['Help members book and confirm their own appointments.', 'duty-clerical'],
    ['Help members keep their own log of appointments.', 'duty-clerical'],
  ])('%j is not read as %s (trap)', (line, id) => expect(ruleIds(postingWithDuty(line))).not.toContain(id));
});

describe('what an application asks', () => {
  it('a VA rating decision asked as proof asks for a diagnosis', () =>
    expect(ruleIds(postingWithQualification('Include a copy of the VA disability rating decision that lists your condition.'))).toContain(
      'inquiry-diagnosis',
    ));
});
