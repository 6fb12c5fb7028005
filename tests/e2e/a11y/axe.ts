/**
 * axe-core in a page of the real browser. The source is evaluated (not added as a <script>): the
 * extension's pages forbid inline scripts, and DevTools evaluation is not subject to their CSP.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { artifact } from '../harness.ts';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface Violation {
  id: string;
  impact: Impact | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Every axe violation on the page as it is now (open shadow roots included). */
export async function axe(page: Page | Frame): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type AxeNode = { target: unknown[]; html: string; failureSummary?: string };
    type AxeResult = { id: string; impact: Impact | null; help: string; nodes: AxeNode[] };
    const api = (
      window as unknown as {
        axe: { run(ctx: Document, options: object): Promise<{ violations: AxeResult[] }> };
      }
    ).axe;
    const { violations } = await api.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: JSON.stringify(n.target),
        html: n.html.slice(0, 200),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
      })),
    }));
  });
}

export const isSerious = (v: Violation) => v.impact === 'serious' || v.impact === 'critical';

/** Violations as readable text: id, impact, help, then each node. */
export function describe(violations: readonly Violation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact ?? '?'} ${v.id}: ${v.help}\n${v.nodes
          .map((n) => `    ${n.target} ${n.html}\n      ${n.summary}`)
          .join('\n')}`,
    )
    .join('\n');
}

/** All results of a run, for the report: tests/artifacts/a11y-results.json (name → violations). */
const results: Record<string, Violation[]> = {};
export function record(name: string, violations: Violation[]): void {
  results[name] = violations;
  writeFileSync(artifact('a11y-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (violations.length > 0) console.info(`axe, ${name}:\n${describe(violations)}`);
}

/** The targets of the nodes axe checked for one rule (a node in a shadow root has a longer path). */
export async function checkedTargets(page: Page | Frame, rule: string): Promise<unknown[][]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (id) => {
    const api = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            options: object,
          ): Promise<{
            passes: { nodes: { target: unknown[] }[] }[];
            violations: { nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await api.run(document, { runOnly: [id] });
    return [...r.passes, ...r.violations].flatMap((x) => x.nodes.map((n) => n.target));
  }, rule);
}
