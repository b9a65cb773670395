// Lever postings (jobs.lever.co): a headline, then description, list and closing sections;
// the last section is the apply button.
import { squashedText } from '../dom-utils.js';
import { defineBoard } from './define.js';

export const lever = defineBoard({
  name: 'lever',
  label: 'Lever',
  origins: ['https://jobs.lever.co/*'],
  domains: ['lever.co'],
  signature: '.posting-page .posting-headline',
  title: ['.posting-headline h2', '[data-qa="posting-name"]', '.posting-header h2', 'h2'],
  organization: [],
  // The logo's alt text, else the page title "Acme - Peer Support Specialist".
  organizationFallback: (doc) =>
    doc.querySelector('.main-header-logo img')?.getAttribute('alt')?.trim() ||
    squashedText(doc.querySelector('title')).split(' - ')[0] ||
    undefined,
  parts: ['[data-qa="job-description"]', '.posting-page .section-wrapper .section:not(.last-section-apply):not(.posting-header)'],
  description: ['.posting-page .content', '.section-wrapper'],
  cleanOrganization: (name) => name.replace(/\s+logo$/i, ''),
});
