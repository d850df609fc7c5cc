import { DefaultZIndexes, ZIndexLayer, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { estimateTextWidth } from './textWidth.ts';

interface PointAnnotationProps {
  x: string;
  y: number;
  label: string;
}

/**
 * A dot with a label that always stays inside the plot: beside the point
 * where there is room, otherwise placed to fit, so it is never clipped on a phone.
 */
export function PointAnnotation({ x, y, label }: PointAnnotationProps) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const px = xScale?.(x);
  const py = yScale?.(y);
  if (!plot || px === undefined || py === undefined) return null;
  const width = estimateTextWidth(label, 12);
  const gap = 9;
  const right = plot.x + plot.width;
  let textX: number;
  let anchor: 'start' | 'end';
  if (px + gap + width <= right) {
    textX = px + gap;
    anchor = 'start';
  } else if (px - gap - width >= plot.x) {
    textX = px - gap;
    anchor = 'end';
  } else {
    // No room on either side at this width: end at the right edge of the plot.
    textX = right;
    anchor = 'end';
  }
  const textY = px + gap + width <= right || px - gap - width >= plot.x ? py : py - 14;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="annotation">
        <circle cx={px} cy={py} r={5} className="annotation-dot" />
        <text
          x={textX}
          y={textY}
          textAnchor={anchor}
          dominantBaseline="central"
          className="annotation-label"
        >
          {label}
        </text>
      </g>
    </ZIndexLayer>
  );
}
