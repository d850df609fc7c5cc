import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { takeEarlyKeys } from '../../lib/earlyUse.ts';
import { useChartKeyboard } from './useChartKeyboard.ts';

export interface KeyboardChartItem {
  /** Stable id of the datum (sector id, year, month). */
  id: string;
  /** What a screen reader announces and the tooltip shows: label and value. */
  description: string;
  /** For charts with a selection (the highlighted sector). */
  selected?: boolean;
}

export interface KeyboardChartState {
  /** The mark walked to by keyboard, or null: draw it with a visible outline. */
  activeIndex: number | null;
  /** Pass to Recharts' <Tooltip active>: hides the hover tooltip while the keyboard has one. */
  pointerTooltip: false | undefined;
}

interface KeyboardChartProps {
  items: readonly KeyboardChartItem[];
  /** Accessible name of the chart's list of marks. */
  label: string;
  /** How to use it, read after the name. */
  instructions: string;
  initialIndex?: number;
  pageStep?: number;
  onActivate?: (index: number) => void;
  className?: string;
  /** Draws the chart; the mark with `activeIndex` must carry `data-key-index` for the tooltip. */
  children: (state: KeyboardChartState) => ReactNode;
}

/** Marks carry this attribute with their index so the keyboard tooltip can find them. */
export const KEY_INDEX_ATTRIBUTE = 'data-key-index';

/**
 * Makes a chart walkable by keyboard and screen reader: one Tab stop, a
 * listbox whose options are the marks (label and value), the active one
 * announced through aria-activedescendant, outlined in the chart and shown
 * in a tooltip beside it. The drawing itself is hidden from assistive
 * technology: the options, the frame's summary and the table carry the same
 * content in words.
 */
export function KeyboardChart({
  items,
  label,
  instructions,
  initialIndex,
  pageStep,
  onActivate,
  className,
  children,
}: KeyboardChartProps) {
  const baseId = useId();
  const instructionsId = `${baseId}-keys`;
  const optionId = (index: number) => `${baseId}-mark-${index}`;
  const keyboard = useChartKeyboard({ count: items.length, initialIndex, pageStep, onActivate });
  const { activeIndex } = keyboard;
  const active = activeIndex === null ? undefined : items[activeIndex];
  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const [tooltipStyle, setTooltipStyle] = useState<CSSProperties>({ visibility: 'hidden' });

  // A keyboard reader may have reached the chart, and walked it, before the app was there.
  const { catchUp } = keyboard;
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const keys = takeEarlyKeys(container);
    if (container === document.activeElement && container.matches(':focus-visible')) catchUp(keys);
    // Once, when the chart comes alive: later keys reach React itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Place the tooltip above the active mark (below it when there is no room), inside the chart.
  useLayoutEffect(() => {
    const container = containerRef.current;
    const tooltip = tooltipRef.current;
    if (activeIndex === null || !container || !tooltip) return;
    const mark = container.querySelector(`[${KEY_INDEX_ATTRIBUTE}="${activeIndex}"]`);
    if (!mark) {
      setTooltipStyle({ left: 0, top: 0 });
      return;
    }
    const box = container.getBoundingClientRect();
    const markBox = mark.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    const centre = markBox.left - box.left + markBox.width / 2;
    const left = Math.max(0, Math.min(box.width - width, centre - width / 2));
    const above = markBox.top - box.top - height - 8;
    const top = above >= 0 ? above : markBox.bottom - box.top + 8;
    setTooltipStyle({ left, top });
  }, [activeIndex, active?.description]);

  return (
    <>
      <div
        ref={containerRef}
        className={`chart-keys${className ? ` ${className}` : ''}`}
        role="listbox"
        tabIndex={0}
        aria-label={label}
        aria-describedby={instructionsId}
        aria-activedescendant={activeIndex === null ? undefined : optionId(activeIndex)}
        {...keyboard.handlers}
      >
        <div className="chart-keys__drawing" aria-hidden="true">
          {children({ activeIndex, pointerTooltip: keyboard.pointerTooltip })}
        </div>
        <div className="visually-hidden">
          {items.map((item, index) => (
            <div
              key={item.id}
              id={optionId(index)}
              role="option"
              aria-selected={item.selected ?? index === activeIndex}
            >
              {item.description}
            </div>
          ))}
        </div>
        {active ? (
          <div
            ref={tooltipRef}
            className="chart-tooltip chart-tooltip--keyboard"
            style={tooltipStyle}
            aria-hidden="true"
          >
            {active.description}
          </div>
        ) : null}
      </div>
      <span id={instructionsId} hidden>
        {instructions}
      </span>
    </>
  );
}
