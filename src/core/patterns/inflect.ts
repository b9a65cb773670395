// Regular English inflections, generated when a pattern is compiled, so a lexicon lists
// lemmas ("addict~n", "suffer~v") instead of every form by hand.

const VOWEL = /[aeiou]/;
/** Endings of longer verbs stressed on the last syllable, which double the consonant. */
const STRESSED_LAST = /(trol|mit|pel|cur)$/;

/** Plurals no rule makes, for the person nouns the lexicons name. */
const IRREGULAR_PLURALS: Record<string, string> = { person: 'people', man: 'men', woman: 'women', child: 'children' };

export function nounForms(lemma: string): string[] {
  const forms = new Set([lemma]);
  const irregular = IRREGULAR_PLURALS[lemma];
  if (irregular) return [lemma, irregular, `${lemma}s`];
  // Greek nouns in -sis make their plural in -ses (crisis, crises; diagnosis, diagnoses).
  if (/sis$/.test(lemma)) forms.add(`${lemma.slice(0, -2)}es`);
  else if (/(s|x|z|ch|sh)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  return [...forms];
}

export function verbForms(lemma: string): string[] {
  const forms = new Set([lemma]);
  const last = lemma.at(-1) ?? '';
  // third person
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  // past and -ing
  if (last === 'e') {
    forms.add(`${lemma}d`);
    forms.add(lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
    // short CVC verbs double the consonant (stop → stopped); longer ones usually do not (suffer → suffered)
    // and so do verbs stressed on a last syllable like these (patrol → patrolling, submit → submitted)
    if ((lemma.length <= 4 && /[^aeiou][aeiou][^aeiouwxy]$/.test(lemma) && VOWEL.test(lemma)) || STRESSED_LAST.test(lemma)) {
      forms.add(`${lemma}${last}ed`);
      forms.add(`${lemma}${last}ing`);
    }
  }
  return [...forms];
}
