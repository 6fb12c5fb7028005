import type { Note } from '../../db/schema.ts';

/** Whether a note's quote was found on the page: 'pending' until the page has answered. */
export type AnchorStatus = 'anchored' | 'orphan' | 'pending';
export type AnchorStatuses =
  | ReadonlyMap<string, AnchorStatus>
  | Readonly<Record<string, AnchorStatus>>;

function statusOf(statuses: AnchorStatuses, id: string): AnchorStatus {
  const s =
    statuses instanceof Map ? statuses.get(id) : (statuses as Record<string, AnchorStatus>)[id];
  return s ?? 'pending';
}

/**
 * A page's notes split by anchoring status: found (and still looking) first, orphans after —
 * a note whose quote is gone is listed, never dropped. A note without a quote counts as found.
 */
export function groupPageNotes(
  notes: readonly Note[],
  statuses: AnchorStatuses,
): { anchored: Note[]; pending: Note[]; orphans: Note[] } {
  const out = { anchored: [] as Note[], pending: [] as Note[], orphans: [] as Note[] };
  for (const n of notes) {
    const s = n.source?.selector ? statusOf(statuses, n.id) : 'anchored';
    (s === 'anchored' ? out.anchored : s === 'orphan' ? out.orphans : out.pending).push(n);
  }
  return out;
}
