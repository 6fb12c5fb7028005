/**
 * Search benchmark: the corpus, the glossary and 10,000 generated notes of realistic length.
 * Reports index build time, memory, p50/p95 per query over a fixed query set, and the cost of
 * changing one note. Goal: p95 ≤ 16 ms, also per keystroke with the term lookup beside the engine;
 * Fuse.js against the engine on the same documents and queries (fuse-compare.ts; BENCH_FUSE=0
 * leaves it out). Then the edit distance in windows, the engine's own Myers
 * against approx-string-match on the same windows and queries (docs/decisions/030-search-edit-distance.md).
 * Run: `node tests/bench/search.bench.ts` (or `npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import approxSearch from 'approx-string-match';
import { alignTranslation, resolutionPassages } from '../../src/corpus/align.ts';
import { glossary } from '../../src/corpus/glossary.ts';
import { parseResolution } from '../../src/corpus/parse.ts';
import type { Note } from '../../src/db/schema.ts';
import { createMatcher } from '../../src/match/matcher.ts';
import { corpusIndex, noteDoc, passageDocs, termDocs } from '../../src/search/docs.ts';
import {
  type IndexOptions,
  type SearchDoc,
  SearchIndex,
  type WindowSearch,
} from '../../src/search/engine.ts';
import { searchWindow } from '../../src/search/fuzzy.ts';
import { restoreSnapshot, takeSnapshot } from '../../src/search/snapshot.ts';
import { compareFuse, keystrokes } from './fuse-compare.ts';

const NOTES = 10_000;
const ROUNDS = 25;
/** Rounds per query and implementation in the edit-distance comparison (the library is slower). */
const COMPARE_ROUNDS = 11;
const GOAL_P95_MS = 16;

/** Queries a reader types: exact, fuzzy, Traditional, English, one and two characters. */
export const QUERIES: { kind: string; q: string }[] = [
  { kind: 'exact', q: '南沙方案' },
  { kind: 'exact', q: '粤港澳大湾区' },
  { kind: 'exact', q: '庆盛枢纽' },
  { kind: 'exact', q: '高水平对外开放门户' },
  { kind: 'exact', q: '规则衔接' },
  { kind: 'fuzzy', q: '南沙放案' },
  { kind: 'fuzzy', q: '南沙案' },
  { kind: 'fuzzy', q: '大湾去建设' },
  { kind: 'fuzzy', q: '高水平对外开放们户' },
  { kind: 'traditional', q: '慶盛樞紐' },
  { kind: 'traditional', q: '粵港澳大灣區' },
  { kind: 'traditional', q: '規則銜接' },
  { kind: 'english', q: 'Qingsheng hub' },
  { kind: 'english', q: 'GBA' },
  { kind: 'english', q: 'Nansha' },
  { kind: 'english', q: 'greater bay' },
  { kind: 'english', q: 'oppening' },
  { kind: 'english', q: 'business environment' },
  { kind: 'stemmed', q: 'talents' },
  { kind: 'stemmed', q: 'transportation' },
  { kind: 'one char', q: '南' },
  { kind: 'one char', q: '港' },
  { kind: 'two chars', q: '南沙' },
  { kind: 'two chars', q: '开放' },
  { kind: 'two chars', q: '湾区' },
];

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMENTS_ZH = [
  '这一段和上周的报道可以对照着看，重点是',
  '记者会上提到了',
  '需要核实：',
  '与香港、澳门的衔接问题，尤其是',
  '对比2019年的规划，这里新增了',
  '采访对象认为',
  '课堂讨论：',
  '值得注意的是',
  '原文措辞很谨慎。',
  '待查数据来源。',
];
const COMMENTS_EN = [
  'Compare with the State Council version; the emphasis here is on',
  'Interview notes: the official stressed',
  'Follow up on',
  'Worth quoting in the piece about',
  'Students asked about',
  'Not clear how this relates to',
];
const TAGS = ['采访', '待核实', 'policy', 'GBA', '课堂', 'draft', '引用', 'Hong Kong', '数据'];

/** 10,000 notes: quotes from the resolution, comments in Chinese (some Traditional) or English. */
export function generateNotes(sentences: string[], count = NOTES, seed = 42): Note[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const forms = glossary.flatMap((t) => t.variants);
  const zh = forms.filter((v) => v.script !== 'en').map((v) => v.form);
  const en = forms.filter((v) => v.script === 'en').map((v) => v.form);
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const english = r() < 0.2;
    const pieces = 1 + Math.floor(r() * 4);
    for (let k = 0; k < pieces; k++) {
      if (english) parts.push(`${pick(COMMENTS_EN)} ${pick(en)}.`);
      else if (r() < 0.5) parts.push(pick(sentences));
      else parts.push(`${pick(COMMENTS_ZH)}${pick(zh)}。`);
    }
    const quote = r() < 0.4 ? pick(sentences) : undefined;
    const at = 1_700_000_000_000 + i * 60_000;
    notes.push({
      id: `n${i}`,
      body: parts.join(english ? ' ' : ''),
      tags: Array.from({ length: Math.floor(r() * 3) }, () => pick(TAGS)),
      termIds: [],
      passageIds: [],
      ...(quote
        ? { source: { url: `https://example.org/${i}`, title: `Report ${i}`, quote } }
        : {}),
      createdAt: at,
      updatedAt: at,
    });
  }
  return notes;
}

function gc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;

export function runSearchBench(): { p50: number; p95: number; ok: boolean } {
  const text = readFileSync(
    new URL('../../src/corpus/resolution.zh-CN.txt', import.meta.url),
    'utf8',
  );
  const resolution = parseResolution(text);
  const sentences = resolution.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  const matcher = createMatcher(glossary);
  // The passages' English texts are indexed as in the panel (use-search-index.ts).
  const english = alignTranslation(
    readFileSync(new URL('../../src/corpus/resolution.en.txt', import.meta.url), 'utf8'),
    resolutionPassages(resolution),
    { file: 'resolution.en.txt', latinOnly: true },
  ).texts;
  const translate = (id: string) => english.get(id);
  const notes = generateNotes(sentences).map((n) => {
    const termIds = [
      ...new Set(matcher.find(`${n.body}\n${n.source?.quote ?? ''}`).map((m) => m.termId)),
    ];
    return { ...n, termIds };
  });
  const chars = notes.reduce((s, n) => s + n.body.length + (n.source?.quote?.length ?? 0), 0);

  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  const index = corpusIndex(resolution, glossary, matcher, notes, translate);
  const buildMs = performance.now() - t0;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

  // Warm up, then time every query ROUNDS times.
  for (const { q } of QUERIES) index.search(q);
  const all: number[] = [];
  const rows: string[] = [];
  for (const { kind, q } of QUERIES) {
    const times: number[] = [];
    let hits = 0;
    for (let k = 0; k < ROUNDS; k++) {
      t0 = performance.now();
      const res = index.search(q);
      times.push(performance.now() - t0);
      hits = res.total.passage + res.total.term + res.total.note;
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    rows.push(
      `  ${kind.padEnd(12)} ${q.padEnd(14)} p50 ${pct(times, 0.5).toFixed(2).padStart(6)} ms  p95 ${pct(times, 0.95).toFixed(2).padStart(6)} ms  ${hits} hits`,
    );
  }
  all.sort((a, b) => a - b);
  const p50 = pct(all, 0.5);
  const p95 = pct(all, 0.95);

  // Changing one note: update in place (no rebuild).
  const updates: number[] = [];
  for (let k = 0; k < 200; k++) {
    const n = notes[k] as Note;
    t0 = performance.now();
    index.add(noteDoc({ ...n, body: `${n.body} 修改${k}`, updatedAt: n.updatedAt + 1 }));
    updates.push(performance.now() - t0);
  }
  updates.sort((a, b) => a - b);

  const ok = p95 <= GOAL_P95_MS;
  console.log(
    `search: ${notes.length} notes (${(chars / notes.length).toFixed(0)} chars on average) + ${sentences.length} passages + ${glossary.length} terms`,
  );
  console.log(
    `  index build ${buildMs.toFixed(0)} ms, heap +${heapMb.toFixed(1)} MB, note update p50 ${pct(updates, 0.5).toFixed(2)} ms`,
  );
  console.log(rows.join('\n'));
  console.log(
    `  all queries: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (goal ≤ ${GOAL_P95_MS} ms) ${ok ? 'OK' : 'MISSED'}`,
  );
  const docs = [
    ...passageDocs(resolution, matcher, translate),
    ...termDocs(glossary),
    ...notes.map(noteDoc),
  ];
  keystrokes(index, QUERIES, ROUNDS, GOAL_P95_MS);
  if (process.env.BENCH_FUSE !== '0') compareFuse(docs, index, QUERIES, ROUNDS);
  openingInNode(resolution, matcher, sentences);
  compareEditDistance(docs, {
    termRanges: (t, termId) => matcher.find(t).filter((m) => m.termId === termId),
  });
  return { p50, p95, ok };
}

/**
 * What opening the panel costs in Node, at 1 / 10,000 / 50,000 notes: building the notes' part of
 * the index from the notes, against restoring it from a snapshot (structured-cloned, as
 * IndexedDB gives it back); the index's heap. The browser's figure, with IndexedDB and the
 * first query: tests/bench/panel.bench.ts.
 */
function openingInNode(
  resolution: ReturnType<typeof parseResolution>,
  matcher: ReturnType<typeof createMatcher>,
  sentences: string[],
): void {
  console.log('  opening the panel (Node): notes indexed from the notes | from the snapshot');
  for (const count of [1, 10_000, 50_000]) {
    const notes = generateNotes(sentences, count);
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    let t0 = performance.now();
    const built = corpusIndex(resolution, glossary, matcher, notes);
    const buildMs = performance.now() - t0;
    gc();
    const heapMb = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
    const snap = structuredClone(takeSnapshot(built));
    const index = corpusIndex(resolution, glossary, matcher);
    t0 = performance.now();
    restoreSnapshot(index, snap);
    const restoreMs = performance.now() - t0;
    t0 = performance.now();
    index.search(QUERIES[0]?.q ?? '');
    console.log(
      `    ${String(count).padStart(6)} notes: build ${buildMs.toFixed(0)} ms | restore ${restoreMs.toFixed(0)} ms, first query ${(performance.now() - t0).toFixed(1)} ms; index heap +${heapMb.toFixed(1)} MB`,
    );
  }
}

/**
 * The engine's window contract (fuzzy.ts: searchWindow) on approx-string-match: it returns only
 * the matches with the fewest edits, leftmost end first, each with its longest span.
 */
export const searchWindowLib: WindowSearch = (pattern, text, from, to, k, withSpan = true) => {
  const matches = approxSearch(text.slice(from, to), pattern, k);
  if (!withSpan) {
    const first = matches[0];
    return first && { edits: first.errors, start: -1, end: from + first.end };
  }
  const minSpan = pattern.length === 3 ? 4 : pattern.length - 1;
  const r = matches.find((r) => r.end - r.start >= minSpan);
  return r && { edits: r.errors, start: from + r.start, end: from + r.end };
};

/** Main-thread CPU time in ms (unlike wall time, it does not count waiting for a core). */
const cpuMs = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Own Myers against approx-string-match: the windows the engine checks for QUERIES (same results?
 * time per window), then whole searches with each (same results? p50/p95), interleaved.
 */
function compareEditDistance(docs: SearchDoc[], options: IndexOptions): void {
  const impls = [searchWindow, searchWindowLib];
  let impl: WindowSearch = searchWindow;
  const calls: Parameters<WindowSearch>[] = [];
  let recording = true;
  const index = new SearchIndex(docs, {
    ...options,
    windowSearch: (...args) => {
      if (recording) calls.push(args);
      return impl(...args);
    },
  });
  // The windows each query checks, and its results with the engine's own Myers.
  const perQuery = QUERIES.map(({ q }) => {
    const before = calls.length;
    const results = JSON.stringify(index.search(q));
    return { q, windows: calls.length - before, results };
  });
  recording = false;

  const sameWindows = calls.filter(
    (w) => JSON.stringify(searchWindow(...w)) === JSON.stringify(searchWindowLib(...w)),
  ).length;
  impl = searchWindowLib;
  const sameSearches = perQuery.filter((r) => JSON.stringify(index.search(r.q)) === r.results);
  const chars = calls.reduce((s, w) => s + w[3] - w[2], 0) / calls.length;

  // Per window: every captured window once per pass, passes alternating between the two.
  const perWindow: number[][] = [[], []];
  for (let pass = 0; pass < 2 * COMPARE_ROUNDS; pass++) {
    const fn = impls[pass % 2] as WindowSearch;
    const t0 = performance.now();
    for (const w of calls) fn(...w);
    perWindow[pass % 2]?.push(((performance.now() - t0) * 1000) / calls.length);
  }
  // Whole searches: each query, each implementation in turn, COMPARE_ROUNDS times.
  const wall: number[][] = [[], []];
  const cpu = perQuery.map(() => [[], []] as number[][]);
  perQuery.forEach(({ q }, i) => {
    for (let k = 0; k < COMPARE_ROUNDS; k++) {
      impls.forEach((fn, n) => {
        impl = fn;
        const c0 = cpuMs();
        const t0 = performance.now();
        index.search(q);
        wall[n]?.push(performance.now() - t0);
        cpu[i]?.[n]?.push(cpuMs() - c0);
      });
    }
  });
  impl = searchWindow;

  const sorted = (list: number[] | undefined) => [...(list ?? [])].sort((x, y) => x - y);
  const stats = (n: number) => {
    const w = sorted(wall[n]);
    const c = sorted(cpu.flatMap((q) => q[n] ?? []));
    return {
      window: pct(sorted(perWindow[n]), 0.5),
      wall: [pct(w, 0.5), pct(w, 0.95)],
      cpu: [pct(c, 0.5), pct(c, 0.95)],
    } as const;
  };
  const [own, lib] = [stats(0), stats(1)];
  const ms = (v: number) => `${v.toFixed(2).padStart(7)} ms`;
  const ratio = (a: number, b: number) => `×${(b / a).toFixed(1)}`.padStart(10);
  console.log(
    `  edit distance in windows: ${calls.length} windows (${chars.toFixed(1)} chars on average) checked by the queries above`,
  );
  console.log(
    `    same result in ${sameWindows}/${calls.length} windows, same search results for ${sameSearches.length}/${QUERIES.length} queries`,
  );
  console.log(
    `    per window (median of ${COMPARE_ROUNDS} passes): own Myers ${own.window.toFixed(2)} µs, approx-string-match ${lib.window.toFixed(2)} µs (${ratio(own.window, lib.window).trim()})`,
  );
  console.log(`    whole searches, ${COMPARE_ROUNDS} rounds each, interleaved:`);
  for (const [name, s] of [
    ['own Myers', own],
    ['approx-string-match', lib],
  ] as const) {
    console.log(
      `      ${name.padEnd(20)} wall p50 ${ms(s.wall[0])}  p95 ${ms(s.wall[1])}   main-thread CPU p50 ${ms(s.cpu[0])}  p95 ${ms(s.cpu[1])}`,
    );
  }
  console.log(
    `      ${'ratio'.padEnd(20)} wall p50 ${ratio(own.wall[0], lib.wall[0])}  p95 ${ratio(own.wall[1], lib.wall[1])}   main-thread CPU p50 ${ratio(own.cpu[0], lib.cpu[0])}  p95 ${ratio(own.cpu[1], lib.cpu[1])}`,
  );
  console.log(
    '    queries that check windows, main-thread CPU p50 (own Myers → approx-string-match):',
  );
  perQuery.forEach(({ q, windows }, i) => {
    if (windows === 0) return;
    const [a, b] = [0, 1].map((n) => pct(sorted(cpu[i]?.[n]), 0.5)) as [number, number];
    console.log(
      `      ${q.padEnd(14)} ${String(windows).padStart(6)} windows  ${ms(a)} → ${ms(b)} ${ratio(a, b)}`,
    );
  });
}

if (import.meta.main) runSearchBench();
