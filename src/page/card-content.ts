/** What the hover card says about a term or a noted quote, in the reader's language. */
import type { CategoryId, Term } from '../corpus/glossary.ts';
import { type MessageKey, t, tn } from '../i18n/t.ts';
import type { TermInfo } from '../match/term-info.ts';
import { sendToBackground } from '../messaging/send.ts';
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

/** A term's card: what matched, how often the resolution uses it, and its first sentence. */
export function termCard(term: Term, matched: string, info?: TermInfo, hint?: string): CardContent {
  const meta: string[] = [];
  if (matched !== term.canonical) meta.push(`${t('matchedAs')} ${matched}`);
  if (info) meta.push(tn('occursInResolution', info.occurrences));
  if (hint) meta.push(hint);
  const passage = info?.passage;
  return {
    title: term.canonical,
    badge: t(`category_${term.category satisfies CategoryId}` as MessageKey),
    meta: meta.join(' · '),
    passage: passage && {
      label: t('paragraphN', passage.paragraph),
      text: passage.text,
      marks: passage.marks,
    },
    action: t('openInPanel'),
    close: t('closeCard'),
  };
}

/** Term infos asked of the background once per term and page. */
export class TermInfos {
  private readonly asked = new Map<string, Promise<TermInfo | undefined>>();

  get(termId: string): Promise<TermInfo | undefined> {
    let info = this.asked.get(termId);
    if (!info) {
      info = sendToBackground({ type: 'term-info', termId }).catch(() => undefined);
      this.asked.set(termId, info);
    }
    return info;
  }
}
