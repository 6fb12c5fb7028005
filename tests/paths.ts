/**
 * Where the tests find things, for both browsers' end-to-end harnesses and the benchmarks: the
 * built extensions, the fixtures, the artifacts, the browsers, and whether those are here.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
/** `npm run build` writes the Chromium MV3 extension here. */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** `npm run build:firefox` writes the Firefox MV3 add-on here. */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const ARTIFACTS_DIR = join(ROOT, 'tests/artifacts');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Under CI (CI set, other than `false` or `0`; .ci/run sets CI=true) nothing is skipped: a
 * missing browser, build or ../shared/pages is an error.
 */
export const CI = (process.env.CI ?? '') !== '' && !['false', '0'].includes(process.env.CI ?? '');

/** Outside CI a machine without Chromium skips the end-to-end tests; under CI=true they fail. */
export const chromiumAvailable = existsSync(CHROME_PATH);
export const skipE2E = !chromiumAvailable && !CI;

/** Outside CI a machine without Firefox skips its tests; under CI=true they fail. */
export const firefoxAvailable = existsSync(FIREFOX_PATH);
export const skipFirefox = !firefoxAvailable && !CI;

/**
 * Real saved pages (../shared/pages beside the checkout, or SHARED_PAGES), read where they are,
 * never copied.
 */
export const SHARED_PAGES_DIR = process.env.SHARED_PAGES
  ? resolve(process.env.SHARED_PAGES)
  : resolve(ROOT, '../shared/pages');

/** Chromium's flags for every test and benchmark: headless, and no traffic of its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
