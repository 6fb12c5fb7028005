/**
 * Firefox end-to-end harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
 * the built MV3 add-on installed as a temporary add-on, fixtures served on 127.0.0.1.
 *
 * What BiDi lets us see of the network: every request of the tabs and their frames — pages and
 * the extension's own pages opened in a tab (network.beforeRequestSent, subscribed for the whole
 * browser). Not visible: the background page and the sidebar (neither is a browsing context BiDi
 * exposes) and Firefox's own services. For those the profile routes every request to a host
 * other than localhost to a proxy that refuses connections, so nothing can leave the machine.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { test as base, expect } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/static-server.ts';
import { FIREFOX_EXTENSION_DIR, FIREFOX_PATH, FIXTURES_DIR } from '../paths.ts';

export { skipFirefox } from '../paths.ts';
export { expect };

/** The raw WebDriver BiDi connection under puppeteer's Browser (puppeteer-core 24). */
interface BidiConnection {
  on(event: string, handler: (params: never) => void): void;
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface BeforeRequestSent {
  context: string | null;
  request: { url: string };
}

export interface RecordedRequest {
  url: string;
  /** BiDi browsing context (tab or frame) that made it. */
  context: string | null;
}

export interface FirefoxExtension {
  browser: Browser;
  /** `browser_specific_settings.gecko.id` of the built add-on. */
  id: string;
  /** moz-extension://<uuid>, fixed for the test through `extensions.webextensions.uuids`. */
  origin: string;
  server: StaticServer;
  /** Every request BiDi reported while the test ran. */
  requests: RecordedRequest[];
  /** Opens a fixture page in a new tab and waits for its load event. */
  openFixture(path: string): Promise<Page>;
  /** Opens the sidebar's page (sidepanel.html) in a tab, ready for input. */
  openPanelTab(): Promise<Page>;
  /** Evaluates `expression` in the browser window's chrome scope; returns its (primitive) value. */
  chrome(expression: string): Promise<unknown>;
  /**
   * Whether this Firefox's WebDriver BiDi reaches the browser window (toolbar, sidebar): Firefox
   * 153 does with `--remote-allow-system-access`; Debian's firefox-esr 140 ignores `moz:scope`.
   */
  hasChromeScope(): Promise<boolean>;
  /** Does what a click on the add-on's toolbar button does (Firefox's own triggerAction). */
  clickToolbarButton(): Promise<void>;
  /** The page the sidebar shows, or null when it is closed. */
  sidebarPage(): Promise<string | null>;
}

/** A request to anything but 127.0.0.1 (the extension's own pages are not network requests). */
export function isExternal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['moz-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'resource:'].includes(protocol))
    return false;
  return hostname !== '127.0.0.1';
}

/** Nothing but localhost gets through: other hosts go to a proxy on a closed port (discard, 9). */
const OFFLINE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.socks_remote_dns': true,
  'network.proxy.no_proxies_on': '',
  'network.dns.disablePrefetch': true,
  'network.trr.mode': 5,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.network.url': '',
  'app.normandy.enabled': false,
  'toolkit.telemetry.enabled': false,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function manifestGeckoId(): string {
  const manifest = JSON.parse(
    readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'),
  ) as {
    manifest_version: number;
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (manifest.manifest_version !== 3 || !id) {
    throw new Error(`${FIREFOX_EXTENSION_DIR} is not a Firefox MV3 build with a gecko id`);
  }
  return id;
}

/** Starts Firefox on a fresh profile with the add-on installed. */
export async function launchFirefox(
  requests: RecordedRequest[],
): Promise<Omit<FirefoxExtension, 'server' | 'requests' | 'openFixture'>> {
  const id = manifestGeckoId();
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets BiDi navigate a tab to moz-extension:// and reach the browser window (toolbar, sidebar).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...OFFLINE_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
    },
  });
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection) throw new Error('puppeteer-core no longer exposes its BiDi connection');
  const bidi: BidiConnection = connection;
  connection.on('network.beforeRequestSent', (event: BeforeRequestSent) =>
    requests.push({ url: event.request.url, context: event.context }),
  );
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== id) throw new Error(`installed ${installed}, expected ${id}`);
  const origin = `moz-extension://${uuid}`;

  /** The browser window's chrome context, where this Firefox's BiDi gives access to it. */
  async function browserWindow(): Promise<string | undefined> {
    const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: { context: string; url: string }[];
    };
    return tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
  }

  async function chrome(expression: string): Promise<unknown> {
    const window = await browserWindow();
    if (!window) throw new Error('no browser window');
    const { result } = (await bidi.send('script.evaluate', {
      expression,
      target: { context: window },
      awaitPromise: true,
    })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: object } };
    if (result.type !== 'success') throw new Error(JSON.stringify(result.exceptionDetails));
    return result.result?.value ?? null;
  }

  return {
    browser,
    id,
    origin,
    chrome,
    hasChromeScope: async () => (await browserWindow()) !== undefined,
    async openPanelTab() {
      const page = await browser.newPage();
      // BiDi reports no load for a tab that moves into the extension process: start the
      // navigation, then wait for the panel itself.
      page.goto(`${origin}/sidepanel.html`, { timeout: 0 }).catch(() => {});
      for (const deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(100)) {
        const ready = await page
          .evaluate(
            () =>
              location.protocol === 'moz-extension:' &&
              document.readyState === 'complete' &&
              document.querySelector('input[type=search]') !== null,
          )
          .catch(() => false); // the old document went away under us
        if (ready) return page;
      }
      throw new Error('the panel page did not load');
    },
    async clickToolbarButton() {
      await chrome(`(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = WebExtensionPolicy.getByID(${JSON.stringify(id)}).extension;
        ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      })()`);
    },
    async sidebarPage() {
      return (await chrome(`(() => {
        if (!SidebarController.isOpen) return null;
        const doc = SidebarController.browser?.contentDocument;
        return doc?.getElementById('webext-panels-browser')?.currentURI?.spec ?? null;
      })()`)) as string | null;
    },
  };
}

/**
 * Vitest fixture: `ff` is a fresh Firefox profile with the add-on and a fixture server; after the
 * test it fails if any request went to a host other than 127.0.0.1.
 */
export const test = base.extend<{ ff: FirefoxExtension }>({
  // biome-ignore lint/correctness/noEmptyPattern: Vitest fixtures take their dependencies first.
  ff: async ({}, use) => {
    const server = await serveStatic(FIXTURES_DIR);
    const requests: RecordedRequest[] = [];
    let launched: Awaited<ReturnType<typeof launchFirefox>> | undefined;
    try {
      launched = await launchFirefox(requests);
      const browser = launched.browser;
      const ff: FirefoxExtension = {
        ...launched,
        server,
        requests,
        async openFixture(path) {
          const page = await browser.newPage();
          await page.goto(server.url(path), { waitUntil: 'load' });
          return page;
        },
      };
      await use(ff);
      const external = requests.filter((r) => isExternal(r.url)).map((r) => r.url);
      expect(external, 'requests that left 127.0.0.1').toEqual([]);
    } finally {
      await launched?.browser.close().catch(() => {});
      await server.close();
    }
  },
});

/**
 * Every range highlighted on the page, as text, in document order. The names are random on each
 * page (docs/security.md), and the fixtures register no highlight of their own: all are ours.
 */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight) if (r instanceof Range) ranges.push(r);
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

/** Viewport centre of the first highlighted range whose text is `text`, scrolled into view. */
export async function centreOfHighlighted(
  page: Page,
  text: string,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        if (!(range instanceof Range) || range.toString() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        if (r) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not highlighted`);
  return point;
}
