import {
  Suspense,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { ChartId } from '../../domain/chartModel.ts';
import { LAYOUT_WIDTHS, layoutWidthFor } from './chartLayout.ts';
import { preparedDrawing, useStaticDrawing } from './staticDrawings.ts';

interface ChartCanvasProps {
  chart: ChartId;
  /** Modifier class of the chart (`chart--bars`, `chart--line`, …). */
  className: string;
  /** Fingerprint of what is drawn (drawingSignature of the model): islands are shown only while it matches. */
  signature: string;
  /** Height of the layout at a layout width, in layout pixels. */
  height: (layoutWidth: number) => number;
  /** A drawing of one size (the donut): drawn at this width whatever the container's, and scaled. */
  fixedWidth?: number;
  /** What the live drawing shows besides the model (keyboard state, animation; JSON values): it is drawn again when these change. */
  inputs: readonly unknown[];
  /**
   * Draws the views one click away at this layout width, ahead of use
   * (features/preparedDrawings.ts); `onScreen` is the signature of the view shown, not to draw again.
   */
  prepare?: (layoutWidth: number, onScreen: string) => void;
  /**
   * Draws the chart at a layout width (Recharts, usually a lazily loaded component).
   * `takingOver` is true while it replaces an island: draw it still, as it is.
   */
  children: (layoutWidth: number, takingOver: boolean) => ReactNode;
}

/**
 * When the live chart takes over from the prerendered one: near the viewport, or on first use, or
 * at once when there is no prerendered drawing of what is to be shown (another language, another
 * view): a chart is never left blank, wherever it is on the page. Once live, it stays live.
 */
function useGoLive(needed: boolean, target: React.RefObject<HTMLElement | null>) {
  const [live, setLive] = useState(needed);
  // Derived during render (React's pattern for state that follows a prop): no blank frame between.
  if (needed && !live) setLive(true);
  useEffect(() => {
    const element = target.current;
    if (live || !element) return;
    const goLive = () => setLive(true);
    const interactive = element.closest('.chart-keys') ?? element;
    const events = ['pointerenter', 'focusin', 'touchstart'] as const;
    for (const type of events) interactive.addEventListener(type, goLive, { passive: true });
    let observer: IntersectionObserver | undefined;
    if (typeof IntersectionObserver !== 'undefined') {
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) goLive();
        },
        { rootMargin: '200px 0px' },
      );
      observer.observe(element);
    }
    return () => {
      observer?.disconnect();
      for (const type of events) interactive.removeEventListener(type, goLive);
    };
  }, [live, target]);
  return live;
}

/** The container's width, followed as it changes (only while the chart is live). */
function useContainerWidth(target: React.RefObject<HTMLElement | null>, active: boolean) {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = target.current;
    if (!active || !element) return;
    // Measuring before paint is what a layout effect is for: the first live frame has its width.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setWidth(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, active]);
  return width;
}

/**
 * Where a chart is drawn: at the layout width that fits its container
 * (chartLayout.ts), scaled to the container's width.
 *
 * An island (a finished drawing as markup) stands in for the live drawing
 * while that is not there yet:
 * - the prerendered drawing of the page, until the reader comes near or uses the chart;
 * - a drawing made ahead (`prepare`), when the reader changes the view to
 *   one of those: it paints in the same frame as the click, and the live
 *   drawing is drawn behind it in a transition (interruptible, off the
 *   frame), unanimated.
 * The island goes once the live drawing has painted, so the switch is invisible.
 */
export function ChartCanvas({
  chart,
  className,
  signature,
  height,
  fixedWidth,
  inputs,
  prepare,
  children,
}: ChartCanvasProps) {
  const pageIsland = useStaticDrawing(chart, signature);
  const container = useRef<HTMLDivElement>(null);
  const live = useGoLive(pageIsland === undefined, container);
  const width = useContainerWidth(container, live);
  const layoutWidth = fixedWidth ?? layoutWidthFor(width || LAYOUT_WIDTHS[0]);
  const layoutHeight = height(layoutWidth);
  const scale = width > 0 ? width / layoutWidth : 1;
  const measured = live && width > 0;
  const island =
    pageIsland ?? (measured ? preparedDrawing(chart, signature, layoutWidth) : undefined);
  // The signature whose live drawing has painted: its island can go.
  const [painted, setPainted] = useState<string | null>(null);
  const showIsland = island !== undefined && painted !== signature;
  // With an island on screen, the live drawing follows in a transition: until then it keeps
  // drawing what it drew (hidden).
  const deferred = useDeferredValue(signature, '');
  const behind = showIsland && measured && deferred !== signature;
  const drawnSignature = behind ? deferred : signature;
  const takingOver = island !== undefined;
  const inputsKey = JSON.stringify(inputs);
  const drawing = useMemo(
    () => (drawnSignature === '' ? null : children(layoutWidth, takingOver)),
    // `children` is new on every render: the drawing is made again only when what it draws changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [drawnSignature, layoutWidth, takingOver, inputsKey],
  );

  // The live drawing is drawn into a node of its own that is in the page only while it is the copy
  // shown: while an island is on screen it is drawn off the page, so the page never holds two
  // copies of a chart (assistive technology and a search of the page find one). The node goes in
  // and out in the same task as the island goes and comes, before anything else can look.
  const [liveNode] = useState(() =>
    typeof document === 'undefined'
      ? null
      : Object.assign(document.createElement('div'), {
          className: 'chart__drawing',
        }),
  );
  const scaled = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const host = scaled.current;
    if (!liveNode) return;
    if (showIsland || !host) liveNode.remove();
    else if (liveNode.parentNode !== host) host.append(liveNode);
  }, [liveNode, showIsland, measured]);
  useEffect(() => () => liveNode?.remove(), [liveNode]);

  // The latest `prepare`, called when the view or layout changed (not on every render).
  const prepareRef = useRef(prepare);
  useLayoutEffect(() => {
    prepareRef.current = prepare;
  });
  useEffect(() => {
    if (measured) prepareRef.current?.(layoutWidth, signature);
  }, [measured, layoutWidth, signature]);

  return (
    <div
      ref={container}
      className={`chart ${className}${showIsland && live ? ' chart--upgrading' : ''}${behind ? ' chart--behind' : ''}`}
    >
      {showIsland ? (
        <div
          className="chart__static"
          data-drawing={chart}
          data-signature={island.signature}
          dangerouslySetInnerHTML={{ __html: island.markup }}
        />
      ) : null}
      {measured ? (
        <div className="chart__live" style={{ height: layoutHeight * scale }}>
          <div
            ref={scaled}
            className="chart__scaled"
            data-layout-width={layoutWidth}
            style={{
              width: layoutWidth,
              height: layoutHeight,
              transform: scale === 1 ? undefined : `scale(${scale})`,
            }}
          >
            {liveNode
              ? createPortal(
                  <Suspense fallback={null}>
                    {drawing}
                    {showIsland && !behind ? (
                      <DrawnSignal onDrawn={() => setPainted(signature)} />
                    ) : null}
                  </Suspense>,
                  liveNode,
                )
              : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** Renders nothing; reports once the live drawing (its Suspense sibling) has drawn, off the page. */
function DrawnSignal({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => {
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(onDrawn);
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [onDrawn]);
  return null;
}
