/**
 * The hover card outside the extension: src/page/card.ts bundled for the browser (rolldown, the
 * bundler under Vite), shown in a plain page with an OPEN shadow root so axe can look inside. On
 * web pages the card's root is closed, which no page script — axe included — can enter.
 */
import { join } from 'node:path';
import { build } from 'rolldown';
import { ROOT } from '../../paths.ts';
import { artifact } from '../harness.ts';

let bundled: Promise<string> | undefined;

/** Builds tests/artifacts/a11y-card.js once per run; it defines `window.NanshaCard.HoverCard`. */
export function cardBundle(): Promise<string> {
  bundled ??= (async () => {
    const file = artifact('a11y-card.js');
    await build({
      input: join(ROOT, 'src/page/card.ts'),
      output: { file, format: 'iife', name: 'NanshaCard' },
      logLevel: 'silent',
    });
    return file;
  })();
  return bundled;
}

/** A page a reader might see: a heading, a paragraph with the term, nothing of the extension. */
export const CARD_PAGE = `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8"><title>Hover card test page</title></head>
  <body>
    <main>
      <h1>南沙新闻</h1>
      <p id="term">国务院印发《广州南沙深化面向世界的粤港澳全面合作总体方案》（南沙方案）。</p>
    </main>
  </body>
</html>`;
