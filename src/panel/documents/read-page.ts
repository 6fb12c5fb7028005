/**
 * "Use this page": the article of the reader's tab (src/page/article.ts, injected as article.js
 * only now). The result is checked here: it comes from a script that read a web page.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { DOCUMENT_LIMITS, type PageArticle } from '../../documents/types.ts';

const ARTICLE_FILE = '/article.js';

const articleSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    title: v.pipe(v.string(), v.maxLength(1000)),
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(DOCUMENT_LIMITS.textChars)),
    url: v.pipe(v.string(), v.maxLength(8000)),
    lang: v.pipe(v.string(), v.maxLength(64)),
  }),
  v.object({
    ok: v.literal(false),
    error: v.picklist(['not-a-page', 'pdf', 'cannot-read', 'no-article', 'too-long']),
  }),
]);

/** The article of tab `tabId`, or why there is none. Never throws. */
export async function readPageArticle(tabId: number | undefined): Promise<PageArticle> {
  const tab =
    tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
  // chrome://, the extension's own pages, the new-tab page: not a page the extension may read.
  if (tabId === undefined || !tab?.url || !/^(https?|file):/.test(tab.url)) {
    return { ok: false, error: 'not-a-page' };
  }
  try {
    const [injected] = await browser.scripting.executeScript({
      target: { tabId },
      files: [ARTICLE_FILE],
    });
    const parsed = v.safeParse(articleSchema, injected?.result);
    return parsed.success ? parsed.output : { ok: false, error: 'cannot-read' };
  } catch {
    // The browser refused: a PDF viewer that takes no script, the Web Store, a page that errored.
    return { ok: false, error: /\.pdf(?:[?#]|$)/i.test(tab.url) ? 'pdf' : 'cannot-read' };
  }
}
