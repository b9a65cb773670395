// A provider's page headed like a guide ("How to Become a Parent Partner") that puts a job's
// header line under it (the role's name, a dash, its employer) and addresses applicants is that
// employer's posting; a certifying body or a course's name on that line keeps the page a document.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const requirements = `Applicants must meet the following:
- At least one year in recovery from a substance use disorder
- Willing to share their own story with others
- High school diploma or GED`;

const page = (title: string, header: string) =>
  `${title}\n\n${header}\n\nOur coaches walk with people in early recovery.\n\n${requirements}\n`;

describe('a job header line under a guide-like page heading', () => {
  it.each([
    ['How to Become a Recovery Coach', 'Recovery Coach - Northgate Recovery Services'],
    ['How to Become a Recovery Coach', 'Peer Recovery Coach | Northgate Recovery Services'],
    ['How to Become a Recovery Coach', 'Recovery Coach at Northgate Recovery Services'],
  ])('%s / %s: a posting', (title, header) => {
    expect(analyze(page(title, header)).document.kind).toBe('peer-posting');
  });

  it.each([
    // A certifying body beside the role: a certification page.
    ['How to Become a Recovery Coach', 'Certified Recovery Coach - State Certification Board'],
    // A course's name is no role's.
    ['How to Become a Recovery Coach', 'Recovery Coach Academy - Summit Training Institute'],
    // A date or a number after the dash is no employer.
    ['How to Become a Recovery Coach', 'Recovery Coach - Spring 2027 Cohort'],
    // A document's name after the dash is no employer.
    ['How to Become a Recovery Coach', 'Recovery Coach - Training and Certification'],
    ['How to Become a Recovery Coach', 'Recovery Coach - Career Overview'],
    // No header line: the guide's heading stands.
    ['How to Become a Recovery Coach', 'Our coaches and what they need'],
  ])('%s / %s: about peer work', (title, header) => {
    expect(analyze(page(title, header)).document.kind).toBe('about-peer-work');
  });

  it('the header line alone, with no mark of a job offer, leaves a guide a guide', () => {
    const text =
      'How to Become a Recovery Coach\n\nRecovery Coach - Northgate Recovery Services\n\nCoaches walk with people in early recovery and help them find meetings.\n';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
});
