// The live check: the draft's posting is analyzed as it grows, off the page's main thread (the
// popup's analysis worker), with the user's settings. A check that is overtaken by a newer
// draft is dropped, so the score beside the form is always the latest text's.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../../src/core/types';
import { analyzeOptionsFrom } from '../../src/input/settings-analyze-options';
import { loadSettings } from '../../src/extension/settings/storage';
import { analyzeInWorker, warmAnalyzer } from '../popup/analysis-client';

export type LiveCheck =
  | { phase: 'waiting' }
  | { phase: 'checking'; report: Report | null }
  | { phase: 'done'; report: Report }
  | { phase: 'error'; message: string };

const PAUSE_MS = 350;

export function useLiveCheck(text: string): LiveCheck {
  const [state, setState] = useState<LiveCheck>({ phase: 'waiting' });
  const latest = useRef(0);
  useEffect(warmAnalyzer, []);
  useEffect(() => {
    if (!text.trim()) {
      setState({ phase: 'waiting' });
      return;
    }
    const run = ++latest.current;
    setState((s) => ({ phase: 'checking', report: s.phase === 'done' || s.phase === 'checking' ? s.report : null }));
    const timer = setTimeout(async () => {
      try {
        const settings = await loadSettings();
        // The builder writes a job posting: the document kind is not left to guessing.
        const report = await analyzeInWorker(text, { ...analyzeOptionsFrom(settings), documentKind: 'peer-posting' });
        if (run === latest.current) setState({ phase: 'done', report });
      } catch (error) {
        if (run === latest.current) setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return state;
}
