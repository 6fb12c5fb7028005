import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_PATH, chromiumAvailable, EXTENSION_DIR, ROOT } from '../paths.ts';

/** Builds the extension once per run when no build is there (npm test builds just before). */
export default function setup(): void {
  if (!chromiumAvailable) {
    const message = `Chromium not found at ${CHROME_PATH}: install it (apt-get install -y chromium) or set CHROME_PATH.`;
    if (process.env.CI) throw new Error(message);
    console.warn(`${message} End-to-end tests are skipped.`);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')) || process.env.E2E_BUILD === '1') {
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  }
}
