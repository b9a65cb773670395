// Idealist (nonprofit jobs). Its React markup has generated class names; the stable hooks are
// test ids, itemprops, the organization link and the section headings.
import { defineBoard } from './define.js';

export const idealist = defineBoard({
  name: 'idealist',
  label: 'Idealist',
  origins: ['https://www.idealist.org/*'],
  domains: ['idealist.org'],
  path: /\/(?:nonprofit-job|job)\//,
  signature: 'meta[property="og:site_name"][content="Idealist"], [data-qa-id="listing-description"]',
  title: ['[data-qa-id="listing-name"]', '[data-testid="listing-name"]', 'h1'],
  organization: [
    '[data-qa-id="listing-org-link"]',
    '[data-testid="listing-org-link"]',
    'a[href*="/nonprofit/"]',
    'a[href*="/organization/"]',
  ],
  description: [
    '[data-qa-id="listing-description"]',
    '[data-testid="listing-description"]',
    '[itemprop="description"]',
    '[class*="Description"]',
    'main article',
  ],
});
