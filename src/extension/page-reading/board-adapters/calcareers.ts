// CalCareers (California state jobs, an ASP.NET site): server control ids are stable, and the
// posting is split into panels (duties, desirable qualifications, special requirements).
import { defineBoard } from './define.js';

export const calcareers = defineBoard({
  name: 'calcareers',
  label: 'CalCareers',
  origins: ['https://calcareers.ca.gov/*'],
  domains: ['calcareers.ca.gov', 'jobs.ca.gov'],
  signature: '#lblWorkingTitle, #lblWorkingTitleHeader, [id$="pnlJobDescription"]',
  title: ['#lblWorkingTitle', '#lblWorkingTitleHeader', '[id$="lblWorkingTitle"]', '#lblPrimaryClassification', 'h1'],
  organization: ['#lblDepartmentName', '[id$="lblDepartmentName"]', '#lblPostalDepartment'],
  parts: [
    '[id$="pnlJobDescription"]',
    '[id$="pnlDesirableQualifications"]',
    '[id$="pnlSpecialRequirements"]',
    '[id$="pnlWorkingConditions"]',
  ],
  description: ['[id$="pnlJobDescription"]', '.job-posting-content', 'main'],
});
