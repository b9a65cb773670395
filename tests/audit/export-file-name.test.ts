// Exported report names: clean words from the title, single dashes, no word cut in half.
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/report/export-file-name.js';

describe('exportFileName', () => {
  it.each([
    ['Peer Support Specialist - Acme | Indeed.com', 'peerlens-report-peer-support-specialist-acme-indeed-com.html'],
    ['Recovery Coach — Café Mañana (Part-time)', 'peerlens-report-recovery-coach-cafe-manana-part-time.html'],
    ['   ', 'peerlens-report.html'],
    ['***', 'peerlens-report.html'],
    [
      'Youth Peer Advocate__Family & Youth Services // County of Somewhere, Department of Behavioral Health',
      'peerlens-report-youth-peer-advocate-family-youth-services-county-of.html',
    ],
  ])('%s', (title, name) => {
    expect(exportFileName(title, 'html')).toBe(name);
  });

  it('never cuts a word, never doubles a dash, never ends on one', () => {
    const title = 'Certified Peer Recovery Specialist Supervisor Intergenerational Wellness Coordinator Extraordinaire';
    const name = exportFileName(title, 'md');
    const words = name.replace(/^peerlens-report-|\.md$/g, '').split('-');
    for (const w of words) expect(title.toLowerCase().split(' ')).toContain(w);
    expect(name).not.toMatch(/--|-\./);
    expect(name.length).toBeLessThanOrEqual('peerlens-report-'.length + 60 + '.md'.length);
  });
});
