import { ensureBuild } from '../build.ts';
import { CHROME_PATH, CI, chromiumAvailable, EXTENSION_DIR } from '../paths.ts';

/**
 * Checks for Chromium (missing: skipped locally, an error under CI=true) and tests the current
 * sources: builds when the build is missing or older than any source file (tests/build.ts).
 */
export default function setup(): void {
  if (!chromiumAvailable) {
    const message = `Chromium not found at ${CHROME_PATH}: install it (apt-get install -y chromium) or set CHROME_PATH.`;
    if (CI) throw new Error(message);
    console.warn(`${message} End-to-end tests are skipped.`);
  }
  ensureBuild(EXTENSION_DIR, 'chrome');
}
