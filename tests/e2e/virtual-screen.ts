// A virtual X screen (Xvfb) for the few tests that need keys pressed as a keyboard presses them:
// a browser shortcut (manifest "commands") is handled by the browser's window, before any page
// sees the key, and neither headless Chromium nor the DevTools protocol's key events reach it.
// xdotool sends the keys through the X server (the XTEST extension), as a real keyboard does.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const XVFB = '/usr/bin/Xvfb';
const XDOTOOL = '/usr/bin/xdotool';
const run = promisify(execFile);

/** Why real key presses cannot be made on this machine, or null when they can. */
export function realKeysUnavailable(): string | null {
  const missing = [XVFB, XDOTOOL].filter((path) => !existsSync(path));
  if (!missing.length) return null;
  return `${missing.join(' and ')} missing (npm run setup installs them: apt-get install -y xvfb xdotool)`;
}

export interface VirtualScreen {
  /** The X display, as DISPLAY wants it (":99"). */
  display: string;
  stop(): void;
}

/** Starts Xvfb on a free display number (it writes the number it took on our pipe). */
export async function startVirtualScreen(): Promise<VirtualScreen> {
  const server: ChildProcess = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    const pipe = server.stdio[3] as NodeJS.ReadableStream;
    pipe.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    server.once('exit', (code) => reject(new Error(`Xvfb stopped (exit code ${code}) before taking a display`)));
  });
  return { display: `:${number}`, stop: () => server.kill() };
}

/** Gives the keyboard to the window whose title holds `title`, then presses `keys` ("alt+shift+k"). */
export async function pressInWindow(display: string, title: string, keys: string): Promise<void> {
  const env = { ...process.env, DISPLAY: display };
  const { stdout } = await run(XDOTOOL, ['search', '--name', title], { env });
  const window = stdout.trim().split('\n')[0];
  if (!window) throw new Error(`no window titled “${title}” on ${display}`);
  await run(XDOTOOL, ['windowfocus', '--sync', window], { env });
  await run(XDOTOOL, ['key', '--clearmodifiers', keys], { env });
}
