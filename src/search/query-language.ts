/**
 * What a query is written in, so results can answer in it: English (Latin words, no Han),
 * Traditional (a Han character that folds to another), or undecided (Han the two scripts share,
 * or nothing): then the UI's language decides. Pure.
 */
import { foldTable, HAN, kindTable, WORD } from '../text/search-fold.ts';

export type QueryLanguage = 'en' | 'zh-Hant' | undefined;

export function queryLanguage(query: string): QueryLanguage {
  const fold = foldTable();
  const kinds = kindTable();
  let latin = false;
  let han = false;
  for (let i = 0; i < query.length; i++) {
    const c = query.charCodeAt(i);
    const kind = kinds[c];
    if (kind === HAN) {
      han = true;
      if (fold[c] !== c) return 'zh-Hant';
    } else if (kind === WORD && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin = true;
  }
  return latin && !han ? 'en' : undefined;
}
