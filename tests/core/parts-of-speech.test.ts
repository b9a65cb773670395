// compromise is loaded only when a check needs parts of speech, and then once: without a way to
// load it synchronously, analyze() says so (and changes nothing), and withPartsOfSpeech() loads
// it and gives the report a synchronous load gives.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Core = typeof import('../../src/core/index.js');

/** A fresh copy of the core, with no loader for compromise (the test setup gives one). */
async function coreWithoutLoader(): Promise<Core> {
  vi.resetModules();
  return import('../../src/core/index.js');
}

// "suffers from" needs the subject of the verb, a person ("Maria") or a thing ("the budget"):
// the words alone cannot tell that a name is a person.
const NEEDS_PARTS_OF_SPEECH = 'My neighbor Maria suffers from depression.';
const WORDS_ONLY = 'Peer Support Specialist\n\nShare your recovery story with people we serve.';

describe('compromise on demand', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('is not loaded for a text the words alone decide', async () => {
    const core = await coreWithoutLoader();
    const report = core.analyze(WORDS_ONLY);
    expect(report.score).toBeGreaterThan(0);
    const { partsOfSpeechLoaded } = await import('../../src/core/nlp/parts-of-speech.js');
    expect(partsOfSpeechLoaded()).toBe(false);
  });

  it('is asked for when a guard needs parts of speech, and then gives the same report as a synchronous load', async () => {
    const core = await coreWithoutLoader();
    expect(() => core.analyze(NEEDS_PARTS_OF_SPEECH)).toThrow(core.PartsOfSpeechNotLoaded);
    // As the popup's worker does: compromise with its word model built ahead, imported.
    core.importPartsOfSpeechFrom(() => import('../../src/core/nlp/parts-of-speech-ready.generated.js'));
    const loaded = await core.withPartsOfSpeech(() => core.analyze(NEEDS_PARTS_OF_SPEECH));

    const withRequire = await coreWithoutLoader();
    const { requirePartsOfSpeechWhenNeeded } = await import('../../src/input/parts-of-speech-loader.js');
    requirePartsOfSpeechWhenNeeded();
    const expected = withRequire.analyze(NEEDS_PARTS_OF_SPEECH);
    expect(loaded).toEqual(expected);
    expect(expected.findings.some((f) => f.text.toLowerCase().startsWith('suffers from'))).toBe(true);
  });

  it('cannot be loaded when no shell said how', async () => {
    const core = await coreWithoutLoader();
    await expect(core.withPartsOfSpeech(() => core.analyze(NEEDS_PARTS_OF_SPEECH))).rejects.toThrow(/no way to load compromise/);
  });

  it('is loaded once, however many analyses need it', async () => {
    const core = await coreWithoutLoader();
    const { providePartsOfSpeech } = await import('../../src/core/nlp/parts-of-speech.js');
    const { createRequire } = await import('node:module');
    let loads = 0;
    providePartsOfSpeech(() => {
      loads += 1;
      return createRequire(import.meta.url)('compromise');
    });
    core.analyze(NEEDS_PARTS_OF_SPEECH);
    core.analyze(`${NEEDS_PARTS_OF_SPEECH} Her sister Ana suffers from it too.`);
    expect(loads).toBe(1);
  });
});
