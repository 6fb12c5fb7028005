/** `npm run bench`: every benchmark of the project, one after the other. */
import { runMatcherBench } from './matcher.bench.ts';

console.log('# matcher (goal: within 4× of the bare pass, faster than the RegExp)\n');
runMatcherBench();
console.log(
  '\n# precision on the labelled fixtures (goals: recall ≥ 99.5 % Chinese, ≥ 97 % English; 0 on traps)\n',
);
(await import('./precision.bench.ts')).runPrecisionBench();
(await import('./search.bench.ts')).runSearchBench(); // search: 10k notes, goal p95 ≤ 16 ms
console.log('\n# documents: candidate terms (goal: ≤ 1 s for 100,000 characters)\n');
(await import('./documents.bench.ts')).runDocumentsBench();
console.log(
  '\n# documents on pages: 5 documents × 200 terms against the glossary alone (figures)\n',
);
(await import('./document-lens.bench.ts')).runDocumentLensBench();
console.log(
  '\n# documents in the search: 5 documents × 100,000 characters and 200 terms beside 10,000 notes (figures)\n',
);
(await import('./document-search.bench.ts')).runDocumentSearchBench();
console.log(
  '\n# the panel in Chromium (goal: first result at 10,000 notes ≤ +150 ms against 1 note)\n',
);
await (await import('./panel.bench.ts')).runPanelBench();
console.log(
  '\n# content script in Chromium (goals: ≤ 5% of mark.js, no long task over 50 ms from the extension, < 5 ms main-thread time on pages without terms)\n',
);
await (await import('./page.bench.ts')).runPageBench();
console.log(
  "\n# a page that never stops changing, with and without the extension (goal: ≤ 10% of the page's own task time)\n",
);
await (await import('./churn.bench.ts')).runChurnBench();
