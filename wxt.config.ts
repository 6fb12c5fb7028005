import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { serveStatic } from './scripts/static-server.ts';

/** Port of the demo pages that `npm run dev` opens (the end-to-end fixtures). */
const DEMO_PORT = 5174;
const isRoot = process.getuid?.() === 0;
/** The add-on's id in Firefox (`browser_specific_settings.gecko.id`): never change it. */
const FIREFOX_ID = 'nansha-lens@nansha-lens.invalid';
/** The content script (entrypoints/content-script.ts) and its stylesheet, in the manifest. */
const CONTENT_SCRIPT_NAME = 'content-script';
const CONTENT_SCRIPT = `${CONTENT_SCRIPT_NAME}.js`;
/** https://v8.dev/blog/explicit-compile-hints: a comment at the top of the file. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: easier to read and to grep than auto-imports.
  imports: false,
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // sidePanel is Chromium's; Firefox gets a sidebar_action from WXT instead. `scripting` and the
    // host permission (the same sites as the content script's, so no new warning): the background
    // puts lens.js and the highlights' stylesheet into the frames that ask (docs/security.md).
    permissions:
      browser === 'firefox'
        ? ['storage', 'contextMenus', 'scripting']
        : ['storage', 'contextMenus', 'scripting', 'sidePanel'],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    // Chromium's floor: sidePanel.open() and setPanelBehavior() (116). Message replies go
    // through sendResponse, which every version honours (docs/decisions/003-message-replies.md).
    ...(browser !== 'firefox' && { minimum_chrome_version: '116' }),
    // No web_accessible_resources: no page can fetch a file of ours to learn we are installed.
    // The content script: an unlisted script listed here, without WXT's content-script wrapper;
    // nothing is added to the page's DOM. Why: docs/decisions/001-content-script.md
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        run_at: 'document_idle',
        js: [CONTENT_SCRIPT],
      },
    ],
    // Firefox: MV3 needs a fixed id (storage, install); CSS Custom Highlight API since 140.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: FIREFOX_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
    commands: {
      // Alt+Shift+N is not given to the action in Chromium 156; L is for Lens.
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_cmdOpenPanel__',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdToggleSite__',
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextTerm__',
      },
      // Chrome takes four suggested keys at most: this one is set in chrome://extensions/shortcuts.
      'previous-term': { description: '__MSG_cmdPrevTerm__' },
      'add-note': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_cmdAddNote__' },
    },
  }),
  // Store packages: the Firefox sources zip leaves out test output.
  zip: { excludeSources: ['tests/artifacts/**', 'coverage/**', 'stats.html'] },
  webExt: {
    binaries: {
      chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    },
    // Chromium refuses to start as root without --no-sandbox (containers, CI boxes).
    chromiumArgs: isRoot ? ['--no-sandbox'] : [],
    startUrls: [`http://127.0.0.1:${DEMO_PORT}/news-zh-CN.html`],
  },
  hooks: {
    // pdf.js's predefined CMaps for Chinese PDFs whose fonts are not embedded (UniGB-UCS2-H…),
    // read by the panel only when a PDF is opened (docs/decisions/104-pdf-files.md).
    'build:publicAssets': async (_wxt, files) => {
      const dir = join(import.meta.dirname, 'node_modules/pdfjs-dist/cmaps');
      for (const name of await readdir(dir)) {
        if (!/GB|CNS|B5|ETen|HK|Identity|LICENSE/.test(name)) continue;
        files.push({ absoluteSrc: join(dir, name), relativeDest: `cmaps/${name}` });
      }
    },
    // A text of the resolution that lacks a sentence, or a stale Traditional text, fails the build
    // with the sentence's id (docs/translation.md).
    'build:before': async () => {
      const { checkTexts } = await import('./scripts/gen-translation.ts');
      try {
        checkTexts();
      } catch (e) {
        // The message names the file and the ids; the stack would only show the config loader.
        throw Object.assign(new Error((e as Error).message), { stack: (e as Error).message });
      }
    },
    // `npm run dev` opens the browser on a demo page served from tests/fixtures.
    'server:started': async () => {
      const demo = await serveStatic(join(import.meta.dirname, 'tests/fixtures'), {
        port: DEMO_PORT,
      });
      console.info(`Demo pages: ${demo.origin}/news-zh-CN.html`);
    },
    // V8's compile hint: the content script's functions compiled with it, not parsed again on first
    // call (why: docs/decisions/001-content-script.md). Added after minification, which drops it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === CONTENT_SCRIPT_NAME)) return;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'nansha-lens:compile-hint',
          enforce: 'post',
          generateBundle(_options, bundle) {
            const chunk = bundle[CONTENT_SCRIPT];
            if (chunk?.type === 'chunk') chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          },
        },
      ];
    },
    // The content script runs on every page, lens.js on pages with terms: keep an eye on both.
    'build:done': async (wxt) => {
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      for (const [name, path] of [
        ['Content script', CONTENT_SCRIPT],
        ['lens.js', 'lens.js'],
      ]) {
        const bytes = await readFile(join(wxt.config.outDir, path as string)).catch(
          () => undefined,
        );
        if (!bytes) continue;
        const gzipped = gzipSync(bytes, { level: 9 }).length;
        wxt.logger.info(`${name}: ${kb(bytes.length)}, ${kb(gzipped)} gzipped`);
      }
    },
  },
});
