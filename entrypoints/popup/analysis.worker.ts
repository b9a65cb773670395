// The analyzer runs here, off the popup's main thread. It starts from the lexicons compiled at
// build time, so it is ready before the page's text arrives; compromise is loaded (once, as a
// chunk of its own, with its word model built at build time) only when a text's checks need
// parts of speech.
import { getAnalyzer, withPartsOfSpeech } from '../../src/core/default-analyzer';
import { importPartsOfSpeechFrom } from '../../src/core/nlp/parts-of-speech';
import { rewrite } from '../../src/core/rewrite';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';
import { analyzePart } from '../../src/extension/editing/partial-analysis';

importPartsOfSpeechFrom(() => import('../../src/core/nlp/parts-of-speech-ready.generated.js'));

/** A short posting in the words every posting has (a title, a duty), analyzed once the worker is idle. */
const WARM_UP_TEXT = 'Peer Support Specialist\n\nShare your own recovery story and support people to set their own goals.';

async function answer(request: AnalysisRequest): Promise<AnalysisResponse> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  switch (request.kind) {
    case 'warm':
      getAnalyzer();
      return { id: request.id, ok: true, ms: ms(), warm: true };
    case 'analyze': {
      const report = await withPartsOfSpeech(() => getAnalyzer().analyze(request.input, request.options));
      return { id: request.id, ok: true, ms: ms(), report };
    }
    case 'analyze-part': {
      const report = await withPartsOfSpeech(() => analyzePart(getAnalyzer(), request.text, request.previous, request.options));
      return { id: request.id, ok: true, ms: ms(), report };
    }
    case 'rewrite':
      return { id: request.id, ok: true, ms: ms(), text: rewrite(request.text, request.findings) };
  }
}

// One request at a time, in order: a request that waits for compromise holds the later ones.
let queue: Promise<void> = Promise.resolve();
/** Requests received and not yet answered. */
let unanswered = 0;
self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  unanswered += 1;
  queue = queue.then(async () => {
    let response: AnalysisResponse;
    try {
      response = await answer(event.data);
    } catch (error) {
      response = { id: event.data.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    unanswered -= 1;
    self.postMessage(response);
  });
};

/** How long the worker waits, idle, before its warm-up analysis: a page's first request that comes at once goes first. */
const WARM_UP_AFTER_MS = 50;

// The lexicons are revived right after the script has run, not when the first request arrives,
// and in a task of their own: the browser hands the page's requests to a worker only once its
// script has run and the page's thread has heard so, and that thread may be busy loading the
// report UI. The requests then wait here, not there. A failure is reported by the request that
// meets it again.
setTimeout(() => {
  try {
    getAnalyzer();
  } catch {
    // answered by the next request
  }
  // Then, once idle, one short analysis: it makes the tries of the phrase matchers every posting
  // runs (revived packed, each unpacked on its first run: see PhraseMatcher.revivePacked), which a
  // page's first analysis would otherwise pay for. Not while a request is in hand: that one
  // unpacks what it needs.
  setTimeout(() => {
    if (unanswered > 0) return;
    try {
      getAnalyzer().analyze(WARM_UP_TEXT);
    } catch {
      // a warm-up only: the requests meet any failure themselves
    }
  }, WARM_UP_AFTER_MS);
});
