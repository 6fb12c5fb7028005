import { execFileSync } from 'node:child_process';
import { ensureBuild } from '../build.ts';
import { CI, FIREFOX_EXTENSION_DIR, FIREFOX_PATH, firefoxAvailable } from '../paths.ts';

/**
 * Checks for Firefox (missing: skipped locally, an error under CI=true), says which one is
 * tested, and tests the current sources: builds the add-on when its build is missing or older
 * than any source file (tests/build.ts).
 */
export default function setup(): void {
  if (!firefoxAvailable) {
    const message = `Firefox not found at ${FIREFOX_PATH}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`;
    if (CI) throw new Error(message);
    console.warn(`${message} Firefox end-to-end tests are skipped.`);
    return;
  }
  const version = execFileSync(FIREFOX_PATH, ['--version'], { encoding: 'utf8' }).trim();
  console.info(`Firefox end-to-end tests on ${version} (${FIREFOX_PATH})`);
  ensureBuild(FIREFOX_EXTENSION_DIR, 'firefox');
}
