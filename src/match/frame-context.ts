import type { Term } from '../corpus/glossary.ts';
import { type ContextRule, createContextRule, createDoubt, type Doubt } from './context.ts';
import type { Match } from './matcher.ts';

/** What the frame context needs of a match: its term and the form that matched. */
export interface Found {
  termId: string;
  variant: string;
}

/**
 * The context rule (src/match/context.ts) over one frame whose text is scanned in chunks
 * (docs/decisions/090-ambiguous-terms.md). The scope is the frame's text: a match of an ambiguous
 * form is shown once the frame has a match of an unambiguous form, or one of its term's context
 * words; until then it is held. Context, once found, stays for the frame's life.
 *
 * The frame's text is read (`collect`) only when a held term with context words is to be judged,
 * then kept as the chunks scanned after it: it is never read again per chunk.
 */
export class FrameContext {
  private readonly rule: ContextRule;
  private readonly ambiguous = new Set<string>();
  /** One match of an ambiguous form per term with context words: asks the rule which are meant. */
  private readonly probes: Match[] = [];
  /** The frame has a match of an unambiguous form: every match is shown. */
  private open = false;
  /** Terms whose context words the frame has. */
  private readonly meant = new Set<string>();
  /** Text scanned since the frame's text was last searched for context words (undefined: not read). */
  private unread: string[] | undefined;
  private readonly doubt: Doubt;
  /** The terms the rule is about: another's match (a reader's document's) is always shown. */
  private readonly known: Set<string>;
  /** Terms whose apart words the frame has (undefined: not looked for yet). */
  private doubtful: Set<string> | undefined;

  constructor(
    terms: readonly Term[],
    /** The frame's text now (its body's rendered text, with its open shadow roots). */
    private readonly collect: () => string,
    /** The frame's whole text, cheaply (no layout): where apart words are looked for, once. */
    private readonly collectAll: () => string = collect,
  ) {
    this.rule = createContextRule(terms);
    this.doubt = createDoubt(terms);
    this.known = new Set(terms.map((t) => t.id));
    for (const t of terms) {
      for (const v of t.variants) if (v.ambiguous) this.ambiguous.add(key(t.id, v.form));
      const first = t.variants.find((v) => v.ambiguous);
      if (first && t.context?.length) {
        this.probes.push({ termId: t.id, variant: first.form, start: 0, end: 0 });
      }
    }
  }

  /** True once an unambiguous term has been found in the frame. */
  get hasContext(): boolean {
    return this.open;
  }

  /** Splits a chunk's matches into those shown now and those held until context comes. */
  sort<T extends Found>(found: readonly T[]): { shown: T[]; held: T[] } {
    // A reader's term says nothing of the resolution's context: it neither opens the frame nor waits.
    if (!this.open && found.some((f) => this.known.has(f.termId) && !this.isAmbiguous(f))) {
      this.open = true;
      this.unread = undefined;
    }
    if (this.open) return { shown: [...found], held: [] };
    const shown: T[] = [];
    const held: T[] = [];
    for (const f of found) {
      (this.meant.has(f.termId) || !this.known.has(f.termId) ? shown : held).push(f);
    }
    return { shown, held };
  }

  /** Text scanned, with or without matches: it may hold context words. */
  read(text: string | readonly string[]): void {
    if (this.open || !this.unread) return;
    // Stryker disable next-line ConditionalExpression,StringLiteral: a string spread into its characters is joined back into the same text
    if (typeof text === 'string') this.unread.push(text);
    else this.unread.push(...text);
  }

  /** Which of the frame's held matches may now be shown. */
  settle<T extends Found>(held: readonly T[]): T[] {
    if (this.open) return [...held];
    const waiting = held.some((h) => !this.meant.has(h.termId) && this.hasWords(h.termId));
    if (!waiting) {
      // Nothing to judge: forget the text kept; the frame is read again when there is.
      this.unread = undefined;
    } else {
      const texts = this.unread ?? [this.collect()];
      this.unread = [];
      for (const m of this.rule(this.probes, () => texts).shown) this.meant.add(m.termId);
    }
    return held.filter((h) => this.meant.has(h.termId));
  }

  private isAmbiguous(f: Found): boolean {
    if (this.doubt.has(f.termId)) {
      // Judged on the frame's text when the term is first met (later text is not looked at).
      this.doubtful ??= this.doubt.find(this.collectAll());
      if (this.doubtful.has(f.termId)) return true;
    }
    return this.ambiguous.has(key(f.termId, f.variant));
  }

  private hasWords(termId: string): boolean {
    return this.probes.some((p) => p.termId === termId);
  }
}

function key(termId: string, form: string): string {
  return `${termId}\u0000${form}`;
}
