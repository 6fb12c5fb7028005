import { browser } from 'wxt/browser';

/** Keys of public/_locales/en/messages.json: the extension's UI strings. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** Messages that come in plural forms: `<key>_one`, `<key>_other` (the forms a language uses). */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;

type Substitutions = string | number | (string | number)[];

// Keys are checked against our own messages.json above, whatever WXT last generated.
const getMessage = (key: string, subs?: string[]) =>
  (browser.i18n.getMessage as (name: string, subs?: string[]) => string)(key, subs);

/**
 * A UI string in the browser's language (en, zh_CN or zh_TW; English where a language is missing).
 * Every string a user sees goes through here, never a literal in a component.
 */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  const subs =
    substitutions === undefined
      ? undefined
      : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  return getMessage(key, subs) || key;
}

let rules: Intl.PluralRules | undefined;

/**
 * A UI string with a count: the plural form that the language of the shown strings (`uiLocale`,
 * not the browser's: a French browser reads our English) uses for `count`. The count is `$1`,
 * `more` the substitutions after it. Chinese has one form (`_other`); English has `_one` too.
 */
export function tn(key: PluralKey, count: number, more: (string | number)[] = []): string {
  rules ??= new Intl.PluralRules(t('uiLocale'));
  const subs = [count, ...more].map(String);
  return getMessage(`${key}_${rules.select(count)}`, subs) || t(`${key}_other` as MessageKey, subs);
}
