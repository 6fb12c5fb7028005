/**
 * Checks a term the reader types for a document's lens. Returns an error code, not a message:
 * the panel words it through i18n.
 */
import { fold } from '../text/search-fold.ts';
import { MAX_LENGTH, MIN_LENGTH } from './candidates.ts';
import { isGenericText } from './generic.ts';

export type TermError = 'empty' | 'one-character' | 'too-long' | 'generic' | 'duplicate';

export type TermCheck = { ok: true; term: string } | { ok: false; error: TermError };

/** Spaces trimmed and runs of them made one, then folded: 規劃 and 规划, Plan and plan alike. */
const key = (s: string) => fold(s.trim().replace(/\s+/g, ' '));

/** Whether `surface` may be added beside the `existing` terms; `term` is it trimmed. */
export function validateTerm(surface: string, existing: Iterable<string>): TermCheck {
  const term = surface.trim().replace(/\s+/g, ' ');
  const length = [...term].length;
  if (length === 0) return { ok: false, error: 'empty' };
  if (length < MIN_LENGTH) return { ok: false, error: 'one-character' };
  if (length > MAX_LENGTH) return { ok: false, error: 'too-long' };
  const folded = key(term);
  if (isGenericText(folded)) return { ok: false, error: 'generic' };
  for (const other of existing) if (key(other) === folded) return { ok: false, error: 'duplicate' };
  return { ok: true, term };
}
