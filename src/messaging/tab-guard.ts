/**
 * The content script's check of the messages it receives: the same shapes as `tabRequest` in
 * `contract.ts` (a unit test holds the two together), without valibot on every page
 * (docs/decisions/010-tab-message-guard.md).
 */
import type { TabMessage } from './contract.ts';
import { ID_MAX } from './limits.ts';

type Check = (value: unknown) => boolean;

const id: Check = (v) => typeof v === 'string' && v.length > 0 && v.length <= ID_MAX;
const count: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);

/** Each tab message's fields besides `type`, with their checks. */
const FIELDS: Record<TabMessage['type'], Record<string, Check>> = {
  'get-page-terms': {},
  'reveal-term': { termId: id, index: optional(count) },
  'step-term': { direction: (v) => v === 1 || v === -1 },
  'toggle-site': {},
  'capture-selection': {},
  'get-page-notes': {},
  'reveal-note': { noteId: id },
  'refresh-notes': {},
  'settings-changed': {},
};

/** The message, with only its declared fields, if it is a tab message; otherwise undefined. */
export function asTabMessage(value: unknown): TabMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  const type = message.type;
  if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return undefined;
  const out: Record<string, unknown> = { type };
  for (const [name, check] of Object.entries(FIELDS[type as TabMessage['type']])) {
    const field = message[name];
    if (!check(field)) return undefined;
    if (field !== undefined) out[name] = field;
  }
  return out as TabMessage;
}
