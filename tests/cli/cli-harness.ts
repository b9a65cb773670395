// Runs the CLI two ways: in-process through run() with the real analyzer (fast, most tests),
// and as a real process through tsx (exit codes, stdin, the bin script).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { analyze, rewrite } from '../../src/core/index.js';
import { run } from '../../src/cli/run.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE_TXT = `${ROOT}examples/peer-support-specialist.txt`;
export const EXAMPLE_HTML = `${ROOT}examples/peer-support-specialist.html`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  stdin?: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  /**
   * As the installed program: `analyze` and `rewrite` on a worker thread. The in-process
   * analyzer given to the CLI then throws, so a test sees that nothing ran on this thread.
   */
  workerOnly?: boolean;
}

const NOT_HERE = (): never => {
  throw new Error('analyzed on the main thread');
};

export async function runCli(args: string[], options: CliRunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(
    args,
    {
      stdout: { write: (s: string | Uint8Array) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')) },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
      env: options.env ?? {},
      stdoutIsTTY: options.tty ?? false,
    },
    options.workerOnly ? { analyze: NOT_HERE, rewrite: NOT_HERE, isolate: true } : { analyze, rewrite },
  );
  return { code, stdout, stderr };
}

const TSX = `${ROOT}node_modules/tsx/dist/cli.mjs`;

/** Spawns `tsx <script> <args>` (or node for .mjs) in the project root; async, so a test server keeps serving. */
export function spawnCli(script: string, args: string[], stdin = ''): Promise<CliResult> {
  const argv = script.endsWith('.mjs') ? [script, ...args] : [TSX, script, ...args];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR; // with NO_COLOR too, Node prints a warning on stderr
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, {
      cwd: ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    // Decoded as a stream: a character's bytes can fall in two chunks ("‘" split across a pipe
    // read gave two replacement characters, now and then, on a loaded machine).
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (stdout += d));
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
