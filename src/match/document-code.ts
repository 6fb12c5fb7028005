/**
 * A reader's documents' terms coded as one string (the background writes it, lens.js reads it):
 * apart from the compile (`document-lens.ts`), whose precheck builder lens.js must not carry.
 */
import type { Script, Term, Variant } from '../corpus/glossary.ts';
import { documentOf } from '../documents/types.ts';

/**
 * A reader's form as the matcher takes it. One English word with a capital (Riverside, Lakeside)
 * is a name: matched as written, so the riverside path is not the Riverside district.
 */
export function documentVariant(form: string, script: Script): Variant {
  return script === 'en' && /^[A-Z][\p{L}\p{N}'’-]*$/u.test(form)
    ? { form, script, caseSensitive: true }
    : { form, script };
}

const LETTER: Record<Script, string> = { 'zh-Hans': 's', 'zh-Hant': 't', en: 'e' };
const SCRIPT: Record<string, Script> = { s: 'zh-Hans', t: 'zh-Hant', e: 'en' };

/** The terms as one string: `[id, name, …forms]`, each form its script's letter and itself. */
export function encodeDocumentTerms(terms: readonly Term[]): string {
  return JSON.stringify(
    terms.map((t) => [t.id, t.canonical, ...t.variants.map((v) => LETTER[v.script] + v.form)]),
  );
}

/** The terms of `encodeDocumentTerms`; what is not as it writes is left out. */
export function decodeDocumentTerms(coded: string): Term[] {
  let rows: unknown;
  try {
    rows = JSON.parse(coded);
  } catch {
    // Damaged: rows stays undefined, which is no array (below).
  }
  if (!Array.isArray(rows)) return [];
  const out: Term[] = [];
  for (const row of rows) {
    if (!Array.isArray(row) || !row.every((x) => typeof x === 'string')) continue;
    // A row without an id is no document's term; one without a name has no forms (skipped below).
    const [id, name, ...forms] = row as [string, string, ...string[]];
    if (!documentOf(id)) continue;
    const variants: Variant[] = [];
    for (const code of forms) {
      const script = SCRIPT[code.charAt(0)];
      if (script && code.length > 1) variants.push(documentVariant(code.slice(1), script));
    }
    if (variants.length === 0) continue;
    out.push({ id, canonical: name, category: 'plans', variants, exclusions: [], passageIds: [] });
  }
  return out;
}
