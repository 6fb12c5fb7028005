/**
 * A kept term's forms and passages. Its other Chinese script comes from a converter the caller
 * passes in (opencc-js, which the panel loads only when a document is saved: it must stay out
 * of pages and of the panel's first load).
 */
import type { Script } from '../corpus/glossary.ts';
import { fold } from '../text/search-fold.ts';
import type { DocumentParagraph } from './split.ts';
import { type DocumentId, documentPassageId, type UserTermForm } from './types.ts';

export interface ScriptConverter {
  /** Simplified → Traditional (Hong Kong and Taiwan; equal strings are dropped). */
  toTraditional(text: string): string[];
  /** Traditional → Simplified. */
  toSimplified(text: string): string;
}

const HAN = /\p{Script=Han}/u;

/**
 * The name first, then its other Chinese script (a Simplified name gets its Traditional forms,
 * a Traditional name its Simplified one), then the English forms typed; none twice.
 */
export function termForms(
  name: string,
  english: readonly string[],
  convert: ScriptConverter,
): UserTermForm[] {
  const forms: UserTermForm[] = [];
  const add = (form: string, script: Script) => {
    const f = form.trim().replace(/\s+/g, ' ');
    if (f !== '' && !forms.some((x) => x.form === f)) forms.push({ form: f, script });
  };
  if (!HAN.test(name)) add(name, 'en');
  else {
    const simplified = convert.toSimplified(name);
    if (simplified !== name) {
      add(name, 'zh-Hant');
      add(simplified, 'zh-Hans');
    } else {
      add(name, 'zh-Hans');
      for (const form of convert.toTraditional(name)) add(form, 'zh-Hant');
    }
  }
  for (const form of english) add(form, 'en');
  return forms;
}

/** English forms as typed in one field: separated by commas or semicolons (either width). */
export function splitForms(field: string): string[] {
  return field
    .split(/[,;，；、]/)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s !== '');
}

/** The document's sentences, folded once, for `termPassages`. */
export function foldedSentences(
  paragraphs: readonly DocumentParagraph[],
): { id: string; folded: string }[] {
  return paragraphs.flatMap((p) => p.sentences.map((s) => ({ id: s.id, folded: fold(s.text) })));
}

/** The document's sentences that hold one of the forms (a folded substring), as passage ids. */
export function termPassages(
  docId: DocumentId,
  sentences: readonly { id: string; folded: string }[],
  forms: readonly UserTermForm[],
): string[] {
  const keys = forms.map((f) => fold(f.form));
  return sentences
    .filter((s) => keys.some((k) => s.folded.includes(k)))
    .map((s) => documentPassageId(docId, s.id));
}
