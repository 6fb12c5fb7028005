/**
 * Issue 17's figures on the labelled fixtures (tests/fixtures/precision, decision 093): recall per
 * script, false hits on articles, highlights on trap pages, and the page pipeline's time over the
 * whole set (matcher + context rule, median of repeated passes).
 *
 * Run: `npm run bench` or `node tests/bench/precision.bench.ts`.
 */
import { loadFixtures } from '../unit/precision/load.ts';
import { pagePipeline, recall, scoreFixtures } from '../unit/precision/score.ts';

export function runPrecisionBench(): void {
  const fixtures = loadFixtures();
  const show = pagePipeline();
  const s = scoreFixtures(fixtures, show);
  const pct = (t: { found: number; total: number }) =>
    `${(recall(t) * 100).toFixed(1)} % (${t.found}/${t.total})`;
  const zh = {
    found: s.byLang['zh-Hans'].found + s.byLang['zh-Hant'].found,
    total: s.byLang['zh-Hans'].total + s.byLang['zh-Hant'].total,
  };
  const articles = fixtures.filter((f) => f.kind === 'article').length;
  console.log(`${articles} articles, ${fixtures.length - articles} trap pages`);
  console.log(`recall Simplified  ${pct(s.byLang['zh-Hans'])}`);
  console.log(`recall Traditional ${pct(s.byLang['zh-Hant'])}`);
  console.log(`recall Chinese     ${pct(zh)} (goal ≥ 99.5 %)`);
  console.log(`recall English     ${pct(s.byLang.en)} (goal ≥ 97 %)`);
  console.log(`false hits on articles: ${s.falseHits.length}`);
  const byTrap = new Map<string, number>();
  for (const f of fixtures) if (f.kind === 'trap') byTrap.set(f.file, 0);
  for (const h of s.trapHits) byTrap.set(h.file, (byTrap.get(h.file) ?? 0) + 1);
  console.log(`highlights on trap pages: ${s.trapHits.length} (goal 0)`);
  for (const [file, n] of byTrap) if (n > 0) console.log(`  ${file}: ${n}`);

  const texts = fixtures.map((f) => f.text);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (let i = 0; i < 20; i++) for (const t of texts) show(t); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    for (const t of texts) show(t);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1] as number;
  console.log(
    `page pipeline over the set (${chars.toLocaleString('en')} characters): median ${median.toFixed(2)} ms of 50 passes (min ${(times[0] as number).toFixed(2)} ms)`,
  );
}

if (import.meta.main) runPrecisionBench();
