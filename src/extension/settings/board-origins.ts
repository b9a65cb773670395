// Job boards where the user may let PeerLens check postings automatically, one by one. Their
// addresses are the manifest's optional host permissions: nothing here is granted until the
// user asks for a board on the options page. Keep in step with the board adapters in
// ../page-reading/.
export interface Board {
  name: string;
  origins: readonly string[];
}

export const BOARDS: readonly Board[] = [
  { name: 'Indeed', origins: ['https://*.indeed.com/*'] },
  { name: 'LinkedIn', origins: ['https://www.linkedin.com/*'] },
  { name: 'USAJOBS', origins: ['https://www.usajobs.gov/*'] },
  { name: 'governmentjobs.com (NEOGOV)', origins: ['https://www.governmentjobs.com/*'] },
  { name: 'CalCareers', origins: ['https://calcareers.ca.gov/*'] },
  { name: 'Idealist', origins: ['https://www.idealist.org/*'] },
  { name: 'Greenhouse', origins: ['https://boards.greenhouse.io/*', 'https://job-boards.greenhouse.io/*'] },
  { name: 'Lever', origins: ['https://jobs.lever.co/*'] },
  { name: 'Workday', origins: ['https://*.myworkdayjobs.com/*'] },
];

export const BOARD_ORIGINS: readonly string[] = BOARDS.flatMap((b) => b.origins);
