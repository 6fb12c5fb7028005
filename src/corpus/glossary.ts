export type Script = 'zh-Hans' | 'zh-Hant' | 'en';

export interface Variant {
  form: string;
  script: Script;
}

export interface Term {
  id: string;
  /** Exactly as written in the resolution. */
  canonical: string;
  category: string;
  variants: Variant[];
}

export const glossary: Term[] = [
  {
    id: 'nansha-plan',
    canonical: '南沙方案',
    category: 'plans',
    variants: [
      { form: '南沙方案', script: 'zh-Hans' },
      { form: 'Nansha Plan', script: 'en' },
    ],
  },
];

const byId = new Map(glossary.map((t) => [t.id, t]));
export function termById(id: string): Term | undefined {
  return byId.get(id);
}
