import { browser } from 'wxt/browser';

/** Keys of public/_locales/en/messages.json: the extension's UI strings. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/**
 * A UI string in the browser's language (en, zh_CN or zh_TW; English where a language is missing).
 * Every string a user sees goes through here, never a literal in a component.
 */
export function t(key: MessageKey, substitutions?: string | number | (string | number)[]): string {
  const subs =
    substitutions === undefined
      ? undefined
      : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  // Keys are checked against our own messages.json above, whatever WXT last generated.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  return getMessage(key, subs) || key;
}
