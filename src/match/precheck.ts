/**
 * A cheap first look: may a text contain a term? Native RegExps that match wherever the matcher
 * could find a term (a superset of it), generated at build time by `precheck-source.ts`, so a
 * page pays only for `new RegExp` and a native `test()`. A page on which they find nothing needs
 * neither the matcher (whose set-up is the content script's largest start-up cost) nor a walk of
 * its DOM.
 */
import type { PrecheckSources, WindowPrecheckSources } from './precheck-source.ts';

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
/**
 * Whitespace, which the matcher skips between two characters of a Chinese term (a line wrap):
 * dropped from the text before the Chinese windows' test (decision 091).
 */
const GAPS = /\s+/g;

/**
 * Folded as the matcher folds them (ignorables dropped, full-width letters and digits to ASCII,
 * lower case), the text needs only the lower-case ASCII forms: smaller RegExps, and no `i` flag,
 * which makes a RegExp slower to compile on every new page. Each RegExp a page compiles, and each
 * pass over its text, counts on a page without terms: the folding RegExps run only where the text
 * has something to fold (docs/decisions/004-precheck.md).
 */
export function prepare(raw: string): string {
  let text = raw;
  // Stryker disable next-line ConditionalExpression: folding text with nothing to fold is slower, not different
  if (TO_FOLD.test(text)) text = text.replace(IGNORABLES, '').replace(WIDE, toAscii);
  return text.toLowerCase();
}

/** May `text` hold a term? `prepared`: the text is `prepare`d already (two prechecks share it). */
export type Precheck = (text: string, prepared?: boolean) => boolean;

/** The precheck as a predicate. Each RegExp is compiled on first use. */
export function createPrecheck(sources: PrecheckSources): Precheck {
  let han: RegExp | undefined;
  let latin: RegExp | undefined;
  return (raw, prepared) => {
    const text = prepared ? raw : prepare(raw);
    // Stryker disable next-line ConditionalExpression: a shortcut (text without Han cannot match the Han windows)
    if (HAS_HAN.test(text)) {
      // Without the gaps: written into each window instead (`\s*` between its characters), they
      // made the RegExp several times slower to compile, which every Chinese page in a new
      // renderer pays; the pass over the text costs less.
      han ??= new RegExp(sources.han);
      if (han.test(text.replace(GAPS, ''))) return true;
    }
    latin ??= new RegExp(sources.latin);
    return latin.test(text);
  };
}

/**
 * The reader's documents' precheck (`buildWindowPrecheck`): a Chinese window is looked for in a
 * set, along the text's characters folded and with whitespace skipped, as the RegExp's `\s*`
 * would; built on first use.
 */
export function createWindowPrecheck(sources: WindowPrecheckSources): Precheck {
  let windows: Set<string> | undefined;
  /** Flags of the windows' characters, and raw code units folded to one of them (0: itself). */
  let chars: Uint8Array;
  let fold: Uint16Array;
  let lengths: number[];
  let longest: number;
  let latin: RegExp | undefined;
  const hasWindow = (text: string): boolean => {
    // Stryker disable next-line ConditionalExpression: built again on every call is slower, not different
    if (!windows) {
      windows = new Set(sources.windows.split(' '));
      chars = new Uint8Array(0x10000);
      for (const ch of sources.windows) chars[ch.charCodeAt(0)] = 1;
      fold = new Uint16Array(0x10000);
      for (const [raw, folded] of sources.fold.match(/.{2}/gs) ?? []) {
        fold[(raw as string).charCodeAt(0)] = (folded as string).charCodeAt(0);
      }
      lengths = [...new Set([...windows].map((w) => w.length))];
      longest = Math.max(...lengths);
    }
    // Code units and tables (no string per character): most of a page's text is no window's.
    let last = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const f = fold[c] || c;
      // Whitespace and separators, folded to a space, may be inside a term (a line wrap).
      if (f === 32) continue;
      if (chars[f] === 0) {
        last = '';
        continue;
      }
      // Stryker disable next-line MethodExpression: an unbounded run finds the same windows
      last = (last + String.fromCharCode(f)).slice(-longest);
      for (const n of lengths) if (windows.has(last.slice(-n))) return true;
    }
    return false;
  };
  return (raw, prepared) => {
    const text = prepared ? raw : prepare(raw);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: shortcuts (no Han, no windows: no walk)
    if (HAS_HAN.test(text) && sources.windows !== '' && hasWindow(text)) return true;
    latin ??= new RegExp(sources.latin);
    return latin.test(text);
  };
}
