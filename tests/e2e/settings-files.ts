// Settings files for the import tests of both suites.

/** A good settings file: one organization term. */
export const GOOD_SETTINGS = {
  format: 'peerlens-settings',
  version: 1,
  hideInfo: false,
  disabledRules: [],
  customTerms: [
    { term: 'treatment team', suggestion: 'care team', severity: 'warning', note: 'Our style guide: the team belongs to the person.' },
  ],
};

/** The same with an unknown severity: refused as a whole, naming the field. */
export const BAD_SEVERITY_SETTINGS = {
  ...GOOD_SETTINGS,
  customTerms: [{ term: 'consumers', suggestion: 'people', severity: 'severe', note: '' }],
};
