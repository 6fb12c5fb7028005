/**
 * Writes that IndexedDB refuses. A refusal for lack of space (`QuotaExceededError`) is told apart
 * from other failures, and both become a sentence for the reader. Each write the reader starts
 * runs in one transaction, so a refusal changes nothing already stored
 * (docs/decisions/050-storage-full.md).
 */
import { t } from '../i18n/t.ts';

/** The names a refusal for lack of space goes by (the second: older Firefox). */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** A write refused because the browser has no room left for the extension's data. */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super(t('storageFull'), { cause });
    this.name = 'StorageFullError';
  }
}

interface Wrapped {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/**
 * Whether `error` is, or wraps, a refusal for lack of space. Dexie hands it on as its own
 * `QuotaExceededError` with the DOMException as `inner` (a request refused), as an `AbortError`
 * with it as `inner` (the transaction refused when it commits, as Chromium does), or among a
 * `BulkError`'s `failures`.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  if (error instanceof StorageFullError) return true;
  const e = error as Wrapped;
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
  return nested.some((n) => isQuotaError(n, depth + 1));
}

/** Runs a write; a refusal for lack of space comes out as a StorageFullError, others as they are. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StorageFullError) throw error;
    throw isQuotaError(error) ? new StorageFullError(error) : error;
  }
}

/** The technical part of an error, short, for the end of a message. */
function detailOf(error: unknown): string {
  const e = error as { name?: unknown; message?: unknown } | null;
  const text =
    typeof e?.message === 'string' && e.message !== ''
      ? `${typeof e.name === 'string' ? `${e.name}: ` : ''}${e.message.split('\n')[0]}`
      : String(error);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/**
 * What to tell the reader when a write failed: the storage is full and how to make room, or the
 * write was refused for another reason (with its technical detail). Both say nothing changed.
 */
export function writeFailureMessage(error: unknown): string {
  if (isQuotaError(error)) return `${t('storageFull')} ${t('storageFullHelp')}`;
  return t('writeFailed', detailOf(error));
}
