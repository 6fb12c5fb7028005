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
 * Folded as the matcher folds them (ignorables dropped, full-width letters and digits to ASCII,
 * lower case), the text needs only the lower-case ASCII forms: smaller RegExps, and no `i` flag,
 * which makes a RegExp slower to compile on every new page. Each RegExp a page compiles, and each
 * pass over its text, counts on a page without terms: the folding RegExps run only where the text
 * has something to fold (docs/decisions/004-precheck.md).
 */
export function prepare(raw: string): string {
  let text = raw;
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
    if (HAS_HAN.test(text)) {
      // Its windows allow whitespace between characters (a line wrap inside a term).
      han ??= new RegExp(sources.han);
      if (han.test(text)) return true;
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
    if (!windows) {
      windows = new Set(sources.windows.split(' '));
      chars = new Uint8Array(0x10000);
      for (let i = 0; i < sources.windows.length; i++) chars[sources.windows.charCodeAt(i)] = 1;
      chars[32] = 0;
      fold = new Uint16Array(0x10000);
      for (let i = 0; i + 1 < sources.fold.length; i += 2) {
        fold[sources.fold.charCodeAt(i)] = sources.fold.charCodeAt(i + 1);
      }
      lengths = [...new Set([...windows].map((w) => w.length))];
      longest = Math.max(...lengths);
    }
    // Code units and tables (no string per character): most of a page's text is no window's.
    let last = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const f = fold[c] || c;
      if (f === 32) continue;
      if (chars[f] === 0) {
        // Whitespace (a line wrap) may be inside a term, as in the RegExp's `\s*`; not else.
        if (last !== '' && !isSpace(c)) last = '';
        continue;
      }
      const ch = String.fromCharCode(f);
      last = last.length < longest ? last + ch : last.slice(1) + ch;
      for (const n of lengths) {
        if (n <= last.length && windows.has(n === last.length ? last : last.slice(-n))) return true;
      }
    }
    return false;
  };
  return (raw, prepared) => {
    const text = prepared ? raw : prepare(raw);
    if (HAS_HAN.test(text) && sources.windows !== '' && hasWindow(text)) return true;
    latin ??= new RegExp(sources.latin);
    return latin.test(text);
  };
}

/** What `\s` matches, by code unit. */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
