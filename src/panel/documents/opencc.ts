/**
 * opencc-js for a kept term's other Chinese script, loaded when a document is first saved: its
 * tables (about 1 MB) stay out of the panel's first load, and out of pages and lens.js.
 */
import type { ScriptConverter } from '../../documents/forms.ts';

let loading: Promise<ScriptConverter> | undefined;

/** Simplified → Hong Kong and Taiwan Traditional; Traditional (Hong Kong, else Taiwan) → Simplified. */
export function loadScriptConverter(): Promise<ScriptConverter> {
  loading ??= Promise.all([import('opencc-js/cn2t'), import('opencc-js/t2cn')]).then(
    ([cn2t, t2cn]) => {
      const hk = cn2t.Converter({ from: 'cn', to: 'hk' });
      const tw = cn2t.Converter({ from: 'cn', to: 'tw' });
      const fromHk = t2cn.Converter({ from: 'hk', to: 'cn' });
      const fromTw = t2cn.Converter({ from: 'tw', to: 'cn' });
      return {
        toTraditional: (text) => [...new Set([hk(text), tw(text)])].filter((s) => s !== text),
        toSimplified: (text) => {
          const simplified = fromHk(text);
          return simplified !== text ? simplified : fromTw(text);
        },
      };
    },
  );
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
