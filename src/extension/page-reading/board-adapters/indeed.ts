// Indeed (indeed.com and its country sites): the job page and the right-hand pane of search results.
import { defineBoard, dropSuffix } from './define.js';

export const indeed = defineBoard({
  name: 'indeed',
  label: 'Indeed',
  origins: ['https://*.indeed.com/*'],
  domains: ['indeed.com', 'indeed.ca', 'indeed.co.uk', 'indeed.com.au'],
  signature: '#jobDescriptionText, [data-testid="jobsearch-JobInfoHeader-title"]',
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    'h1.jobsearch-JobInfoHeader-title',
    '.jobsearch-JobInfoHeader-title',
    '[data-testid="simpler-jobTitle"]',
    'h1',
  ],
  organization: [
    '[data-testid="inlineHeader-companyName"] a',
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    '.jobsearch-CompanyInfoContainer a',
    '.jobsearch-InlineCompanyRating div',
  ],
  description: [
    '#jobDescriptionText',
    '.jobsearch-jobDescriptionText',
    '[data-testid="jobsearch-JobComponent-description"]',
    '.jobsearch-JobComponent-description',
  ],
  // Indeed appends a visually hidden " - job post" to the heading.
  cleanTitle: dropSuffix(/\s*-\s*job post\s*$/i),
});
