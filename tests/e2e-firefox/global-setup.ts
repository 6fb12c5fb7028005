import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR, FIREFOX_PATH, firefoxAvailable, ROOT } from '../paths.ts';

/** Checks for Firefox, says which one is tested, and builds the add-on when there is none. */
export default function setup(): void {
  if (!firefoxAvailable) {
    const message = `Firefox not found at ${FIREFOX_PATH}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`;
    if (process.env.CI) throw new Error(message);
    console.warn(`${message} Firefox end-to-end tests are skipped.`);
    return;
  }
  const version = execFileSync(FIREFOX_PATH, ['--version'], { encoding: 'utf8' }).trim();
  console.info(`Firefox end-to-end tests on ${version} (${FIREFOX_PATH})`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')) || process.env.E2E_BUILD === '1') {
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
}
