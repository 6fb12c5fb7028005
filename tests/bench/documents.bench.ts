/**
 * Candidate terms of a reader's document (src/documents): time to split and to propose terms for
 * 10,000 and 100,000 characters of Chinese and of English. Goal: ≤ 1 s for 100,000 characters
 * (docs/decisions/100-document-terms.md). The texts: the resolution, the fixtures of
 * tests/fixtures/documents (their place names varied per copy, as a long plan names many places)
 * and the saved pages of ../shared/pages when present, cycled up to the size.
 *
 * Run: `node tests/bench/documents.bench.ts` (or `npm run bench`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { proposeTerms } from '../../src/documents/candidates.ts';
import { splitDocument } from '../../src/documents/split.ts';
import { htmlText } from './matcher.bench.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const PLACES = '东南西北中上下前后左右';

function page(name: string): string {
  const url = new URL(`../shared/pages/${name}.html`, ROOT);
  if (!existsSync(url)) return '';
  return htmlText(readFileSync(url, 'utf8'))
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n');
}

/** Copies of the sources up to `size` characters; `vary` renames places in copy `i`. */
function cycle(sources: string[], size: number, vary: (s: string, i: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const s = vary(sources[i % sources.length] as string, Math.floor(i / sources.length));
    parts.push(s);
    n += s.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

export function chineseText(size: number): string {
  const sources = [
    read('src/corpus/resolution.zh-CN.txt'),
    read('tests/fixtures/documents/plan-zh-CN.txt'),
    read('tests/fixtures/documents/plan-zh-TW.txt'),
    ...['gmw', 'qq', 'youth', 'pixnet'].map(page),
  ].filter((s) => s !== '');
  const place = (i: number) => `${PLACES[i % 11]}${PLACES[Math.floor(i / 11) % 11]}`;
  return cycle(sources, size, (s, i) =>
    i === 0 ? s : s.replaceAll('临江', `临${place(i)}`).replaceAll('海灣', `海${place(i)}`),
  );
}

export function englishText(size: number): string {
  const sources = [
    read('src/corpus/resolution.en.txt'),
    read('tests/fixtures/documents/plan-en.txt'),
    ...['guardian-1', 'nytimes-5', 'yahoo-2', 'yahoo-4', 'wikipedia-2'].map(page),
  ].filter((s) => s !== '');
  return cycle(sources, size, (s, i) => (i === 0 ? s : s.replaceAll('Linjiang', `Lin${i}jiang`)));
}

/** First call (as in a fresh worker) and median of the next `runs`, ms. */
function time(fn: () => unknown, runs = 7): { first: number; median: number } {
  const t0 = performance.now();
  fn();
  const first = performance.now() - t0;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const a = performance.now();
    fn();
    times.push(performance.now() - a);
  }
  times.sort((x, y) => x - y);
  return { first, median: times[times.length >> 1] as number };
}

export function runDocumentsBench(): void {
  console.log(
    '| text | characters | split (median) | propose (first) | propose (median) | candidates |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, make] of [
    ['Chinese', chineseText],
    ['English', englishText],
  ] as const) {
    for (const size of [10_000, 100_000]) {
      const text = make(size);
      const split = time(() => splitDocument(text));
      const propose = time(() => proposeTerms(text));
      const { total } = proposeTerms(text);
      const ms = (x: number) => `${x.toFixed(0)} ms`;
      console.log(
        `| ${name} | ${text.length.toLocaleString('en')} | ${ms(split.median)} | ${ms(propose.first)} | ${ms(propose.median)} | ${total.toLocaleString('en')} |`,
      );
    }
  }
}

if (import.meta.main) runDocumentsBench();
