/** What the hover card says about a term or a noted quote, in the reader's language. */
import type { CategoryId, Term } from '../corpus/glossary.ts';
import { type PassageLanguage, passageLanguages, type Region } from '../corpus/languages.ts';
import { documentOf } from '../documents/types.ts';
import { type MessageKey, t, tn } from '../i18n/t.ts';
import type { TermInfo } from '../match/term-info.ts';
import { sendToBackground } from '../messaging/send.ts';
import { languageLabel, translationNotice } from '../ui/language-label.ts';
import type { CardContent } from './card.ts';
import type { NotedQuote } from './notes.ts';

/** A noted quote's card: the start of the note. `hint`: how to open the panel, if needed. */
export function noteCard(found: NotedQuote, hint?: string): CardContent {
  return {
    title: t('yourNote'),
    meta: hint ?? `“${found.note.selector.exact.slice(0, 60)}”`,
    body: found.note.excerpt,
    action: t('openNote'),
    close: t('closeCard'),
  };
}

/**
 * A term's card: what matched, how often the resolution uses it, and its first sentence in
 * `shown` (the original where that text is missing), with a switch to the other languages. For a
 * term of the reader's own document, `documentTitle`: the card names the document instead of a
 * category, and counts and quotes the document.
 */
export function termCard(
  term: Term,
  matched: string,
  info?: TermInfo,
  hint?: string,
  shown: PassageLanguage = 'original',
  onLanguage?: (language: PassageLanguage) => void,
  documentTitle?: string,
): CardContent {
  const meta: string[] = [];
  if (matched !== term.canonical) meta.push(`${t('matchedAs')} ${matched}`);
  if (info) {
    meta.push(
      tn(documentTitle === undefined ? 'occursInResolution' : 'occursInDocument', info.occurrences),
    );
  }
  if (hint) meta.push(hint);
  const passage = info?.passage;
  const text = passage && (passage.texts[shown] ?? passage.texts.original);
  const language = passage?.texts[shown] ? shown : 'original';
  return {
    title: term.canonical,
    badge: documentTitle ?? t(`category_${term.category satisfies CategoryId}` as MessageKey),
    meta: meta.join(' · '),
    passage: passage &&
      text && {
        label: t('paragraphN', passage.paragraph),
        text: text.text,
        marks: text.marks,
        lang: text.lang,
        notice: text.translated ? translationNotice(language) : undefined,
        languages: {
          label: t('passageLanguage'),
          options: passageLanguages
            .filter((l) => passage.texts[l])
            .map((l) => ({ id: l, label: languageLabel(l), selected: l === language })),
          pick: (id) => onLanguage?.(id as PassageLanguage),
        },
      },
    also: info?.also?.map((other) => {
      const original = other.passage?.texts.original;
      return {
        title: other.title,
        meta: tn(
          documentOf(other.termId) ? 'occursInDocument' : 'occursInResolution',
          other.occurrences,
        ),
        passage:
          other.passage && original
            ? {
                label: t('paragraphN', other.passage.paragraph),
                text: original.text,
                marks: original.marks,
                lang: original.lang,
              }
            : undefined,
      };
    }),
    alsoLabel: t('alsoIn'),
    action: t('openInPanel'),
    close: t('closeCard'),
  };
}

/**
 * Term infos asked of the background once per term, language and page; the languages the reader
 * picked on this page's cards (the background keeps them for the next pages too).
 */
export class TermInfos {
  private readonly asked = new Map<string, Promise<TermInfo | undefined>>();
  private readonly picked = new Map<PassageLanguage, PassageLanguage>();

  get(termId: string, language: PassageLanguage, region: Region): Promise<TermInfo | undefined> {
    const key = `${termId} ${language} ${region}`;
    let info = this.asked.get(key);
    if (!info) {
      info = sendToBackground({ type: 'term-info', termId, language, region }).catch(
        () => undefined,
      );
      this.asked.set(key, info);
    }
    return info;
  }

  /** The language to show for an info: picked on this page, else the stored choice. */
  shown(info: TermInfo | undefined, auto: PassageLanguage): PassageLanguage {
    return this.picked.get(auto) ?? info?.shown ?? auto;
  }

  /** The reader picked `chosen` where `auto` was called for: remember it, here and for later. */
  pick(auto: PassageLanguage, chosen: PassageLanguage): void {
    this.picked.set(auto, chosen);
    void sendToBackground({ type: 'passage-language', auto, chosen }).catch(() => {});
  }
}
