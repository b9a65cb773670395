// LinkedIn job pages (/jobs/view/… and the /jobs/search pane): class names drift every few
// months, so the list runs from the current unified top card back to the public guest page.
import { defineBoard } from './define.js';

export const linkedin = defineBoard({
  name: 'linkedin',
  label: 'LinkedIn',
  origins: ['https://www.linkedin.com/*'],
  domains: ['linkedin.com'],
  path: /^\/jobs\b|^\/comm\/jobs\b/,
  signature: '.jobs-description__content, .job-details-jobs-unified-top-card__job-title, .show-more-less-html__markup',
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    '.top-card-layout__title',
    '.topcard__title',
    'h1',
  ],
  organization: [
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name',
    '.topcard__org-name-link',
    '.top-card-layout__second-subline a',
  ],
  description: [
    '#job-details',
    '.jobs-description__content .jobs-box__html-content',
    '.jobs-description-content__text',
    '.jobs-description__content',
    '.show-more-less-html__markup',
    '.description__text',
  ],
});
