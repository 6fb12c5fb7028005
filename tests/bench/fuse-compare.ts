/**
 * Part of the search benchmark (search.bench.ts): Fuse.js against the engine on the same documents,
 * queries, warm-up and runs; and the cost per keystroke of the engine with the term lookup
 * (src/search/term-lookup.ts) that the panel runs beside it. docs/decisions/080-fuse-term-lookup.md.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SearchDoc, SearchIndex } from '../../src/search/engine.ts';
import { foldQuery } from '../../src/search/query.ts';
import { lookupTerms, TermLookup } from '../../src/search/term-lookup.ts';
import { fold } from '../../src/text/search-fold.ts';

export interface Query {
  kind: string;
  q: string;
}

const pct = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
const ms = (v: number) => `${v.toFixed(2).padStart(8)} ms`;

/** Warm-up (each query once), then each query `rounds` times: the times, sorted, and hit counts. */
function timeQueries(
  queries: readonly Query[],
  rounds: number,
  run: (q: string) => number,
): { sorted: number[]; perQuery: { q: string; p50: number; hits: number }[] } {
  for (const { q } of queries) run(q);
  const all: number[] = [];
  const perQuery = queries.map(({ q }) => {
    const times: number[] = [];
    let hits = 0;
    for (let k = 0; k < rounds; k++) {
      const t0 = performance.now();
      hits = run(q);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    return { q, p50: pct(times, 0.5), hits };
  });
  all.sort((a, b) => a - b);
  return { sorted: all, perQuery };
}

/** Each document's fields, folded as the engine folds them (one key, an array of strings). */
const foldedFields: IFuseOptions<SearchDoc> = {
  keys: [{ name: 'fields', getFn: (doc: SearchDoc) => doc.fields.map(fold) }],
  isCaseSensitive: true,
  ignoreLocation: true,
  includeMatches: true,
};

/**
 * The engine and Fuse.js in three ways over the same documents (passages, terms, notes), folded
 * alike, with the same queries, warm-up and rounds; Fuse returns at most as many results as the
 * engine marks (50 per kind) and their match indices, as the panel would need.
 */
export function compareFuse(
  docs: readonly SearchDoc[],
  index: SearchIndex,
  queries: readonly Query[],
  rounds: number,
): void {
  const engine = timeQueries(queries, rounds, (q) => {
    const r = index.search(q);
    return r.total.passage + r.total.term + r.total.note;
  });
  const configs: [string, string, IFuseOptions<SearchDoc>][] = [
    ['fuzzy', 'Fuse.js fuzzy (Bitap, threshold 0.3)', { ...foldedFields, threshold: 0.3 }],
    [
      'extended',
      'Fuse.js extended search (words ANDed, fuzzy)',
      { ...foldedFields, threshold: 0.3, useExtendedSearch: true },
    ],
    [
      'token',
      'Fuse.js token search (all words, TF-IDF)',
      { ...foldedFields, threshold: 0.3, useTokenSearch: true, tokenMatch: 'all' },
    ],
  ];
  const rows: {
    label: string;
    name: string;
    build: number;
    sorted: number[];
    p50s: number[];
    hits: number[];
  }[] = [
    {
      label: 'engine',
      name: 'engine',
      build: Number.NaN,
      sorted: engine.sorted,
      p50s: engine.perQuery.map((p) => p.p50),
      hits: engine.perQuery.map((p) => p.hits),
    },
  ];
  for (const [label, name, options] of configs) {
    const t0 = performance.now();
    const fuse = new Fuse(docs, options);
    const build = performance.now() - t0;
    const timed = timeQueries(
      queries,
      rounds,
      (q) => fuse.search(foldQuery(q), { limit: 150 }).length,
    );
    // Every match counted, outside the timing (the timed searches keep the first 150).
    const hits = queries.map(({ q }) => fuse.search(foldQuery(q)).length);
    rows.push({
      label,
      name,
      build,
      sorted: timed.sorted,
      p50s: timed.perQuery.map((p) => p.p50),
      hits,
    });
  }
  console.log(
    `  Fuse.js against the engine: same ${docs.length} documents folded alike, ${queries.length} queries, 1 warm-up + ${rounds} runs each`,
  );
  for (const { name, build, sorted } of rows) {
    const built = Number.isNaN(build) ? '' : `   index build ${build.toFixed(0)} ms`;
    console.log(
      `    ${name.padEnd(46)} p50 ${ms(pct(sorted, 0.5))}  p95 ${ms(pct(sorted, 0.95))}  max ${ms(sorted[sorted.length - 1] ?? 0)}${built}`,
    );
  }
  console.log(
    '    per query: matches (all of them, counted apart from the timed runs) and p50 in ms:',
  );
  console.log(`      ${''.padEnd(20)}${rows.map((r) => r.label.padStart(17)).join('')}`);
  queries.forEach(({ q }, i) => {
    const cells = rows.map(
      (r) => `${String(r.hits[i]).padStart(7)} ${(r.p50s[i] ?? 0).toFixed(1).padStart(8)}`,
    );
    console.log(`      ${q.padEnd(20)}${cells.map((c) => c.padStart(17)).join('')}`);
  });
}

/**
 * What the panel does on a keystroke: the engine's search, then the term lookup when the engine
 * found no term. Every prefix of every query is one keystroke (as typed), each timed `rounds` times
 * after a warm-up; once as the panel runs it and once with the lookup always run. Also the
 * lookup's first use (its index built) and its own cost.
 */
export function keystrokes(
  index: SearchIndex,
  queries: readonly Query[],
  rounds: number,
  goalMs: number,
): void {
  const fresh = new TermLookup();
  const t0 = performance.now();
  fresh.lookup('Nansah Plan');
  const firstUse = performance.now() - t0;

  const typed = [...queries.map((x) => x.q), 'Nansah Plan', 'Greater Bay Aera', 'Hengquin'];
  const strokes = typed.flatMap((q) =>
    Array.from({ length: q.length }, (_, i) => ({ kind: 'keystroke', q: q.slice(0, i + 1) })),
  );
  const asPanel = timeQueries(strokes, rounds, (q) => {
    const r = index.search(q);
    return r.term.length === 0 ? lookupTerms(q).length : r.term.length;
  });
  const always = timeQueries(strokes, rounds, (q) => {
    index.search(q);
    return lookupTerms(q).length;
  });
  const lookupOnly = timeQueries(strokes, rounds, (q) => lookupTerms(q).length);
  const p95 = pct(asPanel.sorted, 0.95);
  console.log(
    `  per keystroke at ${index.size} documents: ${strokes.length} keystrokes (every prefix of the queries above and of Nansah Plan, Greater Bay Aera, Hengquin), 1 warm-up + ${rounds} runs each`,
  );
  console.log(
    `    engine + term lookup when no term found   p50 ${ms(pct(asPanel.sorted, 0.5))}  p95 ${ms(p95)} (goal ≤ ${goalMs} ms) ${p95 <= goalMs ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `    engine + term lookup on every keystroke   p50 ${ms(pct(always.sorted, 0.5))}  p95 ${ms(pct(always.sorted, 0.95))}`,
  );
  console.log(
    `    term lookup alone                         p50 ${ms(pct(lookupOnly.sorted, 0.5))}  p95 ${ms(pct(lookupOnly.sorted, 0.95))}  max ${ms(lookupOnly.sorted[lookupOnly.sorted.length - 1] ?? 0)}; first use (its index built) ${firstUse.toFixed(1)} ms`,
  );
}
