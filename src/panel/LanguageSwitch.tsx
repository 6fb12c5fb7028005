import { type PassageLanguage, passageLanguages } from '../corpus/languages.ts';
import { t } from '../i18n/t.ts';
import { languageLabel, translationNotice } from '../ui/language-label.ts';

/** Original / English / 繁體: the pressed one is shown; the original is always one click away. */
export function LanguageSwitch({
  shown,
  onChoose,
}: {
  shown: PassageLanguage;
  onChoose: (language: PassageLanguage) => void;
}) {
  return (
    <fieldset class="lang-switch" aria-label={t('passageLanguage')}>
      {passageLanguages.map((language) => (
        <button
          key={language}
          type="button"
          aria-pressed={language === shown}
          onClick={() => onChoose(language)}
        >
          {languageLabel(language)}
        </button>
      ))}
    </fieldset>
  );
}

/** Under a translated text: it is ours and unofficial; the original is authoritative. */
export function TranslationNotice({ language }: { language: PassageLanguage }) {
  const notice = translationNotice(language);
  return notice ? <p class="translation-notice">{notice}</p> : null;
}
