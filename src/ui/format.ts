import { browser } from 'wxt/browser';
import type { CategoryId, Script } from '../corpus/glossary.ts';
import { paragraphById, sentenceById } from '../corpus/passages.ts';
import { type MessageKey, t } from '../i18n/t.ts';

/** The UI language (`en`, `zh-CN`, `zh-TW`…). */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage?.() || 'en';
}

export function categoryLabel(id: CategoryId): string {
  return t(`category_${id}` as MessageKey);
}

export function scriptLabel(script: Script): string {
  return t(script === 'zh-Hans' ? 'scriptHans' : script === 'zh-Hant' ? 'scriptHant' : 'scriptEn');
}

const dateFormat = new Intl.DateTimeFormat(uiLanguage(), {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export function formatDate(ms: number): string {
  return dateFormat.format(new Date(ms));
}

/** "Paragraph 2, sentence 3" for a passage id (the id itself when it is unknown). */
export function passageLabel(id: string): string {
  const s = sentenceById(id);
  const p = s ? paragraphById(s.paragraphId) : undefined;
  return s && p ? t('paragraphSentence', [p.number, s.number]) : id;
}
