import type { BarChartModel } from '../../domain/chartModel.ts';

/** Height of one sector's row: its name above, its bar below. */
export const ROW_HEIGHT = 46;
export const BAR_SIZE = 16;

/** Layout height of the sector bars: one row per sector, whatever the width. */
export function sectorBarsHeight(model: Pick<BarChartModel, 'bars'>): number {
  return model.bars.length * ROW_HEIGHT + 16;
}

/** The donut is drawn at one size; its key sits beside or under it. */
export const DONUT_SIZE = 240;
