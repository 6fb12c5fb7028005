/**
 * The reader's documents for pages (issue 15): the background compiles the enabled documents'
 * terms from the database into what pages read with their settings, and the terms lens.js gets
 * (`match/document-lens.ts`), and answers a card's question about a document's term
 * (docs/decisions/101-document-lens.md).
 */
import { browser } from 'wxt/browser';
import { glossary, type Term, termById } from '../corpus/glossary.ts';
import type { Region } from '../corpus/languages.ts';
import { passageIn } from '../corpus/passage-language.ts';
import { type NanshaDb, openDb } from '../db/schema.ts';
import { splitDocument } from '../documents/split.ts';
import { documentOf, sortTerms } from '../documents/types.ts';
import { compileDocumentLens, userTermToTerm } from '../match/document-lens.ts';
import { createMatcher } from '../match/matcher.ts';
import { sharedWith } from '../match/shared-terms.ts';
import { type SharedTermInfo, type TermInfo, termInfo } from '../match/term-info.ts';
import { resolutionEnabledItem } from '../settings/items.ts';
import { SETTING_KEYS } from '../settings/keys.ts';

let db: NanshaDb | undefined;
let queue: Promise<void> = Promise.resolve();
/** Cards' infos, by term id: dropped whenever the documents change. */
const infos = new Map<string, Promise<TermInfo>>();
/** The documents that share a term, by term id and region: dropped with `infos`. */
const shared = new Map<string, Promise<SharedTermInfo[]>>();

/**
 * Compiles the documents again and stores them for pages (one write after another, so that the
 * last change wins). Nothing is written when the value would be the same; with no document and
 * the resolution on, the key is removed: pages pay nothing for documents.
 */
export function refreshDocumentLens(): Promise<void> {
  const next = queue.then(writeDocumentLens, writeDocumentLens);
  queue = next.catch((error: unknown) => console.error('Nansha Lens: documents for pages', error));
  return next;
}

async function writeDocumentLens(): Promise<void> {
  infos.clear();
  shared.clear();
  const { enabled, terms, resolution } = await readEnabled();
  const compiled = compileDocumentLens(enabled, terms, resolution);
  const key = SETTING_KEYS.documentLens;
  const stored = (await browser.storage.local.get(key))[key] as { hash?: unknown } | undefined;
  if (compiled.lens.docs.length === 0 && resolution) {
    if (stored !== undefined) {
      await browser.storage.local.remove([key, SETTING_KEYS.documentLensTerms]);
    }
    return;
  }
  if (stored?.hash === compiled.lens.hash) return;
  // One write: a page that reads the new value gets the new terms.
  await browser.storage.local.set({
    [key]: compiled.lens,
    [SETTING_KEYS.documentLensTerms]: compiled.terms,
  });
}

/** The resolution's switch changes what pages look for: compile again. */
export function watchResolutionSetting(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTING_KEYS.resolutionEnabled in changes) {
      void refreshDocumentLens();
    }
  });
}

/**
 * What a card shows of a document's term: how often the document uses it, and the first sentence
 * that does (its `passageIds`' first, else the first the matcher finds), with the term marked.
 */
export function documentTermInfo(termId: string): Promise<TermInfo> {
  let info = infos.get(termId);
  if (!info) {
    info = readTermInfo(termId);
    infos.set(termId, info);
  }
  return info;
}

async function readTermInfo(termId: string): Promise<TermInfo> {
  db ??= openDb();
  const term = await db.documentTerms.get(termId);
  const doc = term && (await db.documents.get(term.docId));
  if (!term || !doc) return { termId, occurrences: 0 };
  const matcher = createMatcher([userTermToTerm(term)]);
  const wanted = term.passageIds[0]?.slice(doc.id.length + 1);
  let occurrences = 0;
  let first: { id: string; paragraph: number; text: string } | undefined;
  let named: typeof first;
  for (const p of splitDocument(doc.text)) {
    occurrences += matcher.find(p.text).length;
    for (const s of p.sentences) {
      if (s.id === wanted) named = { id: s.id, paragraph: p.number, text: s.text };
      if (!first && matcher.find(s.text).length > 0) {
        first = { id: s.id, paragraph: p.number, text: s.text };
      }
    }
  }
  const shown = named ?? first;
  if (!shown) return { termId, occurrences };
  const text = shown.text.trim();
  return {
    termId,
    occurrences,
    passage: {
      id: `${doc.id}.${shown.id}`,
      paragraph: shown.paragraph,
      texts: {
        original: {
          text,
          marks: matcher.find(text).map((m) => [m.start, m.end]),
          lang: /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en',
          translated: false,
        },
      },
    },
  };
}

/**
 * The other documents that keep the term `termId` (the same folded form, `match/shared-terms.ts`):
 * the resolution when it is on, the reader's enabled documents, in the order pages take them.
 */
export function sharedTermInfos(termId: string, region: Region = 'tw'): Promise<SharedTermInfo[]> {
  const key = `${termId} ${region}`;
  let found = shared.get(key);
  if (!found) {
    found = readShared(termId, region).catch((error: unknown) => {
      console.error('Nansha Lens: shared terms', error);
      return [];
    });
    shared.set(key, found);
  }
  return found;
}

/**
 * The enabled documents (in the order added), their terms in the order pages take them, and
 * whether the resolution is on.
 */
async function readEnabled() {
  db ??= openDb();
  const [documents, resolution] = await Promise.all([
    db.documents.orderBy('added').toArray(),
    resolutionEnabledItem.getValue(),
  ]);
  const enabled = documents.filter((d) => d.enabled);
  const ids = enabled.map((d) => d.id);
  const terms = ids.length === 0 ? [] : await db.documentTerms.where('docId').anyOf(ids).toArray();
  return { enabled, terms: sortTerms(terms, ids), resolution };
}

async function readShared(termId: string, region: Region): Promise<SharedTermInfo[]> {
  const { enabled, terms: kept, resolution } = await readEnabled();
  if (enabled.length === 0) return [];
  const userTerms = kept.map(userTermToTerm);
  const own = documentOf(termId)
    ? userTerms.find((x) => x.id === termId)
    : resolution
      ? termById(termId)
      : undefined;
  if (!own) return [];
  const others: Term[] = [...(resolution && documentOf(termId) ? glossary : []), ...userTerms];
  const titles = new Map(enabled.map((d) => [d.id, d.title]));
  return Promise.all(
    sharedWith(own, others).map(async (other): Promise<SharedTermInfo> => {
      const doc = documentOf(other.id);
      if (doc === undefined) {
        const info = termInfo(other.id, region);
        const original = info.passage?.texts.original;
        return {
          termId: other.id,
          title: passageIn('title', 'original', region)?.text ?? '',
          occurrences: info.occurrences,
          passage: info.passage && original && { ...info.passage, texts: { original } },
        };
      }
      const info = await documentTermInfo(other.id);
      return {
        termId: other.id,
        title: titles.get(doc) ?? '',
        occurrences: info.occurrences,
        passage: info.passage,
      };
    }),
  );
}
