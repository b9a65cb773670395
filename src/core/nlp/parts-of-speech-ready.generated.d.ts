// compromise/two with its word model expanded at build time by scripts/build-parts-of-speech.ts,
// which writes parts-of-speech-ready.generated.js next to this file (generated, not committed).
import type nlp from 'compromise/two';

declare const ready: typeof nlp;
export default ready;
/** compromise's match rules, compiled at build time (what its first parse would compile). */
export declare const readyNet: () => { hooks: Record<string, unknown[]>; always: unknown[] };
