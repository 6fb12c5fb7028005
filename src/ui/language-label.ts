import type { PassageLanguage } from '../corpus/languages.ts';
import { type MessageKey, t } from '../i18n/t.ts';

const LABELS: Record<PassageLanguage, MessageKey> = {
  original: 'languageOriginal',
  en: 'languageEnglish',
  'zh-Hant': 'languageTraditional',
};

/** The switch's label of a language: Original (原文), English, 繁體. */
export function languageLabel(language: PassageLanguage): string {
  return t(LABELS[language]);
}

/** The notice under a translated passage (none under the original). */
export function translationNotice(language: PassageLanguage): string | undefined {
  if (language === 'original') return undefined;
  return t(language === 'en' ? 'unofficialTranslation' : 'convertedTraditional');
}
