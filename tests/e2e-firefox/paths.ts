import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** `npm run build:firefox` writes the MV3 add-on here. */
export const EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Outside CI a machine without Firefox skips these tests; under CI=true they fail. */
export const firefoxAvailable = existsSync(FIREFOX_PATH);
export const skipFirefox = !firefoxAvailable && !process.env.CI;
