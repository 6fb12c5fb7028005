import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../src/page/article.ts';

/**
 * "Use this page": the panel injects this into the reader's tab when asked
 * (`scripting.executeScript`); the script's value is the article (src/page/article.ts).
 */
export default defineUnlistedScript(() => extractArticle(document));
