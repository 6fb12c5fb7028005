import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '/work/main/scripts/static-server.ts';
import { CHROME_PATH, CHROMIUM_FLAGS } from '/work/main/tests/paths.ts';
const server = await serveStatic('/work/shared/pages');
const ext = process.argv[2];
const pageName = process.argv[3] ?? 'youth.html';
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'p-')), { executablePath: CHROME_PATH, headless: false, args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`] });
await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
const self = new Map<string, number>(); let total = 0; const N = 6;
for (let i = 0; i < N; i++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
  await page.goto(server.url(`/${pageName}`), { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1500));
  const { profile } = await cdp.send('Profiler.stop') as any;
  const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  profile.samples.forEach((id: number, k: number) => {
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    let ours: any; const leaf: any = byId.get(id);
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) { const n: any = byId.get(x); if (n.callFrame.url.startsWith('chrome-extension')) { ours = n; break; } }
    if (!ours) return;
    total += dt;
    const key = `${leaf.callFrame.functionName || '(anon)'}:${leaf.callFrame.lineNumber}:${leaf.callFrame.columnNumber}${leaf === ours ? '' : ' <- ' + (ours.callFrame.functionName || '(anon)') + ':' + ours.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  await page.close();
}
console.log('total per load', (total / N).toFixed(2));
[...self].sort((a, b) => b[1] - a[1]).slice(0, 18).forEach(([k, v]) => console.log((v / N).toFixed(2), k.slice(0, 160)));
await context.close(); await server.close();
