/** Layout height of the exports-by-year chart (bars, values and two label lines under each year). */
export const TREND_HEIGHT = 260;
