/** `npm run bench`: every benchmark of the project, one after the other. */
import { runMatcherBench } from './matcher.bench.ts';

console.log('# matcher (goal: within 4× of the bare pass, faster than the RegExp)\n');
runMatcherBench();
(await import('./search.bench.ts')).runSearchBench(); // search: 10k notes, goal p95 ≤ 16 ms
