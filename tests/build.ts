/**
 * The end-to-end runs test the current sources: the global setups build the extension when its
 * build is missing or older than any file it is built from (compared by modification time).
 * `npm test` builds just before, so its end-to-end runs find the build fresh and do not build
 * again; `npm run test:e2e` alone after an edit builds first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** What a build is made from: folders (every file and folder under them) and single files. */
export const BUILD_INPUTS = [
  'src',
  'entrypoints',
  'public',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
];

/** The newest modification time under `path` (a folder's own time changes when a file goes). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Why `outDir` must be built again (missing, older than a source file, or E2E_BUILD=1), or
 * undefined when it is up to date.
 */
export function staleBuild(outDir: string): string | undefined {
  if (process.env.E2E_BUILD === '1') return 'E2E_BUILD=1';
  const manifest = join(outDir, 'manifest.json');
  if (!existsSync(manifest)) return `no build in ${outDir}`;
  const built = statSync(manifest).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const newest = newestMtime(join(ROOT, input));
    if (newest > built) return `${input} changed since the build in ${outDir}`;
  }
  return undefined;
}

/** Builds with WXT (`browser`: chrome or firefox) when the build is stale; says why. */
export function ensureBuild(outDir: string, browser: 'chrome' | 'firefox'): void {
  const reason = staleBuild(outDir);
  if (!reason) return;
  console.info(`Building the extension for ${browser}: ${reason}.`);
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', browser], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
