// The analyzer runs here, off the popup's main thread: the popup paints and its spinner keeps
// turning while compromise and the lexicons load and a long page is analyzed.
import { analyze, rewrite } from '../../src/core/index';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  let response: AnalysisResponse;
  try {
    response =
      request.kind === 'analyze'
        ? { id: request.id, ok: true, report: analyze(request.input, request.options) }
        : { id: request.id, ok: true, text: rewrite(request.text, request.findings) };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
