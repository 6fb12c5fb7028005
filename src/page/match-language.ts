/**
 * Which text of the resolution a match on a page calls for: English for an English form, and
 * Traditional where the form, the text around it or the page's language is Traditional (南沙方案
 * is written alike in both scripts); Hong Kong conventions on zh-HK and zh-MO pages.
 */
import type { Term } from '../corpus/glossary.ts';
import type { PassageLanguage, Region } from '../corpus/languages.ts';
import { T2S } from '../text/generated/t2s-glossary.data.ts';

let traditional: Set<number> | undefined;

/** True when the text has a Traditional character (of those the glossary needs: 區, 灣, 東 …). */
function hasTraditional(text: string): boolean {
  if (!traditional) {
    traditional = new Set();
    for (let i = 0; i + 1 < T2S.length; i += 2) traditional.add(T2S.charCodeAt(i));
  }
  for (let i = 0; i < text.length; i++) if (traditional.has(text.charCodeAt(i))) return true;
  return false;
}

export function matchLanguage(
  term: Term,
  matched: string,
  context: string,
  pageLang: string,
): { language: PassageLanguage; region: Region } {
  const region: Region = /-(hk|mo)\b/i.test(pageLang) ? 'hk' : 'tw';
  if (/[A-Za-z]/.test(matched)) return { language: 'en', region };
  const form = term.variants.find((v) => v.form === matched);
  const hant =
    form?.script === 'zh-Hant' ||
    hasTraditional(matched) ||
    hasTraditional(context) ||
    /^zh-(hant|tw|hk|mo)/i.test(pageLang);
  return { language: hant ? 'zh-Hant' : 'original', region };
}
