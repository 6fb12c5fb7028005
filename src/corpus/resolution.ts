import { parseResolution, type Resolution } from './parse.ts';
import raw from './resolution.zh-CN.txt?raw';

export type { Paragraph, Resolution, Sentence } from './parse.ts';
export { isoDate, parseResolution, splitSentences } from './parse.ts';

/** The resolution as published (2022-09-23), parsed once. */
export const resolution: Resolution = parseResolution(raw);
