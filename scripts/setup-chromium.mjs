// Puts Debian's Chromium on the machine for the browser tests (Playwright cannot download its
// own browser here). As root it runs apt-get; otherwise it prints the one line to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.PEERLENS_CHROMIUM ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log(`Chromium found at ${CHROMIUM}.`);
} else if (process.getuid?.() === 0) {
  console.log('Installing Chromium from Debian packages (apt-get)…');
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit' });
} else {
  console.error('Chromium is missing. Install it once with:  sudo apt-get update && sudo apt-get install -y chromium');
  process.exit(1);
}
