// Job boards where the user may let PeerLens check postings automatically. These are the
// manifest's optional host permissions: nothing here is granted until the user asks for it
// on the options page. Keep in step with the board adapters in ../page-reading/.
export const BOARD_ORIGINS = [
  'https://*.indeed.com/*',
  'https://www.linkedin.com/*',
  'https://www.usajobs.gov/*',
  'https://www.governmentjobs.com/*',
  'https://calcareers.ca.gov/*',
  'https://www.idealist.org/*',
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://*.myworkdayjobs.com/*',
] as const;

/** Names shown next to the permission request, so the user knows what they grant. */
export const BOARD_NAMES = [
  'Indeed',
  'LinkedIn',
  'USAJOBS',
  'governmentjobs.com (NEOGOV)',
  'CalCareers',
  'Idealist',
  'Greenhouse',
  'Lever',
  'Workday',
] as const;
