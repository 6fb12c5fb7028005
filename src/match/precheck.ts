/**
 * A cheap first look: may a text contain a term? Native RegExps that match wherever the matcher
 * could find a term (a superset of it), generated at build time by `precheck-source.ts`, so a
 * page pays only for `new RegExp` and a native `test()`. A page on which they find nothing needs
 * neither the matcher (whose set-up is the content script's largest start-up cost) nor a walk of
 * its DOM.
 */
import type { PrecheckSources } from './precheck-source.ts';

/** Characters the matcher skips inside a term (soft hyphen, zero-width, CJK quotes). */
const IGNORABLES = /[\u00ad\u200b-\u200d\u2060\ufeff\u201c\u201d\u300c-\u300f]/g;
/** Full-width letters and digits (ＧＢＡ), which the matcher folds to ASCII. */
const WIDE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
/**
 * Either of them: one pass over the text finds whether it needs folding at all (most Latin text
 * does not). No g flag: test() keeps no state.
 */
const TO_FOLD = new RegExp(`[${IGNORABLES.source.slice(1, -1)}${WIDE.source.slice(1, -1)}]`);
const toAscii = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
/** CJK ideographs (with the compatibility block, where some Traditional forms are). */
const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The precheck as a predicate. Each RegExp is compiled on first use. */
export function createPrecheck(sources: PrecheckSources): (text: string) => boolean {
  let han: RegExp | undefined;
  let latin: RegExp | undefined;
  return (raw) => {
    // Folded as the matcher folds them (ignorables dropped, full-width letters and digits to
    // ASCII, lower case), the text needs only the lower-case ASCII forms: smaller RegExps, and no
    // `i` flag, which makes a RegExp slower to compile on every new page. Each RegExp a page
    // compiles, and each pass over its text, counts on a page without terms: the folding
    // RegExps run only where the text has something to fold (docs/decisions/004-precheck.md).
    let text = raw;
    if (TO_FOLD.test(text)) text = text.replace(IGNORABLES, '').replace(WIDE, toAscii);
    text = text.toLowerCase();
    if (HAS_HAN.test(text)) {
      // Its windows allow whitespace between characters (a line wrap inside a term).
      han ??= new RegExp(sources.han);
      if (han.test(text)) return true;
    }
    latin ??= new RegExp(sources.latin);
    return latin.test(text);
  };
}
