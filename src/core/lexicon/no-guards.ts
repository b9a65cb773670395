// An entry with no guards: the lexicon schema's default, and what compiled rule sets and
// organization terms use when an entry names none. Kept apart from schema.ts so that code
// running at analysis time does not load zod for it.
export const NO_GUARDS = {
  unless: [] as string[],
  unlessInSentence: [] as string[],
  requireContext: [] as string[],
  requiredAcrossHyphen: false,
  personSubject: false,
  thingSubject: false,
  describesPerson: false,
  nominal: false,
  notInDescribingList: false,
};
