/**
 * The reader's documents in the panel's search (docs/decisions/102-document-search.md): 5
 * documents of 100,000 characters with 200 kept terms each, beside the resolution, the glossary
 * and 10,000 notes. Reports what putting them in the index costs (time, heap: what the panel does
 * when it opens), what one document saved again and one deleted cost, and the search's p50/p95
 * over the search benchmark's queries and the documents' own, without and with the documents.
 * Figures, not goals (the search's goal, p95 ≤ 16 ms, is search.bench.ts's).
 *
 * Run: `node tests/bench/document-search.bench.ts` (or `npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { glossary } from '../../src/corpus/glossary.ts';
import { parseResolution } from '../../src/corpus/parse.ts';
import { foldedSentences, termPassages } from '../../src/documents/forms.ts';
import { splitDocument } from '../../src/documents/split.ts';
import { createMatcher } from '../../src/match/matcher.ts';
import { corpusIndex, DocumentRecords, type IndexedDocument } from '../../src/search/docs.ts';
import type { SearchIndex } from '../../src/search/engine.ts';
import { documentsWithTerms } from './document-lens.bench.ts';
import { generatedText } from './matcher.bench.ts';
import { generateNotes, QUERIES } from './search.bench.ts';

const CHARS = 100_000;
const ROUNDS = 25;

function gc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;

/**
 * documentsWithTerms' 5 documents × 200 terms, each given 100,000 characters of text: generated
 * Chinese and English sentences (matcher.bench.ts), one paragraph a line, with its terms put in
 * here and there; each term's passages found as saveDocument finds them.
 */
export function benchDocuments(): IndexedDocument[] {
  const { documents, terms } = documentsWithTerms();
  return documents.map((d, i) => {
    const own = terms.filter((t) => t.docId === d.id);
    const base = generatedText(CHARS + i * 997).slice(i * 997);
    const lines: string[] = [];
    let at = 0;
    let k = 0;
    while (at < base.length) {
      const line = base.slice(at, at + 400);
      at += 400;
      const term = own[k++ % own.length];
      lines.push(`${line}${term ? `，${term.name}。` : ''}`);
    }
    const text = lines.join('\n').slice(0, CHARS);
    const sentences = foldedSentences(splitDocument(text));
    return {
      document: { id: d.id, text, added: i + 1, updated: i + 1 },
      terms: own.map((t) => ({ ...t, passageIds: termPassages(d.id, sentences, t.forms) })),
    };
  });
}

function timeQueries(index: SearchIndex, queries: readonly string[]): { p50: number; p95: number } {
  for (const q of queries) index.search(q);
  const all: number[] = [];
  for (const q of queries) {
    for (let k = 0; k < ROUNDS; k++) {
      const t0 = performance.now();
      index.search(q);
      all.push(performance.now() - t0);
    }
  }
  all.sort((a, b) => a - b);
  return { p50: pct(all, 0.5), p95: pct(all, 0.95) };
}

export function runDocumentSearchBench(log: (line: string) => void = console.log): void {
  const resolution = parseResolution(
    readFileSync(new URL('../../src/corpus/resolution.zh-CN.txt', import.meta.url), 'utf8'),
  );
  const sentences = resolution.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  const matcher = createMatcher(glossary);
  const notes = generateNotes(sentences);
  const documents = benchDocuments();
  const chars = documents.reduce((s, d) => s + d.document.text.length, 0);
  const records = documents.reduce((s, d) => s + splitDocument(d.document.text).length, 0);

  const index = corpusIndex(resolution, glossary, matcher, notes);
  // The documents' own queries: a Chinese and an English term by name, a Traditional form, words.
  const first = documents[0]?.terms ?? [];
  const zh = first.find((t) => /\p{Script=Han}/u.test(t.name))?.name ?? '';
  const en = first.find((t) => !/\p{Script=Han}/u.test(t.name))?.name ?? '';
  const hant = first.find((t) => t.forms[1])?.forms[1]?.form ?? '';
  const own = [zh, en, hant, 'harbour', 'policy development', '区域协调'];
  const queries = [...QUERIES.map((q) => q.q), ...own];
  const without = timeQueries(index, queries);

  gc();
  const heap0 = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  const sync = new DocumentRecords(index);
  sync.sync(documents);
  const addMs = performance.now() - t0;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
  const withDocs = timeQueries(index, queries);

  // One document saved again (its terms changed): its records out and in again.
  const changed = documents.map((d, i) =>
    i === 2 ? { ...d, document: { ...d.document, updated: 99 }, terms: d.terms.slice(1) } : d,
  );
  t0 = performance.now();
  sync.sync(changed);
  const changeMs = performance.now() - t0;
  t0 = performance.now();
  sync.sync(changed.filter((_, i) => i !== 3));
  const deleteMs = performance.now() - t0;

  log(
    `documents in the search: ${documents.length} × ${(chars / documents.length / 1000).toFixed(0)}k characters (${records} paragraphs), 200 terms each, beside ${notes.length} notes`,
  );
  log(
    `  put in the index (the panel opening) ${addMs.toFixed(0)} ms, heap +${heapMb.toFixed(1)} MB; one saved again ${changeMs.toFixed(0)} ms; one deleted ${deleteMs.toFixed(0)} ms`,
  );
  log(
    `  search (${queries.length} queries × ${ROUNDS}): without documents p50 ${without.p50.toFixed(2)} ms, p95 ${without.p95.toFixed(2)} ms; with them p50 ${withDocs.p50.toFixed(2)} ms, p95 ${withDocs.p95.toFixed(2)} ms`,
  );
}

if (import.meta.main) runDocumentSearchBench();
