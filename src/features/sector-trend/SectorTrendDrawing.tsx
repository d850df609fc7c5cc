import { Curve, Dot, Layer, Surface } from 'recharts';
import type { SmallMultiplesChartModel } from '../../domain/chartModel.ts';
import { markClass } from '../../components/charts/markClass.ts';
import type { DrawingProps } from '../../components/charts/drawing.ts';
import { placeSectorTrend, sectorTrendHeight, sharedScale } from './sectorTrendLayout.ts';

const POINT_RADIUS = 4.5;
/** A panel's hit area is the whole panel: far more than 24 × 24 px (WCAG 2.5.8). */
const HIT_PAD = 4;

/**
 * Sectors over time as small multiples: one panel per sector on one shared
 * value scale, full years along a shared year axis (joined where consecutive
 * and under one name, dotted across missing years, never across a change of
 * grouping), part-years hollow in a shaded strip of their own on the right,
 * each labelled with its months. The latest full year's value is labelled
 * directly; the highlighted sector is in the accent colour, the rest grey.
 * One SVG at a fixed layout width: the same drawing on screen, prerendered
 * and in image downloads. Marks carry `data-key-index` in the order of
 * sectorTrendMarks, for the keyboard.
 */
export default function SectorTrendDrawing({
  model,
  width,
  activeIndex = null,
  onSelect,
}: DrawingProps<SmallMultiplesChartModel> & { onSelect?: (panelId: string) => void }) {
  const height = sectorTrendHeight(model, width);
  const { ticks } = sharedScale(model.max);
  const placed = placeSectorTrend(model, width);
  return (
    <Surface width={width} height={height} className="small-multiples">
      {placed.map((panel) => {
        const tone = panel.panel.highlight ? 'highlight' : 'muted';
        const select = onSelect ? () => onSelect(panel.panel.id) : undefined;
        const hasPart = model.partPeriods.length > 0;
        return (
          <Layer
            key={panel.panel.id}
            className={`small-multiple small-multiple--${tone}`}
            data-panel={panel.panel.id}
          >
            {select ? (
              <rect
                className="mark-hit"
                x={panel.x - HIT_PAD}
                y={panel.y}
                width={panel.width + 2 * HIT_PAD}
                height={panel.axisBottom - panel.y}
                onClick={select}
              />
            ) : null}
            <text className="chart-label chart-label--category small-multiple__heading">
              {panel.headingLines.map((line, index) => (
                <tspan key={index} x={panel.x} y={line.y}>
                  {line.text}
                </tspan>
              ))}
            </text>
            {panel.nameLines.map((line, index) => (
              <text
                key={index}
                className="chart-label chart-label--value chart-label--small"
                x={panel.x}
                y={line.y}
              >
                {line.text}
              </text>
            ))}
            {hasPart ? (
              <>
                <rect
                  className="part-zone"
                  x={panel.partLeft - 4}
                  y={panel.plotTop - 30}
                  width={panel.partRight - panel.partLeft + 8}
                  height={panel.axisBottom - panel.plotTop + 30}
                />
                <text
                  className="chart-label chart-label--value chart-label--small"
                  x={(panel.partLeft + panel.partRight) / 2}
                  y={panel.plotTop - 19}
                  textAnchor="middle"
                >
                  {model.partYearsLabel}
                </text>
              </>
            ) : null}
            <g className="grid">
              {ticks.map((tick) => (
                <g key={tick}>
                  <line
                    x1={panel.fullLeft}
                    x2={panel.fullRight}
                    y1={panel.valueY(tick)}
                    y2={panel.valueY(tick)}
                  />
                  {hasPart ? (
                    <line
                      x1={panel.partLeft}
                      x2={panel.partRight}
                      y1={panel.valueY(tick)}
                      y2={panel.valueY(tick)}
                    />
                  ) : null}
                </g>
              ))}
            </g>
            {ticks.map((tick) => (
              <text
                key={tick}
                className="chart-label chart-label--value chart-label--small"
                x={panel.fullLeft - 5}
                y={panel.valueY(tick)}
                textAnchor="end"
                dominantBaseline="central"
              >
                {tick}
              </text>
            ))}
            <line
              className="axis-line"
              x1={panel.fullLeft}
              x2={panel.fullRight}
              y1={panel.plotBottom}
              y2={panel.plotBottom}
            />
            {panel.yearLabels.map((year) => (
              <text
                key={year}
                className="chart-label chart-label--value chart-label--small"
                x={panel.yearX(year)}
                y={panel.plotBottom + 14}
                textAnchor="middle"
              >
                {year}
              </text>
            ))}
            {model.partPeriods.map((period, index) => (
              <text
                key={period.id}
                className="chart-label chart-label--value chart-label--small"
                x={panel.partX(index)}
                y={panel.plotBottom + 14}
                textAnchor="middle"
              >
                {(panel.partLabels[index] ?? []).map((line, lineIndex) => (
                  <tspan key={lineIndex} x={panel.partX(index)} dy={lineIndex === 0 ? 0 : 13}>
                    {line}
                  </tspan>
                ))}
              </text>
            ))}
            {panel.segments.map((segment, index) => (
              <Curve
                key={index}
                type="linear"
                points={[segment.from, segment.to]}
                className={`sm-line sm-line--${tone}${segment.dotted ? ' sm-line--dotted' : ''}`}
              />
            ))}
            {panel.points.map((placedPoint, index) => {
              const point = panel.panel.points[index]!;
              const part = point.coverage === 'partial';
              const classes = [
                markClass({ highlight: panel.panel.highlight, derived: point.derived }),
                'sm-point',
                part ? 'sm-point--part' : '',
                placedPoint.keyIndex === activeIndex ? 'mark--active' : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <g key={point.id} data-key-index={placedPoint.keyIndex} data-point={point.id}>
                  <title>{point.description}</title>
                  <Dot cx={placedPoint.x} cy={placedPoint.y} r={POINT_RADIUS} className={classes} />
                  {placedPoint.labelled ? (
                    <text
                      className={`chart-label sm-value${placedPoint.latest ? ' sm-value--latest' : ''}`}
                      x={placedPoint.x}
                      y={placedPoint.y - POINT_RADIUS - 4}
                      textAnchor="middle"
                    >
                      {point.valueLabel}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </Layer>
        );
      })}
    </Surface>
  );
}
