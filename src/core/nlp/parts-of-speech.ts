// compromise, loaded only when a guard first needs parts of speech, and then only once: most
// texts are decided by the words alone, and importing compromise (it expands its lexicon at
// import) costs more than analyzing a posting. Its part-of-speech level (compromise/two) is all
// the guards read: the full library adds phrase chunking on every parse and the same tags. Shells that can load a module synchronously
// (Node) hand over a loader; the others await loadPartsOfSpeech() when analyze() asks for it.
import type nlpType from 'compromise/two';

export type Nlp = typeof nlpType;

/** analyze() needed parts of speech before compromise was loaded: await loadPartsOfSpeech() and run it again. */
export class PartsOfSpeechNotLoaded extends Error {
  constructor() {
    super('compromise is not loaded yet (await loadPartsOfSpeech() first)');
    this.name = 'PartsOfSpeechNotLoaded';
  }
}

let nlp: Nlp | null = null;
let syncLoader: (() => Nlp) | null = null;
let loading: Promise<void> | null = null;

/** A synchronous way to load compromise, called at most once, on first need (Node: require). */
export function providePartsOfSpeech(load: () => Nlp): void {
  syncLoader = load;
}

export function partsOfSpeechLoaded(): boolean {
  return nlp !== null;
}

/** Loads compromise now (a dynamic import); resolves at once when it is already loaded. */
export function loadPartsOfSpeech(): Promise<void> {
  if (nlp) return Promise.resolve();
  loading ??= import('compromise/two').then((m) => {
    nlp ??= m.default;
  });
  return loading;
}

/** compromise, loading it through the synchronous loader if one was given; else PartsOfSpeechNotLoaded. */
export function partsOfSpeech(): Nlp {
  if (!nlp && syncLoader) nlp = syncLoader();
  if (!nlp) throw new PartsOfSpeechNotLoaded();
  return nlp;
}
