import { useCallback } from 'preact/hooks';
import {
  chosenLanguage,
  languageOfUi,
  type PassageLanguage,
  type Region,
  regionOf,
  withChoice,
} from '../corpus/languages.ts';
import { t } from '../i18n/t.ts';
import { passageLanguageItem } from '../settings/items.ts';
import { useStorageItem } from '../ui/use-storage-item.ts';

/** Where nothing matched: the UI's language decides (English UI → English, 繁體 UI → Traditional). */
export function uiPassageLanguage(): { auto: PassageLanguage; region: Region } {
  const locale = t('uiLocale');
  return { auto: languageOfUi(locale), region: regionOf(locale) };
}

/**
 * The language to show passages in where `auto` is called for (the reader's remembered choice,
 * shared with the cards), and how to change it.
 */
export function usePassageLanguage(
  auto: PassageLanguage,
): [shown: PassageLanguage, choose: (language: PassageLanguage) => void] {
  const choices = useStorageItem(passageLanguageItem);
  const choose = useCallback(
    (language: PassageLanguage) => {
      void passageLanguageItem
        .getValue()
        .then((current) => passageLanguageItem.setValue(withChoice(current, auto, language)))
        .catch(console.error);
    },
    [auto],
  );
  return [chosenLanguage(auto, choices), choose];
}
