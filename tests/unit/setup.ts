// IndexedDB for Dexie in unit tests.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';

// WXT's fake browser has no i18n: answer from the English messages, with $1…$9 substituted.
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const messages = en as Record<string, Entry>;
fakeBrowser.i18n.getMessage = (key: string, subs?: string | (string | number)[]) => {
  const entry = messages[key];
  if (!entry) return '';
  const args = (subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]).map(String);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => args[Number(n) - 1] ?? '');
  });
};
