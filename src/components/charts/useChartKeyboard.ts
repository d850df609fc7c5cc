import { useCallback, useEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { EarlyKey } from '../../lib/earlyUse.ts';

/**
 * Where a key moves the active mark, or null when the key is not ours.
 * Arrows step (right/down forward, left/up back), Home/End jump to the ends,
 * PageUp/PageDown jump by `pageStep`; nothing wraps, as in a listbox.
 */
export function nextChartIndex(
  key: string,
  current: number,
  count: number,
  pageStep = 0,
): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const clamp = (index: number) => Math.min(last, Math.max(0, index));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return clamp(current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return pageStep > 0 ? clamp(current + pageStep) : null;
    case 'PageUp':
      return pageStep > 0 ? clamp(current - pageStep) : null;
    default:
      return null;
  }
}

interface WalkState {
  index: number;
  /** Whether the keyboard shows its mark (Escape hides it). */
  active: boolean;
}

/**
 * What one key does to a chart's walk: null when the key is not the chart's
 * (the browser keeps it); `activate` when Enter or Space chose the mark.
 */
export function stepChartKeys(
  { count, pageStep }: { count: number; pageStep: number },
  state: WalkState,
  key: EarlyKey,
): (WalkState & { activate?: boolean }) | null {
  if (key.altKey || key.ctrlKey || key.metaKey || count === 0) return null;
  if (key.key === 'Escape') return state.active ? { ...state, active: false } : null;
  if (key.key === 'Enter' || key.key === ' ') return { ...state, active: true, activate: true };
  const next = nextChartIndex(key.key, state.index, count, pageStep);
  return next === null ? null : { index: next, active: true };
}

export interface ChartKeyboardOptions {
  /** How many marks (bars, slices, points) the chart has, in reading order. */
  count: number;
  /** Where the walk starts on first focus, e.g. the highlighted sector. */
  initialIndex?: number;
  /** PageUp/PageDown move by this many marks (e.g. 12 months); 0 turns them off. */
  pageStep?: number;
  /** Enter or Space on the active mark (e.g. select the sector). */
  onActivate?: (index: number) => void;
}

export interface ChartKeyboard {
  /** The mark walked to by keyboard, while the chart has keyboard focus; null otherwise. */
  activeIndex: number | null;
  /** The index the chart remembers (also while not focused), for aria-activedescendant. */
  currentIndex: number;
  /**
   * For the chart's own (hover) tooltip: false hides it while the keyboard
   * drives the tooltip or after Escape; undefined lets the pointer control it.
   */
  pointerTooltip: false | undefined;
  /** Applies keys pressed on the focused chart before the app was there. */
  catchUp: (keys: readonly EarlyKey[]) => void;
  handlers: {
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onFocus: (event: FocusEvent<HTMLElement>) => void;
    onBlur: (event: FocusEvent<HTMLElement>) => void;
    onMouseDown: () => void;
    onMouseUp: () => void;
    onMouseMove: () => void;
    onMouseEnter: () => void;
    onMouseLeave: () => void;
  };
}

/**
 * Keyboard walking of a chart's marks, for a focusable container (a
 * listbox): focus from the keyboard shows the first (or initial) mark; a
 * mouse click that focuses the container shows nothing until a key is
 * pressed, so the pointer's own tooltip is not fought over. Escape hides the
 * tooltip (WCAG 1.4.13), for the keyboard and the pointer alike.
 */
export function useChartKeyboard({
  count,
  initialIndex = 0,
  pageStep = 0,
  onActivate,
}: ChartKeyboardOptions): ChartKeyboard {
  const [storedIndex, setStoredIndex] = useState<number | null>(null);
  const [keyboardActive, setKeyboardActive] = useState(false);
  const [pointerDismissed, setPointerDismissed] = useState(false);
  const pointerDown = useRef(false);
  const pointerInside = useRef(false);

  const last = Math.max(0, count - 1);
  // The data can change under a remembered index (another period, another range).
  const currentIndex = Math.min(last, Math.max(0, storedIndex ?? initialIndex));

  const walking = { count, pageStep };
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const step = stepChartKeys(walking, { index: currentIndex, active: keyboardActive }, event);
      if (!step) return;
      event.preventDefault();
      if (step.index !== currentIndex) setStoredIndex(step.index);
      setKeyboardActive(step.active);
      if (step.activate) onActivate?.(step.index);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `walking` is made of count and pageStep
    [count, currentIndex, keyboardActive, onActivate, pageStep],
  );

  /**
   * Keys pressed on the chart before the app was there (lib/earlyUse.ts), as if pressed now:
   * the chart had keyboard focus, so it shows its first mark, then where the keys took it.
   */
  const catchUp = useCallback(
    (keys: readonly EarlyKey[]) => {
      if (count === 0) return;
      let state = { index: currentIndex, active: true };
      for (const key of keys) {
        const step = stepChartKeys(walking, state, key);
        if (!step) continue;
        state = step;
        if (step.activate) onActivate?.(step.index);
      }
      setStoredIndex(state.index);
      setKeyboardActive(state.active);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `walking` is made of count and pageStep
    [count, currentIndex, onActivate, pageStep],
  );

  const onFocus = useCallback(() => {
    // A click focuses the container too; only focus from the keyboard shows a mark.
    if (!pointerDown.current && count > 0) setKeyboardActive(true);
    pointerDown.current = false;
  }, [count]);

  const onBlur = useCallback(() => {
    setKeyboardActive(false);
  }, []);

  // Escape dismisses the pointer's tooltip too, while the pointer is over the chart.
  useEffect(() => {
    const onWindowKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && pointerInside.current) setPointerDismissed(true);
    };
    window.addEventListener('keydown', onWindowKeyDown);
    return () => window.removeEventListener('keydown', onWindowKeyDown);
  }, []);

  const activeIndex = keyboardActive && count > 0 ? currentIndex : null;
  return {
    activeIndex,
    currentIndex,
    pointerTooltip: activeIndex !== null || pointerDismissed ? false : undefined,
    catchUp,
    handlers: {
      onKeyDown,
      onFocus,
      onBlur,
      onMouseDown: () => {
        pointerDown.current = true;
      },
      onMouseUp: () => {
        pointerDown.current = false;
      },
      onMouseMove: () => {
        if (pointerDismissed) setPointerDismissed(false);
      },
      onMouseEnter: () => {
        pointerInside.current = true;
      },
      onMouseLeave: () => {
        pointerInside.current = false;
        pointerDown.current = false;
      },
    },
  };
}
