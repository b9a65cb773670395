// USAJOBS announcements: the posting is split into Summary, Duties and Requirements sections
// (Requirements holds Conditions of Employment, Qualifications and Education).
import { defineBoard } from './define.js';

export const usajobs = defineBoard({
  name: 'usajobs',
  label: 'USAJOBS',
  origins: ['https://www.usajobs.gov/*'],
  domains: ['usajobs.gov'],
  path: /\/(?:job|GetJob\/ViewDetails)\//i,
  signature: '.usajobs-joa-banner__title, .usajobs-joa-section',
  title: ['h1.usajobs-joa-banner__title', '.usajobs-joa-banner__title', '#job-title', 'h1'],
  organization: ['.usajobs-joa-banner__agency', '.usajobs-joa-banner__hiring-organization', '.usajobs-joa-banner__dept'],
  parts: ['#summary', '#duties', '#requirements', '#qualifications', '#education'],
  description: ['.usajobs-joa-section', 'main article', 'main'],
});
