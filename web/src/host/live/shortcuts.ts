import { useEffect, useRef } from 'preact/hooks';

/** The live screen's keys, in the order shown on screen: one letter or digit each. */
export const KEY_OF = {
  next: 'n',
  start: 's',
  end: 'e',
  extend1: '1',
  extend5: '5',
  pause: 'p',
} as const;
export type Shortcut = keyof typeof KEY_OF;
export const SHORTCUTS = Object.entries(KEY_OF) as [Shortcut, string][];
const STEP_OF = new Map(SHORTCUTS.map(([step, key]) => [key, step]));

/** Calls `handlers` on their keys, unless one is typing in a field or holds a modifier. */
export function useShortcuts(handlers: Record<Shortcut, () => void>): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable]')) return;
      const action = STEP_OF.get(e.key.toLowerCase());
      if (!action) return;
      e.preventDefault();
      current.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
