/**
 * A passage in the language the reader sees (languages.ts): the original, our English, or the
 * Traditional text generated from the original. Pure: no browser API.
 */
import type { PassageLanguage, Region } from './languages.ts';
import { sentenceById } from './passages.ts';
import { resolution } from './resolution.ts';
import { passageText, type TextLanguage } from './translations.ts';

function textLanguage(language: PassageLanguage, region: Region): TextLanguage | undefined {
  if (language === 'en') return 'en';
  if (language === 'zh-Hant') return region === 'hk' ? 'zh-HK' : 'zh-TW';
  return undefined;
}

/** A passage as shown: its text, and the language it is really in (never an empty text). */
export interface ShownPassage {
  id: string;
  language: PassageLanguage;
  text: string;
  /** BCP 47 tag for the `lang` attribute. */
  lang: string;
  /** True for our translations (shown with a notice that they are unofficial). */
  translated: boolean;
}

const HEAD: Record<string, () => string> = {
  title: () => resolution.title,
  'adopted-by': () => resolution.adoptedBy,
  published: () => resolution.published,
};

/** The original text of a passage (a sentence id, or `title`, `adopted-by`, `published`). */
export function originalText(id: string): string | undefined {
  return HEAD[id]?.() ?? sentenceById(id)?.text;
}

/**
 * A passage in that language; the original where the translation lacks it (the build refuses
 * that, so only an unknown id gets here) — the switch never shows an empty passage.
 */
export function passageIn(
  id: string,
  language: PassageLanguage,
  region: Region = 'tw',
): ShownPassage | undefined {
  const original = originalText(id);
  if (original === undefined) return undefined;
  const textLang = textLanguage(language, region);
  const translated = textLang ? passageText(id, textLang)?.text : undefined;
  if (!textLang || !translated) {
    return { id, language: 'original', text: original, lang: 'zh-CN', translated: false };
  }
  return { id, language, text: translated, lang: textLang, translated: true };
}

/** Traditional text of a passage with the original's offsets, or undefined where they differ. */
export function traditionalSameOffsets(id: string, region: Region): ShownPassage | undefined {
  const hant = passageIn(id, 'zh-Hant', region);
  return hant?.translated && hant.text.length === originalText(id)?.length ? hant : undefined;
}
