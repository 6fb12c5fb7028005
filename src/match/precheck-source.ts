/**
 * Builds the precheck's RegExp sources (at build time: `npm run gen:glossary`). The runtime side,
 * which only compiles and runs them, is `precheck.ts`.
 *
 * A precheck is a superset of the matcher — wherever the matcher finds a term, it matches — but
 * it is built from one short window of each form (four Chinese characters, two Latin words).
 * The text it reads has ignorables dropped, full-width letters and digits folded to ASCII, and
 * is lower-cased (`precheck.ts`), so the Latin windows are plain lower-case ASCII, without the
 * `i` flag (which makes a RegExp slower to compile, on every page of every new renderer). All
 * windows are factored into a trie (one branch per first character instead of one per form).
 * The Chinese windows are a RegExp of their own, behind a lookahead of their first characters,
 * which an English page never compiles. Why, as measured: docs/decisions/004-precheck.md.
 */
import type { Term } from '../corpus/glossary.ts';
import { buildFoldTables, foldString, IGNORABLE, SEPARATOR, SEPARATORS } from '../text/fold.ts';

/**
 * The most frequent characters of written Chinese (about 500). A precheck window made of them
 * would fire on every Chinese page (关于推…, 国际化…), so windows with rarer characters win.
 */
const COMMON_HAN = new Set(
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切板装谈团号围显层推州省府县局厅项健康医疗环境质量水平标准服务管理企业市场经济发展改革开放创新人才青年安全'.split(
    '',
  ),
);
/** Characters a Chinese window has (the whole form when it is shorter). */
const HAN_WINDOW = 4;

/** Escapes that hold under the `u` flag too (it refuses needless ones): outside classes, in. */
const escapeOut = (ch: string) => ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const escapeIn = (ch: string) => ch.replace(/[\\\][^-]/g, '\\$&');

/** Full-width letters and digits, which `precheck.ts` folds to ASCII before the test. */
const isWideAlnum = (c: number) =>
  (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);

export interface PrecheckSources {
  /** Windows of Chinese forms: needed only for text with Chinese characters. */
  han: string;
  /** Windows of Latin forms (English, acronyms, numbered congresses). */
  latin: string;
}

/**
 * The RegExp sources (lower case, no flags) for the terms' forms. `t2s` is the matcher's
 * Traditional → Simplified pairs: each Chinese character becomes a class of itself and its
 * Traditional forms.
 */
export function buildPrecheckSources(terms: readonly Term[], t2s: string): PrecheckSources {
  const { fold } = buildFoldTables(t2s);
  // Raw characters that fold to each folded character (Traditional forms, full-width letters).
  const sources = new Map<number, Set<string>>();
  const addSource = (raw: number) => {
    const f = fold[raw] as number;
    if (f === IGNORABLE || f === SEPARATOR || f === raw) return;
    const set = sources.get(f) ?? new Set<string>();
    set.add(String.fromCharCode(raw));
    sources.set(f, set);
  };
  for (let k = 0; k < t2s.length; k += 2) addSource(t2s.charCodeAt(k));
  // Full-width punctuation (，) stays in the classes; letters and digits are folded beforehand.
  for (let c = 0xff01; c <= 0xff5e; c++) if (!isWideAlnum(c)) addSource(c);

  // A folded character and every raw character that folds to it (the text is lower-cased).
  const charClass = (f: number): string => {
    const chars = [String.fromCharCode(f), ...(sources.get(f) ?? [])];
    return chars.length === 1 ? escapeOut(chars[0] as string) : `[${chars.map(escapeIn).join('')}]`;
  };
  // Whitespace and hyphens, which the matcher reads as one separator however many there are: any
  // run of non-word characters, a superset as short to compile as a separator can be.
  const sep = '\\W+';

  // Each window as a list of tokens (a character class, or the separator run).
  const latin: string[][] = [];
  const han: string[][] = [];
  const cls = (ch: string) => charClass(ch.charCodeAt(0));
  for (const t of terms) {
    for (const v of t.variants) {
      const key = foldString(v.form, fold);
      if (key === '') continue;
      const first = key.charCodeAt(0);
      if (first < 0x250 && isLatinWord(first)) {
        // Latin: the rarest two adjacent words (a one-word form: that word), so that a form
        // that starts "high-level" or "portal for" does not pass on every page that says so.
        const words = rarestPair(key.split(String.fromCharCode(SEPARATOR)));
        latin.push(words.flatMap((w, i) => [...(i > 0 ? [sep] : []), ...[...w].map(cls)]));
      } else {
        // Chinese: any run of the form's characters must be in the text where the form is, so
        // take the window of four with the fewest common characters (关于推进… → 南沙深化).
        // The matcher skips whitespace inside a Chinese term (重大战 略性平台): precheck.ts
        // drops it from the text before this test, so the window is written without gaps.
        han.push([...rarestWindow(key)].map(cls));
      }
    }
  }
  // A skeleton (skeleton.ts) is looked for only at its trigger words: they must pass too.
  for (const t of terms) {
    for (const s of t.skeletons ?? []) {
      for (const form of s.groups[s.trigger] ?? []) {
        const words = rarestPair(foldString(form, fold).split(String.fromCharCode(SEPARATOR)));
        latin.push(words.flatMap((w, i) => [...(i > 0 ? [sep] : []), ...[...w].map(cls)]));
      }
    }
  }
  const firsts = new Set(han.flatMap((w) => classChars(w[0] as string)));
  return {
    han: `(?=[${[...firsts].sort().map(escapeIn).join('')}])(?:${trie(han)})`,
    latin: trie(latin),
  };
}

/** The reader's documents' precheck: Chinese windows for a set, Latin ones as a RegExp source. */
export interface WindowPrecheckSources {
  /** The folded Chinese windows, separated by spaces (a window holds none). */
  windows: string;
  /** Pairs of characters, a raw one then the folded one it stands for (Traditional forms, full-width punctuation), for the windows' characters. */
  fold: string;
  /** As `PrecheckSources.latin`. */
  latin: string;
}

/**
 * The precheck of many terms (a reader's documents: up to 50 × 500): the same windows, but the
 * Chinese ones looked up in a set by `createWindowPrecheck`, since a RegExp of a thousand windows
 * with whitespace allowed between characters takes Chromium 50–100 ms to compile on every
 * Chinese page (docs/decisions/101-document-lens.md). Whitespace in a window is dropped: the
 * lookup skips whitespace in the text.
 */
export function buildWindowPrecheck(terms: readonly Term[], t2s: string): WindowPrecheckSources {
  const { fold, changed } = buildFoldTables(t2s);
  const windows = new Set<string>();
  for (const t of terms) {
    for (const v of t.variants) {
      const key = foldString(v.form, fold);
      const first = key.charCodeAt(0);
      if (first < 0x250 && isLatinWord(first)) continue;
      const window = rarestWindow(key).replaceAll(String.fromCharCode(SEPARATOR), '');
      if (window !== '') windows.add(window);
    }
  }
  const chars = new Set([...windows].join(''));
  const pairs: string[] = [];
  // Of the code units that fold to another (not all 65,536: a lens is compiled on every edit),
  // whitespace and dashes, which the lookup skips as a space, and those folded to a window's.
  for (const raw of [...changed, ...SEPARATORS]) {
    const f = fold[raw] as number;
    const folded = String.fromCharCode(f);
    if (f !== raw && (f === SEPARATOR || chars.has(folded))) {
      pairs.push(String.fromCharCode(raw) + folded);
    }
  }
  return {
    windows: [...windows].join(' '),
    fold: pairs.join(''),
    latin: buildPrecheckSources(terms, t2s).latin,
  };
}

const isLatinWord = (f: number) =>
  (f >= 0x30 && f <= 0x39) || (f >= 0x61 && f <= 0x7a) || f >= 0xc0;

/** The characters a token stands for (a class's members, or the character itself). */
function classChars(token: string): string[] {
  if (!token.startsWith('[')) return [token.replace(/^\\/, '')];
  return [...token.slice(1, -1).replace(/\\(.)/g, '$1')];
}

/**
 * Alternatives as a trie: `南沙|南沙湾|粤港澳大` → `南沙|粤港澳大`. A window that another window
 * starts with makes the longer one needless (the precheck only asks whether one may be there).
 */
function trie(list: readonly string[][]): string {
  const children = new Map<string, string[][]>();
  for (const tokens of list) {
    if (tokens.length === 0) return '';
    const [head, ...rest] = tokens as [string, ...string[]];
    children.set(head, [...(children.get(head) ?? []), rest]);
  }
  return [...children]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([head, rests]) => {
      const tail = trie(rests);
      const branches = new Set(rests.map((r) => r[0])).size;
      return head + (tail === '' || branches === 1 ? tail : `(?:${tail})`);
    })
    .join('|');
}

/**
 * Everyday English words and the glossary's own frequent ones: a Latin window of them alone would
 * pass on most English pages (high-level, portal for, communist party).
 */
const COMMON_EN = new Set(
  'area based bay central china chinese committee communist comprehensive congress cooperation council development economic further global government greater high international level major modern national new one opening overall party plan platform promoting quality state strategic system three two up world'.split(
    ' ',
  ),
);
/** Function words: a window with one is the worst (gateway for, connectivity of). */
const FUNCTION_EN = new Set(
  'a about after also among an and are as at be between by for from in is it its of on or that the this to was with'.split(
    ' ',
  ),
);

/** How rare an English word (lower case) is in everyday text: function words lowest. */
export const wordRarity = (w: string): number =>
  FUNCTION_EN.has(w) ? -50 : COMMON_EN.has(w) ? 0 : 100 + w.length;

/**
 * The two adjacent words with the fewest everyday ones (then the longest), or the one word:
 * high-level opening-up portal → level opening.
 */
export function rarestPair(words: readonly string[]): string[] {
  if (words.length <= 2) return [...words];
  const score = wordRarity;
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 1 < words.length; i++) {
    const sc = score(words[i] as string) + score(words[i + 1] as string);
    if (sc > bestScore) {
      best = i;
      bestScore = sc;
    }
  }
  return words.slice(best, best + 2);
}

function rarestWindow(key: string): string {
  if (key.length <= HAN_WINDOW) return key;
  let best = key.slice(0, HAN_WINDOW);
  let bestScore = -1;
  for (let i = 0; i + HAN_WINDOW <= key.length; i++) {
    const window = key.slice(i, i + HAN_WINDOW);
    // A window must be all Chinese: a separator or Latin letter inside would need its own rules.
    if (/[^\p{Script=Han}]/u.test(window)) continue;
    const score = [...window].filter((ch) => !COMMON_HAN.has(ch)).length;
    if (score > bestScore) {
      best = window;
      bestScore = score;
    }
  }
  return best;
}
