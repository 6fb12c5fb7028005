/**
 * Keyboard checks: Tab from the top of the page through every control, and each focused control
 * must look different from its unfocused self (outline, box shadow, background or border).
 */
import type { Page } from 'playwright-core';

export interface TabReport {
  /** How many focus stops Tab went through before it came back round or left the page. */
  stops: number;
  /** Controls that are visible and enabled but were never reached with Tab. */
  unreached: string[];
  /** Controls that Tab reached but whose focus cannot be seen. */
  invisible: string[];
}

const VISITED = 'data-a11y-tab';

/** Presses Tab until focus leaves the page or comes back to a control already visited. */
export async function tabThrough(page: Page, max = 400): Promise<TabReport> {
  await page.evaluate((attr) => {
    for (const el of document.querySelectorAll(`[${attr}]`)) el.removeAttribute(attr);
    (window as unknown as { __focusStyles: string[] }).__focusStyles = [];
    // Tab starts after the focused element: focus a mark at the very top of the page first.
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'a11y-tab-start';
    document.body.prepend(start);
    start.focus();
  }, VISITED);
  let stops = 0;
  for (; stops < max; stops++) {
    await page.keyboard.press('Tab');
    const done = await page.evaluate((attr) => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return true;
      if (el.hasAttribute(attr)) return true;
      const store = (window as unknown as { __focusStyles: string[] }).__focusStyles;
      el.setAttribute(attr, String(store.length));
      const s = getComputedStyle(el);
      store.push(
        [
          s.outlineStyle,
          s.outlineWidth,
          s.outlineColor,
          s.boxShadow,
          s.backgroundColor,
          s.borderColor,
        ].join('|'),
      );
      return false;
    }, VISITED);
    if (done) break;
  }
  return page.evaluate((attr) => {
    const describeEl = (el: Element) => {
      const name =
        el.getAttribute('aria-label') ||
        (el as HTMLInputElement).labels?.[0]?.textContent ||
        el.textContent ||
        '';
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        el.className && typeof el.className === 'string'
          ? `.${el.className.split(' ').join('.')}`
          : ''
      }> ${name.trim().slice(0, 40)}`;
    };
    (document.activeElement as HTMLElement | null)?.blur?.();
    document.getElementById('a11y-tab-start')?.remove();
    const store = (window as unknown as { __focusStyles: string[] }).__focusStyles;
    const invisible: string[] = [];
    for (const el of document.querySelectorAll(`[${attr}]`)) {
      const focused = store[Number(el.getAttribute(attr))] ?? '';
      const s = getComputedStyle(el);
      const unfocused = [
        s.outlineStyle,
        s.outlineWidth,
        s.outlineColor,
        s.boxShadow,
        s.backgroundColor,
        s.borderColor,
      ].join('|');
      // Focus must change how the control looks (an outline appears, a shadow, a background…).
      if (focused === unfocused) invisible.push(describeEl(el));
    }
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    const unreached: string[] = [];
    for (const el of controls) {
      if ((el as HTMLButtonElement).disabled || el.tabIndex < 0) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.closest('dialog:not([open]), [inert]')) continue;
      if (!el.hasAttribute(attr)) unreached.push(describeEl(el));
    }
    return { stops: document.querySelectorAll(`[${attr}]`).length, unreached, invisible };
  }, VISITED);
}
