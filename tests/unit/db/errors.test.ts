import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  guardWrite,
  isQuotaError,
  StorageFullError,
  writeFailureMessage,
} from '../../../src/db/errors.ts';

const domQuota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const full =
  "Your browser has no room left for Nansha Lens's data, so nothing was changed. Make room — " +
  'delete notes you no longer need (export them first to keep a copy) or free disk space on this ' +
  'computer — then try again.';

describe('a refusal for lack of space, however Dexie hands it on', () => {
  it('is recognised: the DOMException, wrapped as Dexie wraps it, or among bulk failures', () => {
    const dom = domQuota();
    const cases: [string, unknown][] = [
      ['the DOMException', dom],
      ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full', dom)],
      ['an AbortError at commit', new Dexie.AbortError(dom)],
      ['a BulkError', new Dexie.BulkError('bulkPut failed', { 2: dom })],
      ['an abort around a wrapped one', new Dexie.AbortError(new Dexie.QuotaExceededError(dom))],
      ['older Firefox', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }],
      ['ours', new StorageFullError(dom)],
    ];
    for (const [label, error] of cases) expect(isQuotaError(error), label).toBe(true);
  });

  it('is not confused with other failures', () => {
    const cases: unknown[] = [
      new Error('QuotaExceededError'),
      new Dexie.AbortError(),
      new Dexie.AbortError(new DOMException('aborted', 'AbortError')),
      new Dexie.ConstraintError('Key already exists'),
      new DOMException('x', 'UnknownError'),
      'QuotaExceededError',
      null,
      undefined,
    ];
    for (const error of cases) expect(isQuotaError(error), String(error)).toBe(false);
  });

  it('guardWrite turns it into a StorageFullError that keeps the original as its cause', async () => {
    const dexie = new Dexie.AbortError(domQuota());
    const error = await guardWrite(() => Promise.reject(dexie)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).cause).toBe(dexie);
    const other = new Dexie.ConstraintError('Key already exists');
    await expect(guardWrite(() => Promise.reject(other))).rejects.toBe(other);
    await expect(guardWrite(() => Promise.resolve(7))).resolves.toBe(7);
  });
});

describe('what the reader is told', () => {
  it('a full disk: nothing changed, and how to make room', () => {
    expect(writeFailureMessage(new StorageFullError())).toBe(full);
    expect(writeFailureMessage(new Dexie.AbortError(domQuota()))).toBe(full);
  });

  it('any other refusal: nothing changed, try again, with the technical detail at the end', () => {
    const message = writeFailureMessage(
      new Dexie.UnknownError('Internal error committing transaction.\n at x.js:1'),
    );
    expect(message).toBe(
      'The browser refused to store this change, so nothing was changed (UnknownError: Internal ' +
        'error committing transaction.). Try again; if it keeps failing, restart the browser.',
    );
    expect(writeFailureMessage('weird')).toContain('(weird)');
    expect(writeFailureMessage(new Error('x'.repeat(500))).length).toBeLessThan(300);
  });
});
