/**
 * Matcher throughput on real pages (`../shared/pages/*.html`, when present) and on a generated
 * 1M-character text, against (a) a bare charCodeAt pass and (b) one combined RegExp alternation of
 * all variant forms, measured in the same run. Also lists which terms match each page (noise check).
 * The last row is a stress case: the resolution repeated, far denser in terms than any page.
 *
 * Run: `npm run bench` or `node tests/bench/matcher.bench.ts`. MB = 10^6 bytes of UTF-8.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { glossary } from '../../src/corpus/glossary.ts';
import { PRECHECK } from '../../src/match/generated/precheck.data.ts';
import { createMatcher } from '../../src/match/matcher.ts';
import { createPrecheck } from '../../src/match/precheck.ts';

const ROOT = new URL('../../', import.meta.url);
const PAGES = new URL('../shared/pages/', ROOT);

/** Crude text extraction: drop scripts, styles and tags, decode a few entities. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
}

/**
 * Deterministic 1M-character mix (by pieces): 45% English news words, 45% Chinese characters drawn
 * with the resolution's own character frequencies (so rich in terms' first characters), 8% whole
 * sentences of the resolution, 2% glossary forms: about one hit per 100 characters.
 */
export function generatedText(size = 1_000_000): string {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const raw = readFileSync(new URL('src/corpus/resolution.zh-CN.txt', ROOT), 'utf8');
  const sentences = raw.split(/(?<=[。!])/).filter((s) => s.trim() !== '');
  const hanzi = [...raw].filter((c) => /\p{Script=Han}/u.test(c));
  const words =
    'the of and to in a is that for on with as was by it from at be this have are said which their more government city people will year policy development new economic growth market trade'.split(
      ' ',
    );
  const forms = glossary.flatMap((t) => t.variants.map((v) => v.form));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const r = rnd();
    let p = '';
    if (r < 0.45) for (let k = 0; k < 12; k++) p += `${pick(words)} `;
    else if (r < 0.9) {
      for (let k = 0; k < 30; k++) p += pick(hanzi);
      p += '。';
    } else if (r < 0.98) p = pick(sentences).trim();
    else p = ` ${pick(forms)} `;
    parts.push(p);
    n += p.length;
  }
  return parts.join('').slice(0, size);
}

function time(fn: () => unknown, minMs = 300): number {
  fn(); // warm-up
  const runs: number[] = [];
  const t0 = performance.now();
  while (runs.length < 5 || performance.now() - t0 < minMs) {
    const a = performance.now();
    fn();
    runs.push(performance.now() - a);
  }
  runs.sort((x, y) => x - y);
  return runs[Math.floor(runs.length / 2)] as number; // median, ms
}

export interface BenchRow {
  name: string;
  chars: number;
  matches: number;
  matcher: number;
  bare: number;
  regexp: number;
  terms: string;
}

export function runMatcherBench(log: (line: string) => void = console.log): BenchRow[] {
  const matcher = createMatcher(glossary);
  const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternation = glossary
    .flatMap((t) => t.variants.map((v) => v.form))
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  const re = new RegExp(alternation, 'g');

  let sink = 0;
  const bare = (text: string) => {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
    sink ^= h;
  };
  const regexp = (text: string) => {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(text) !== null) n++;
    sink ^= n;
  };

  const inputs: [string, string][] = [];
  if (existsSync(PAGES)) {
    for (const f of readdirSync(PAGES)
      .filter((x) => x.endsWith('.html'))
      .sort()) {
      inputs.push([f, htmlText(readFileSync(new URL(f, PAGES), 'utf8'))]);
    }
  } else log(`(no pages at ${PAGES.pathname}; generated text only)`);
  inputs.push(['generated-1M', generatedText()]);
  // Stress: the resolution itself repeated to 1M characters (one hit every ~17 characters).
  const raw = readFileSync(new URL('src/corpus/resolution.zh-CN.txt', ROOT), 'utf8');
  inputs.push(['stress-resol-1M', raw.repeat(Math.ceil(1e6 / raw.length)).slice(0, 1e6)]);

  const rows: BenchRow[] = [];
  const mbs = (text: string, ms: number) => Buffer.byteLength(text, 'utf8') / 1e6 / (ms / 1000);
  for (const [name, text] of inputs) {
    const found = matcher.find(text);
    const counts = new Map<string, number>();
    for (const m of found) counts.set(m.termId, (counts.get(m.termId) ?? 0) + 1);
    rows.push({
      name,
      chars: text.length,
      matches: found.length,
      matcher: mbs(
        text,
        time(() => matcher.find(text)),
      ),
      bare: mbs(
        text,
        time(() => bare(text)),
      ),
      regexp: mbs(
        text,
        time(() => regexp(text)),
      ),
      terms: [...counts].map(([id, n]) => `${id}×${n}`).join(' '),
    });
  }

  const pad = (s: string | number, w: number) => String(s).padStart(w);
  log(
    `${'text'.padEnd(16)}${pad('chars', 9)}${pad('hits', 6)}${pad('matcher MB/s', 14)}${pad('bare MB/s', 11)}${pad('RegExp MB/s', 13)}${pad('bare/matcher', 14)}${pad('matcher/RegExp', 16)}`,
  );
  for (const r of rows) {
    log(
      `${r.name.padEnd(16)}${pad(r.chars, 9)}${pad(r.matches, 6)}${pad(r.matcher.toFixed(1), 14)}${pad(r.bare.toFixed(1), 11)}${pad(r.regexp.toFixed(1), 13)}${pad(`${(r.bare / r.matcher).toFixed(2)}×`, 14)}${pad(`${(r.matcher / r.regexp).toFixed(1)}×`, 16)}`,
    );
  }
  // The first look on every page: the precheck (fresh, so its RegExps compile as on a new page).
  log(
    '\nprecheck (first look) on the saved pages, median ms, against a bare pass over the same text:',
  );
  for (const [name, text] of inputs) {
    if (name.endsWith('-1M')) continue;
    const pre = time(() => createPrecheck(PRECHECK)(text));
    const b = time(() => bare(text));
    log(
      `  ${name.padEnd(16)}${pad(pre.toFixed(2), 8)} ms${pad(`${(pre / b).toFixed(1)}×`, 8)} the bare pass; says ${createPrecheck(PRECHECK)(text) ? 'maybe' : 'no'}`,
    );
  }
  log('\nterms found per text (noise check):');
  for (const r of rows) if (!r.name.endsWith('-1M')) log(`  ${r.name}: ${r.terms || '(none)'}`);
  if (sink === 0.5) log(''); // keep the baselines' work observable
  return rows;
}

if (import.meta.main) runMatcherBench();
