// compromise, loaded only when a guard first needs parts of speech, and then only once: most
// texts are decided by the words alone. Its part-of-speech level (compromise/two) is all the
// guards read: the full library adds phrase chunking on every parse and the same tags. Each
// shell says how to load it: Node requires it synchronously (providePartsOfSpeech); the
// extension's scripts import it (importPartsOfSpeechFrom) and await loadPartsOfSpeech() when
// analyze() asks for it. Where start time counts, they load parts-of-speech-ready.generated.js:
// compromise/two with the word model it would expand at import built at build time
// (scripts/build-parts-of-speech.ts), the same parses for a quarter of the start.
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
let importer: (() => Promise<{ default: Nlp }>) | null = null;
let loading: Promise<void> | null = null;

/** A synchronous way to load compromise, called at most once, on first need (Node: require). */
export function providePartsOfSpeech(load: () => Nlp): void {
  syncLoader = load;
}

/** An asynchronous way (a dynamic import), for loadPartsOfSpeech(). */
export function importPartsOfSpeechFrom(load: () => Promise<{ default: Nlp }>): void {
  importer = load;
}

export function partsOfSpeechLoaded(): boolean {
  return nlp !== null;
}

/** Loads compromise now; resolves at once when it is already loaded. */
export function loadPartsOfSpeech(): Promise<void> {
  if (nlp) return Promise.resolve();
  if (syncLoader) {
    nlp = syncLoader();
    return Promise.resolve();
  }
  const load = importer;
  if (!load) return Promise.reject(new Error('no way to load compromise was given (importPartsOfSpeechFrom or providePartsOfSpeech)'));
  loading ??= load().then((m) => {
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
