/**
 * SLOW (two production builds, about a minute on a 2-core machine; no browser needed).
 *
 * `npm run zip` (README: "Install — From the zips") writes the store packages: the Chrome zip, the
 * Firefox zip and the sources zip for addons.mozilla.org. This runs the commands of the `zip`
 * script in package.json as they are, with one change: the output goes to a temporary directory
 * (a config file that extends wxt.config.ts with another `outDir`), so the build the other
 * end-to-end tests use in `.output` is left alone. Then it opens each zip and checks what a store
 * reviewer gets: the manifest, the files, and nothing that should not be there.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../paths.ts';

const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
};

/** The entries of a zip file: name → contents (stored or deflated, as zips from WXT are). */
function readZip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  // End of central directory: the last record with its signature.
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${path} is not a zip`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory in ${path}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** Every file under `dir`, relative to it, with `/` separators. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const manifestOf = (zip: Map<string, Buffer>) =>
  JSON.parse(zip.get('manifest.json')?.toString('utf8') ?? '{}') as Record<string, unknown> & {
    permissions?: string[];
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js: string[] }[];
    commands?: Record<string, unknown>;
    browser_specific_settings?: { gecko?: { id?: string } };
  };

/** The files every package of the extension holds (the build of either browser). */
const EXTENSION_FILES = [
  'manifest.json',
  'background.js',
  'content-script.js',
  'lens.js',
  'sidepanel.html',
  'options.html',
  '_locales/en/messages.json',
  '_locales/zh_CN/messages.json',
  '_locales/zh_TW/messages.json',
];

describe('npm run zip', () => {
  let out = '';
  const zipPath = (kind: string) => join(out, `${pkg.name}-${pkg.version}-${kind}.zip`);

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'nansha-lens-zip-'));
    // The same config, another output directory. `.output` is excluded from the sources zip as
    // `npm run zip` excludes its own output directory (WXT adds the outDir to excludeSources).
    const config = join(out, 'wxt.config.ts');
    await writeFile(
      config,
      [
        `import base from ${JSON.stringify(join(ROOT, 'wxt.config.ts'))};`,
        'export default {',
        '  ...base,',
        `  outDir: ${JSON.stringify(out)},`,
        "  zip: { ...base.zip, excludeSources: [...(base.zip?.excludeSources ?? []), '.output/**'] },",
        '};',
      ].join('\n'),
    );
    const commands = pkg.scripts.zip?.split('&&').map((c) => c.trim().split(/\s+/)) ?? [];
    expect(commands.map((c) => c.slice(0, 2).join(' '))).toEqual(['wxt zip', 'wxt zip']);
    for (const [, ...args] of commands) {
      await run(join(ROOT, 'node_modules/.bin/wxt'), [...args, '-c', config], {
        cwd: ROOT,
        env: { ...process.env, CI: 'true' },
        maxBuffer: 64 * 1024 * 1024,
      });
    }
  }, 600_000);

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('writes the Chrome, Firefox and sources zips, named by package and version', () => {
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.zip'))
        .sort(),
    ).toEqual(['chrome', 'firefox', 'sources'].map((k) => `${pkg.name}-${pkg.version}-${k}.zip`));
  });

  it('the Chrome zip is the Chromium MV3 build: its manifest, and exactly the built files', () => {
    const zip = readZip(zipPath('chrome'));
    expect([...zip.keys()].sort()).toEqual(filesUnder(join(out, 'chrome-mv3')));
    expect([...zip.keys()]).toEqual(expect.arrayContaining(EXTENSION_FILES));
    const manifest = manifestOf(zip);
    expect(manifest).toMatchObject({
      manifest_version: 3,
      name: '__MSG_extName__',
      version: pkg.version,
      default_locale: 'en',
      minimum_chrome_version: '116',
      background: { service_worker: 'background.js' },
      side_panel: { default_path: 'sidepanel.html' },
    });
    expect(manifest.permissions).toEqual(
      expect.arrayContaining(['storage', 'contextMenus', 'scripting', 'sidePanel']),
    );
    expect(manifest.content_scripts?.[0]?.js).toEqual(['content-script.js']);
    expect(Object.keys(manifest.commands ?? {}).sort()).toEqual([
      '_execute_action',
      'add-note',
      'next-term',
      'previous-term',
      'toggle-site',
    ]);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });

  it('the Firefox zip is the Firefox MV3 build, with its fixed add-on id and a sidebar', () => {
    const zip = readZip(zipPath('firefox'));
    expect([...zip.keys()].sort()).toEqual(filesUnder(join(out, 'firefox-mv3')));
    expect([...zip.keys()]).toEqual(expect.arrayContaining(EXTENSION_FILES));
    const manifest = manifestOf(zip);
    expect(manifest).toMatchObject({
      manifest_version: 3,
      name: '__MSG_extName__',
      version: pkg.version,
      browser_specific_settings: {
        gecko: { id: 'nansha-lens@nansha-lens.invalid', strict_min_version: '140.0' },
      },
      sidebar_action: { default_panel: 'sidepanel.html' },
    });
    expect(manifest.background?.scripts).toEqual(['background.js']);
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('the sources zip holds what builds the add-on, and no build output, tests output or modules', () => {
    const names = [...readZip(zipPath('sources')).keys()];
    expect(names).toEqual(
      expect.arrayContaining([
        'package.json',
        'package-lock.json',
        'wxt.config.ts',
        'tsconfig.json',
        'src/corpus/terms.source.ts',
        'entrypoints/background.ts',
        'public/_locales/en/messages.json',
      ]),
    );
    const unwanted = names.filter((n) =>
      /^(\.output|node_modules|tests\/artifacts|\.wxt)\/|(^|\/)node_modules\//.test(n),
    );
    expect(unwanted).toEqual([]);
  });
});
