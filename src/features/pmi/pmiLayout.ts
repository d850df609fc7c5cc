import type { LineChartModel } from '../../domain/chartModel.ts';

/** Layout height of the PMI chart. */
export const PMI_HEIGHT = 320;

/** The points with the text a tooltip and a screen reader give for each month. */
export function pmiPoints(model: LineChartModel) {
  return model.points.map((point) => ({
    ...point,
    description: `${point.xLabel}: ${point.yLabel}`,
  }));
}

/** Index ticks every 10 points within the domain (50 among them). */
export function pmiYTicks(model: Pick<LineChartModel, 'yDomain'>): number[] {
  const [yMin, yMax] = model.yDomain;
  const ticks: number[] = [];
  for (let y = Math.ceil(yMin / 10) * 10; y <= yMax; y += 10) ticks.push(y);
  return ticks;
}
