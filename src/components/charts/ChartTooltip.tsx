import type { TooltipContentProps } from 'recharts';

/** The tooltip shows the datum's own description (label, value, status), the same text a screen reader gets. */
export function ChartTooltip(props: Partial<TooltipContentProps<number, string>>) {
  const datum = props.payload?.[0]?.payload as { description?: string } | undefined;
  if (!props.active || !datum?.description) return null;
  return <div className="chart-tooltip">{datum.description}</div>;
}
