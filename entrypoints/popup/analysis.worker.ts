// The analyzer runs here, off the popup's main thread: the popup paints and its spinner keeps
// turning while compromise and the lexicons load and a long page is analyzed.
import { getAnalyzer, rewrite } from '../../src/core/index';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';
import { analyzePart } from '../../src/extension/editing/partial-analysis';

function answer(request: AnalysisRequest): AnalysisResponse {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  switch (request.kind) {
    case 'warm':
      getAnalyzer();
      return { id: request.id, ok: true, ms: ms(), warm: true };
    case 'analyze': {
      const report = getAnalyzer().analyze(request.input, request.options);
      return { id: request.id, ok: true, ms: ms(), report };
    }
    case 'analyze-part': {
      const report = analyzePart(getAnalyzer(), request.text, request.previous, request.options);
      return { id: request.id, ok: true, ms: ms(), report };
    }
    case 'rewrite':
      return { id: request.id, ok: true, ms: ms(), text: rewrite(request.text, request.findings) };
  }
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  let response: AnalysisResponse;
  try {
    response = answer(event.data);
  } catch (error) {
    response = { id: event.data.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
