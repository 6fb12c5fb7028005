/**
 * The reader's documents on pages (docs/decisions/101-document-lens.md): with 5 documents of 200
 * terms each, what the background's compile costs, what every page reads, what building the
 * matcher for 1,000+ terms costs and how fast it matches 1M characters, against the glossary
 * alone; and the built scripts' sizes. Figures, not goals.
 *
 * Run: `node tests/bench/document-lens.bench.ts` (or `npm run bench`; sizes after `npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { glossary } from '../../src/corpus/glossary.ts';
import type { UserDocument, UserTerm } from '../../src/documents/types.ts';
import { compileDocumentLens, decodeDocumentTerms } from '../../src/match/document-lens.ts';
import { PRECHECK } from '../../src/match/generated/precheck.data.ts';
import { createMatcher } from '../../src/match/matcher.ts';
import { createPrecheck, createWindowPrecheck } from '../../src/match/precheck.ts';
import { generatedText, htmlText } from './matcher.bench.ts';

const ROOT = new URL('../../', import.meta.url);
const DOCUMENTS = 5;
const TERMS = 200;

/** Median of repeated runs (a warm-up first), in ms. */
function time(fn: () => unknown, minMs = 300): number {
  fn();
  const runs: number[] = [];
  const t0 = performance.now();
  while (runs.length < 5 || performance.now() - t0 < minMs) {
    const a = performance.now();
    fn();
    runs.push(performance.now() - a);
  }
  runs.sort((x, y) => x - y);
  return runs[Math.floor(runs.length / 2)] as number;
}

/**
 * 5 documents of 200 terms: three in four Chinese names of 4–8 characters drawn from the
 * resolution's characters (as proposed terms are), one in four English phrases of 2–4 words;
 * each Chinese term with a second form (as its Traditional counterpart would be).
 */
export function documentsWithTerms(): { documents: UserDocument[]; terms: UserTerm[] } {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const raw = readFileSync(new URL('src/corpus/resolution.zh-CN.txt', ROOT), 'utf8');
  const hanzi = [...raw].filter((c) => /\p{Script=Han}/u.test(c));
  const words =
    'data corridor pilot zone digital trade innovation port logistics finance green energy talent science rural coastal marine health water airport rail harbour'.split(
      ' ',
    );
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const documents: UserDocument[] = [];
  const terms: UserTerm[] = [];
  const used = new Set<string>();
  for (let d = 0; d < DOCUMENTS; d++) {
    const id = `doc-bench00${d}`;
    documents.push({
      id,
      title: `Document ${d}`,
      text: '',
      source: { kind: 'paste' },
      added: d,
      updated: d,
      enabled: true,
      colour: d,
    });
    for (let n = 1; n <= TERMS; ) {
      let name = '';
      const english = rnd() < 0.25;
      if (english) {
        const k = 2 + Math.floor(rnd() * 3);
        name = Array.from({ length: k }, () => pick(words)).join(' ');
      } else {
        const k = 4 + Math.floor(rnd() * 5);
        for (let i = 0; i < k; i++) name += pick(hanzi);
      }
      if (used.has(name)) continue;
      used.add(name);
      const forms = english
        ? [{ form: name, script: 'en' as const }]
        : [
            { form: name, script: 'zh-Hans' as const },
            { form: `${name.slice(0, -1)}區`, script: 'zh-Hant' as const },
          ];
      terms.push({ id: `${id}.t${n}`, docId: id, name, forms, passageIds: [`${id}.p1.s1`] });
      n++;
    }
  }
  return { documents, terms };
}

function gz(path: string): string {
  const url = new URL(path, ROOT);
  if (!existsSync(url)) return 'not built';
  const bytes = readFileSync(url);
  return `${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped`;
}

export function runDocumentLensBench(log: (line: string) => void = console.log): void {
  const { documents, terms } = documentsWithTerms();
  const compileMs = time(() => compileDocumentLens(documents, terms, true));
  const { lens, terms: coded } = compileDocumentLens(documents, terms, true);
  const own = decodeDocumentTerms(coded);
  const all = [...glossary, ...own];
  const stored = JSON.stringify(lens).length;
  const storedTerms = JSON.stringify(coded).length;
  const precheckChars =
    (lens.precheck?.windows.length ?? 0) +
    (lens.precheck?.fold.length ?? 0) +
    (lens.precheck?.latin.length ?? 0);

  const text = generatedText(1_000_000);
  const glossaryOnly = createMatcher(glossary);
  const withDocuments = createMatcher(all);
  const buildGlossary = time(() => createMatcher(glossary));
  const buildAll = time(() => createMatcher(all));
  const decodeMs = time(() => decodeDocumentTerms(coded));
  const matchGlossary = time(() => glossaryOnly.find(text), 1_000);
  const matchAll = time(() => withDocuments.find(text), 1_000);
  const hits = withDocuments.find(text).filter((m) => m.termId.startsWith('doc-')).length;
  // The same text with a document's term every 1,000 characters.
  const pieces: string[] = [];
  for (let i = 0, k = 0; i < text.length; i += 1_000, k++) {
    pieces.push(text.slice(i, i + 1_000), ` ${own[(k * 37) % own.length]?.canonical} `);
  }
  const dense = pieces.join('');
  const matchDense = time(() => withDocuments.find(dense), 1_000);
  const matchDenseGlossary = time(() => glossaryOnly.find(dense), 1_000);
  const denseHits = withDocuments.find(dense).filter((m) => m.termId.startsWith('doc-')).length;
  // The first look on a page: compile the RegExps and test the page's text (a new precheck each
  // time, as a new page has).
  const ownPrecheck = lens.precheck;
  const firstLookGlossary = time(() => createPrecheck(PRECHECK)(text));
  const firstLookDocuments = ownPrecheck ? time(() => createWindowPrecheck(ownPrecheck)(text)) : 0;
  const quiet = 'Today we cook braised pork with soy sauce and sugar. '.repeat(400);
  const quietDocuments = ownPrecheck ? time(() => createWindowPrecheck(ownPrecheck)(quiet)) : 0;
  const quietGlossary = time(() => createPrecheck(PRECHECK)(quiet));
  // A Chinese page without terms (the cooking fixture's text, repeated): the Chinese RegExps compile.
  const cooking = htmlText(readFileSync(new URL('tests/fixtures/cooking-zh.html', ROOT), 'utf8'));
  const quietZh = cooking.repeat(Math.ceil(20_000 / cooking.length));
  const quietZhDocuments = ownPrecheck ? time(() => createWindowPrecheck(ownPrecheck)(quietZh)) : 0;
  const quietZhGlossary = time(() => createPrecheck(PRECHECK)(quietZh));

  const ms = (x: number) => `${x.toFixed(2)} ms`;
  log(
    `${DOCUMENTS} documents × ${TERMS} terms (${own.length} terms, ${all.length} with the glossary's ${glossary.length})`,
  );
  log('');
  log('| step | glossary alone | glossary + documents |');
  log('| --- | --- | --- |');
  log(`| compile in the background (convert, precheck, code) | – | ${ms(compileMs)} |`);
  log(
    `| stored value every page reads (precheck, colours, titles) | – | ${(stored / 1024).toFixed(1)} KB (precheck sources ${(precheckChars / 1024).toFixed(1)} KB) |`,
  );
  log(
    `| the coded terms, handed to lens.js with its highlight names | – | ${(storedTerms / 1024).toFixed(1)} KB |`,
  );
  log(`| lens.js: parse the coded terms | – | ${ms(decodeMs)} |`);
  log(`| build the matcher | ${ms(buildGlossary)} | ${ms(buildAll)} |`);
  log(
    `| match 1M characters (generated text) | ${ms(matchGlossary)} | ${ms(matchAll)} (${hits} document hits) |`,
  );
  log(
    `| match the same with a document's term every 1,000 characters (${(dense.length / 1e6).toFixed(2)}M) | ${ms(matchDenseGlossary)} | ${ms(matchDense)} (${denseHits} document hits) |`,
  );
  log(
    `| precheck: compile + test 1M characters | ${ms(firstLookGlossary)} | + ${ms(firstLookDocuments)} |`,
  );
  log(
    `| precheck: compile + test a quiet English page (21 KB) | ${ms(quietGlossary)} | + ${ms(quietDocuments)} |`,
  );
  log(
    `| precheck: compile + test a quiet Chinese page (${(quietZh.length / 1000).toFixed(0)}k characters) | ${ms(quietZhGlossary)} | + ${ms(quietZhDocuments)} |`,
  );
  log('');
  log(`content script: ${gz('.output/chrome-mv3/content-script.js')}`);
  log(`lens.js: ${gz('.output/chrome-mv3/lens.js')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) runDocumentLensBench();
