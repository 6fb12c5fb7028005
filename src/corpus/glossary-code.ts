/**
 * How the glossary's generated data codes a term (scripts/gen-glossary.ts writes it, glossary.ts
 * reads it): one short string per form instead of an object, and a skeleton without its `form`,
 * which its groups give. In lens.js on every page with a term: a seventh smaller gzipped.
 */
import type { Script, Skeleton, Term, Variant } from './glossary.ts';

/** A skeleton's `form`: its groups, alternatives joined by |, the trigger marked *. */
export const skeletonForm = (groups: readonly string[][], trigger: number): string =>
  groups.map((g, i) => (i === trigger ? '*' : '') + g.join('|')).join(' > ');

const SCRIPT_OF: Record<string, Script> = { s: 'zh-Hans', t: 'zh-Hant', e: 'en' };

/** A form as coded by scripts/gen-glossary.ts (`encodeVariant`): script, flags, '|', the form. */
export function decodeVariant(code: string): Variant {
  const bar = code.indexOf('|');
  const flags = code.slice(1, bar);
  const v: Variant = { form: code.slice(bar + 1), script: SCRIPT_OF[code.charAt(0)] as Script };
  if (flags.includes('C')) v.caseSensitive = true;
  if (flags.includes('Q')) v.quoted = true;
  if (flags.includes('A')) v.ambiguous = true;
  const cut = /K(\d+)/.exec(flags);
  if (cut) v.cut = Number(cut[1]);
  if (flags.includes('P')) v.keep = true;
  return v;
}

export type Coded = Omit<Term, 'variants' | 'exclusions' | 'context' | 'apart' | 'skeletons'> & {
  variants: string[];
  exclusions: string[];
  context?: string[];
  apart?: string[];
  skeletons?: Omit<Skeleton, 'form'>[];
};

export function decodeTerm(c: Coded): Term {
  const { variants, exclusions, context, apart, skeletons, ...rest } = c;
  return {
    ...rest,
    variants: variants.map(decodeVariant),
    exclusions: exclusions.map(decodeVariant),
    ...(context ? { context: context.map(decodeVariant) } : {}),
    ...(apart ? { apart: apart.map(decodeVariant) } : {}),
    ...(skeletons
      ? { skeletons: skeletons.map((s) => ({ form: skeletonForm(s.groups, s.trigger), ...s })) }
      : {}),
  };
}

const LETTER_OF: Record<Script, string> = { 'zh-Hans': 's', 'zh-Hant': 't', en: 'e' };

/**
 * A form as the data holds it: the script's letter, the flags (C case-sensitive, Q quoted,
 * A ambiguous, K<n> cut, P keep), a bar, the form.
 */
export function encodeVariant(v: Variant): string {
  if (v.form.includes('|')) throw new Error(`a form with a bar: ${v.form}`);
  const flags =
    (v.caseSensitive ? 'C' : '') +
    (v.quoted ? 'Q' : '') +
    (v.ambiguous ? 'A' : '') +
    (v.cut ? `K${v.cut}` : '') +
    (v.keep ? 'P' : '');
  return `${LETTER_OF[v.script]}${flags}|${v.form}`;
}

export function encodeTerm(t: Term): Coded {
  const { variants, exclusions, context, apart, skeletons, ...rest } = t;
  return {
    ...rest,
    variants: variants.map(encodeVariant),
    exclusions: exclusions.map(encodeVariant),
    ...(context ? { context: context.map(encodeVariant) } : {}),
    ...(apart ? { apart: apart.map(encodeVariant) } : {}),
    ...(skeletons ? { skeletons: skeletons.map(({ form: _, ...k }) => k) } : {}),
  };
}
