// Makes sure the browser the end-to-end tests drive is installed: Debian's chromium at
// /usr/bin/chromium (Playwright's own browser download needs the internet; see playwright.config.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error(
    `The end-to-end tests need Chromium at ${CHROMIUM}, which is not installed.\n` +
      "Install Debian's package and run the tests again:\n\n" +
      '  sudo apt-get install chromium\n',
  );
  process.exit(1);
}

console.log(`Chromium is missing at ${CHROMIUM}: installing Debian's chromium package …`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit code ${result.status ?? result.signal ?? result.error?.message}).`);
    process.exit(1);
  }
}
if (!existsSync(CHROMIUM)) {
  console.error(`apt-get installed chromium, but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
