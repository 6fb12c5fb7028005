/**
 * Which text of a passage the reader sees: the original (Simplified), our English, or Traditional.
 * The language "that matched" decides (`auto`); the reader's switch overrides it, remembered per
 * auto language (`LanguageChoices`): someone who reads the original beside English pages keeps
 * getting it there, and still gets Traditional beside Traditional pages. Pure and small (the
 * content script's card uses it); the texts themselves are in passage-language.ts.
 */
import type { Script } from './glossary.ts';

/** What the switch offers: the original (Simplified Chinese), English, Traditional Chinese. */
export type PassageLanguage = 'original' | 'en' | 'zh-Hant';

export const passageLanguages: readonly PassageLanguage[] = ['original', 'en', 'zh-Hant'];

/** Traditional conventions: Hong Kong (and Macao) or Taiwan. */
export type Region = 'hk' | 'tw';

/** The reader's choice for each auto language (absent: the auto language itself). */
export type LanguageChoices = Partial<Record<PassageLanguage, PassageLanguage>>;

/** The text a match in this script calls for. */
export function languageOfScript(script: Script): PassageLanguage {
  return script === 'en' ? 'en' : script === 'zh-Hant' ? 'zh-Hant' : 'original';
}

/** Where nothing matched (panel, Document view): the UI's language (`en`, `zh_CN`, `zh_TW`). */
export function languageOfUi(uiLocale: string): PassageLanguage {
  const l = uiLocale.replace('_', '-').toLowerCase();
  if (l.startsWith('en')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(l) ? 'zh-Hant' : 'original';
}

/** Traditional conventions for a page or UI language tag: Hong Kong for hk/mo, else Taiwan. */
export function regionOf(languageTag: string): Region {
  return /-(hk|mo)\b/i.test(languageTag) ? 'hk' : 'tw';
}

/** What the reader sees for an auto language, given their remembered choices. */
export function chosenLanguage(auto: PassageLanguage, choices?: LanguageChoices): PassageLanguage {
  return choices?.[auto] ?? auto;
}

/** The choices after the reader picks `chosen` where `auto` was called for. */
export function withChoice(
  choices: LanguageChoices | undefined,
  auto: PassageLanguage,
  chosen: PassageLanguage,
): LanguageChoices {
  const next = { ...choices };
  if (chosen === auto) delete next[auto];
  else next[auto] = chosen;
  return next;
}
