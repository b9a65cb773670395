// Workday career sites (*.myworkdayjobs.com): a React app whose stable hooks are
// data-automation-id attributes.
import { metaContent } from '../dom-utils.js';
import { defineBoard } from './define.js';

export const workday = defineBoard({
  name: 'workday',
  label: 'Workday',
  origins: ['https://*.myworkdayjobs.com/*'],
  domains: ['myworkdayjobs.com', 'myworkdaysite.com'],
  signature: '[data-automation-id="jobPostingDescription"], [data-automation-id="jobPostingHeader"]',
  title: ['[data-automation-id="jobPostingHeader"]', 'h2[data-automation-id="jobTitle"]', 'h1'],
  organization: ['[data-automation-id="company"]', '[data-automation-id="legalEntity"]'],
  organizationFallback: (doc) => metaContent(doc, ['og:site_name']),
  description: [
    '[data-automation-id="jobPostingDescription"]',
    '[data-automation-id="job-posting-details"]',
    '[data-automation-id="richTextArea"]',
  ],
});
