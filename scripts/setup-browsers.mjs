// Puts Debian's Chromium and Firefox ESR on the machine for the browser tests (Playwright cannot
// download its own browsers here). As root it installs what is missing with apt-get; otherwise
// it prints the one line to run. Chromium is required; without Firefox ESR the Firefox tests are
// reported as skipped, with the reason, and without Xvfb and xdotool (a virtual screen, and real
// key presses on it) so is the shortcut test with real keys; on CI (CI=true) all are required.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = [
  { name: 'Chromium', path: process.env.PEERLENS_CHROMIUM ?? '/usr/bin/chromium', pkg: 'chromium', required: true },
  {
    name: 'Firefox ESR',
    path: process.env.PEERLENS_FIREFOX ?? '/usr/bin/firefox-esr',
    pkg: 'firefox-esr',
    required: Boolean(process.env.CI),
    skips: 'the Firefox tests',
  },
  { name: 'Xvfb', path: '/usr/bin/Xvfb', pkg: 'xvfb', required: Boolean(process.env.CI), skips: 'the shortcut test with real keys' },
  {
    name: 'xdotool',
    path: '/usr/bin/xdotool',
    pkg: 'xdotool',
    required: Boolean(process.env.CI),
    skips: 'the shortcut test with real keys',
  },
];

const missing = BROWSERS.filter((b) => !existsSync(b.path));
for (const b of BROWSERS) if (!missing.includes(b)) console.log(`${b.name} found at ${b.path}.`);

if (missing.length > 0 && process.getuid?.() === 0) {
  const packages = missing.map((b) => b.pkg).join(' ');
  console.log(`Installing ${missing.map((b) => b.name).join(' and ')} from Debian packages (apt-get)…`);
  try {
    execSync(`apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages}`, { stdio: 'inherit' });
  } catch {
    console.error(`apt-get could not install ${packages}.`);
  }
}

let failed = false;
for (const b of missing) {
  if (existsSync(b.path)) continue;
  const how = `install it once with:  sudo apt-get update && sudo apt-get install -y ${b.pkg}`;
  if (b.required) {
    console.error(`${b.name} is missing; ${how}`);
    failed = true;
  } else {
    console.warn(`${b.name} is missing, so ${b.skips} will be skipped; ${how}`);
  }
}
process.exit(failed ? 1 : 0);
