import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PRECHECK } from '../src/match/generated/precheck.data.ts';
import { createPrecheck } from '../src/match/precheck.ts';
import { respond } from '../src/messaging/send.ts';
import { asTabMessage } from '../src/messaging/tab-guard.ts';
import { createFirstLook } from '../src/page/first-look.ts';

/**
 * Runs on every page, so it is small: the first look (src/page/first-look.ts) imports `lens.js`
 * only where the page may have a term. An unlisted script that the manifest lists as the content
 * script, with the highlights' stylesheet (wxt.config.ts; docs/decisions/001-content-script.md).
 */
export default defineUnlistedScript(async () => {
  const look = createFirstLook(createPrecheck(PRECHECK));
  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const message = asTabMessage(raw);
    if (!message) return undefined;
    return respond(look.answer(message), sendResponse);
  });
  await look.update();
});
