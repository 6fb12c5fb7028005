/**
 * The reader's documents as pages need them (issue 15): the background compiles the enabled
 * documents' terms into a small `storage.local` value that every page reads with its settings
 * (SETTING_KEYS.documentLens: their precheck, colours, titles) and the terms, coded as one string
 * (SETTING_KEYS.documentLensTerms), which the background hands to lens.js with the page's
 * highlight names: a page without a term never reads them. Pure: the background builds it, the
 * unit tests check it (docs/decisions/101-document-lens.md).
 */
import type { Script, Term, Variant } from '../corpus/glossary.ts';
import {
  DOCUMENT_COLOURS,
  documentOf,
  type UserDocument,
  type UserTerm,
} from '../documents/types.ts';
import { T2S } from '../text/generated/t2s-glossary.data.ts';
import { documentVariant, encodeDocumentTerms } from './document-code.ts';
import { buildWindowPrecheck, type WindowPrecheckSources } from './precheck-source.ts';

export { decodeDocumentTerms, encodeDocumentTerms } from './document-code.ts';

export const DOCUMENT_LENS_VERSION = 2;

/** A document as pages show it: its highlight's colour, its title on the card. */
export interface LensDocument {
  id: string;
  title: string;
  /** #rrggbb. */
  colour: string;
}

/** What pages read (SETTING_KEYS.documentLens). */
export interface DocumentLens {
  v: typeof DOCUMENT_LENS_VERSION;
  /** A hash of the rest: the same compile gives the same value (no page starts again for it). */
  hash: string;
  /** The resolution's terms are highlighted too (the `resolutionEnabled` setting). */
  resolution: boolean;
  /** The enabled documents that have terms. */
  docs: LensDocument[];
  /** Windows of every form of the terms (`buildWindowPrecheck`); null: no term at all. */
  precheck: WindowPrecheckSources | null;
}

/** The compile: what pages read, and the terms, coded by `encodeDocumentTerms` (document-code.ts). */
export interface CompiledDocuments {
  lens: DocumentLens;
  terms: string;
}

/** A RegExp source that matches nothing: the precheck of a script no form is written in. */
export const NEVER = '[^\\s\\S]';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const SCRIPTS: readonly Script[] = ['zh-Hans', 'zh-Hant', 'en'];

/**
 * A reader's term as the matcher takes a glossary term: the id kept (`doc-….t3`, which names its
 * document), the name as canonical form, every form as a variant (the name first, if the forms
 * leave it out), no exclusion. `category` is unused for it: the document's colour stands for it.
 */
export function userTermToTerm(term: UserTerm): Term {
  const variants: Variant[] = [];
  const seen = new Set<string>();
  const add = (form: string, script: Script) => {
    const f = form.trim();
    if (f === '' || seen.has(`${script} ${f}`)) return;
    seen.add(`${script} ${f}`);
    variants.push(documentVariant(f, script));
  };
  if (!term.forms.some((f) => f.form.trim() === term.name.trim())) {
    add(term.name, HAN.test(term.name) ? 'zh-Hans' : 'en');
  }
  for (const f of term.forms) add(f.form, SCRIPTS.includes(f.script) ? f.script : 'en');
  return {
    id: term.id,
    canonical: term.name.trim(),
    category: 'plans',
    variants,
    exclusions: [],
    passageIds: term.passageIds,
  };
}

/** FNV-1a, 32 bits, in base 36: enough to tell one compile from another. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  // Stryker disable next-line EqualityOperator: a round more (NaN ^ h is h) is another hash of the same use
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * What pages need of `documents` (the enabled ones are taken, in the order given) and their
 * `terms`. `resolution`: whether the resolution's terms are highlighted too.
 */
export function compileDocumentLens(
  documents: readonly UserDocument[],
  terms: readonly UserTerm[],
  resolution: boolean,
): CompiledDocuments {
  const enabled = documents.filter((d) => d.enabled);
  const byDoc = new Map<string, Term[]>();
  for (const t of terms) {
    const converted = userTermToTerm(t);
    if (converted.variants.length === 0 || documentOf(t.id) !== t.docId) continue;
    const list = byDoc.get(t.docId) ?? [];
    list.push(converted);
    byDoc.set(t.docId, list);
  }
  const docs: LensDocument[] = [];
  const kept: Term[] = [];
  for (const d of enabled) {
    const list = byDoc.get(d.id);
    if (!list) continue; // a list is made with its first term
    docs.push({ id: d.id, title: d.title, colour: documentColour(d.colour) });
    kept.push(...list);
  }
  let precheck: WindowPrecheckSources | null = null;
  if (kept.length > 0) {
    const sources = buildWindowPrecheck(kept, T2S);
    precheck = { ...sources, latin: sources.latin === '' ? NEVER : sources.latin };
  }
  const coded = encodeDocumentTerms(kept);
  const body = { v: DOCUMENT_LENS_VERSION, resolution, docs, precheck } as const;
  // The hash covers the terms too: a term changed is a change for pages.
  return { lens: { ...body, hash: hashOf(JSON.stringify(body) + coded) }, terms: coded };
}

/** A document's colour (an index into DOCUMENT_COLOURS, taken in turn). */
export function documentColour(index: number): string {
  const n = DOCUMENT_COLOURS.length;
  const i = Number.isInteger(index) ? ((index % n) + n) % n : 0;
  return DOCUMENT_COLOURS[i] as string;
}
