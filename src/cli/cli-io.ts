// What the CLI touches of the outside world, injected so tests can run it in-process.
import type { AnalyzeInput, AnalyzeOptions, Finding, Report } from '../core/types.js';

export interface Writable {
  write(chunk: string | Uint8Array): unknown;
}

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colors are for people, not pipes). */
  stdoutIsTTY: boolean;
}

/** The analyzer the CLI runs: src/core in the real program. */
export interface Engine {
  analyze(input: AnalyzeInput, options?: AnalyzeOptions): Report;
  rewrite(text: string, findings: readonly Finding[]): string;
  /**
   * Loads what `analyze` and `rewrite` need, where the program does not load it at start (the
   * installed program: its main thread seldom analyzes); awaited before either is called here.
   */
  prepare?: () => Promise<void>;
  /**
   * `analyze` and `rewrite` read and analyze each input on a worker thread under a memory and a
   * time limit (the installed program). Tests that run the CLI in-process with their own analyzer leave it off.
   */
  isolate?: boolean;
}

export const EXIT = {
  ok: 0,
  /** Some input scored below --fail-under. */
  belowThreshold: 1,
  /** Bad usage or an input that could not be read. */
  usage: 2,
  /** A bug in PeerLens itself. */
  internal: 3,
} as const;

/** NO_COLOR (https://no-color.org) wins; FORCE_COLOR turns colors on for a pipe. */
export function useColor(io: CliIO): boolean {
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.stdoutIsTTY;
}

export function printError(io: CliIO, message: string): void {
  io.stderr.write(`peerlens: ${message}\n`);
}
