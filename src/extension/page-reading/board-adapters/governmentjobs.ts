// governmentjobs.com (NEOGOV), which hosts most county and city job pages; schooljobs.com runs
// the same software.
import { defineBoard } from './define.js';

export const governmentjobs = defineBoard({
  name: 'governmentjobs',
  label: 'governmentjobs.com (NEOGOV)',
  origins: ['https://www.governmentjobs.com/*'],
  domains: ['governmentjobs.com', 'schooljobs.com'],
  path: /\/jobs\/\d+/,
  signature: '#details-info.tab-pane, #job-details-header .entity-title',
  title: ['.entity-title', '#job-title', 'h1.job-title', 'h2.job-title', 'h1'],
  organization: ['#agency-name', '.agency-name dd', '.agency-name', '.brand-name .page-title', '.employer-name'],
  description: ['#details-info', '.job-details-content', '#job-details', '.tab-pane.active'],
});
