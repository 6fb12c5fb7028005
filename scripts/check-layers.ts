/**
 * Checks that imports between the folders of `src/` point one way (docs/architecture.md): a
 * module imports from its own folder or from a folder of a lower layer, never from a higher one
 * nor from another folder of its own layer. Entrypoints may import any folder; `src/` never
 * imports an entrypoint. Cycles between files are Biome's `noImportCycles` (npm run lint).
 * Usage: `node scripts/check-layers.ts` (part of `npm run lint`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Lowest first. A folder may import from the layers below its own. */
export const LAYERS: readonly (readonly string[])[] = [
  ['text', 'i18n', 'assets'],
  ['corpus'],
  ['documents'],
  ['match', 'anchor'],
  ['search'],
  ['settings'],
  ['db'],
  ['messaging'],
  ['ui'],
  ['page', 'background', 'panel', 'options'],
];

const ROOT = resolve(import.meta.dirname, '..');
const IMPORT =
  /(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The top folder under src/ ('' outside src/, e.g. an entrypoint). */
function folderOf(path: string): string {
  const rel = relative(join(ROOT, 'src'), path);
  return rel.startsWith('..') ? '' : (rel.split('/')[0] ?? '');
}

export interface Violation {
  file: string;
  imports: string;
  why: string;
}

export function checkLayers(): Violation[] {
  const layerOf = new Map<string, number>();
  LAYERS.forEach((folders, i) => {
    for (const f of folders) layerOf.set(f, i);
  });
  const out: Violation[] = [];
  const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))];
  for (const file of files) {
    const from = folderOf(file);
    const isEntrypoint = relative(ROOT, file).startsWith('entrypoints');
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? '';
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      const rel = relative(ROOT, target);
      const report = (why: string) => out.push({ file: relative(ROOT, file), imports: spec, why });
      if (rel.startsWith('entrypoints') && !isEntrypoint) {
        report('src/ never imports an entrypoint');
        continue;
      }
      if (isEntrypoint || !rel.startsWith('src')) continue;
      const to = folderOf(target);
      if (to === from) continue;
      const a = layerOf.get(from);
      const b = layerOf.get(to);
      if (a === undefined) report(`src/${from} has no layer in scripts/check-layers.ts`);
      else if (b === undefined) report(`src/${to} has no layer in scripts/check-layers.ts`);
      else if (b === a) report(`src/${from} and src/${to} are on the same layer`);
      else if (b > a) report(`src/${from} is below src/${to}: imports point down`);
    }
  }
  return out;
}

if (import.meta.main) {
  const violations = checkLayers();
  for (const v of violations) console.error(`${v.file}: '${v.imports}': ${v.why}`);
  if (violations.length > 0) {
    console.error(`\n${violations.length} import(s) against the layers of docs/architecture.md`);
    process.exit(1);
  }
  console.log('Layers: every import between src/ folders points down (docs/architecture.md).');
}
