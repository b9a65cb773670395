// Greenhouse job boards: the current job-boards.greenhouse.io markup and the older
// boards.greenhouse.io one (description in #content, company in .company-name "at Acme").
import { squashedText } from '../dom-utils.js';
import { defineBoard } from './define.js';

export const greenhouse = defineBoard({
  name: 'greenhouse',
  label: 'Greenhouse',
  origins: ['https://boards.greenhouse.io/*', 'https://job-boards.greenhouse.io/*'],
  domains: ['greenhouse.io'],
  signature: '.job__description, #app_body #content .app-title',
  title: ['.job__title h1', 'h1.app-title', '.app-title', 'h1.section-header', 'h1'],
  organization: ['.company-name', '[class*="company-name"]'],
  // "Job Application for Peer Support Specialist at Acme"
  organizationFallback: (doc) => /\bat\s+(.+)$/.exec(squashedText(doc.querySelector('title')))?.[1],
  description: ['.job__description', '[class*="job__description"]', '#content', '#app_body .content'],
  cleanOrganization: (name) => name.replace(/^at\s+/i, ''),
});
