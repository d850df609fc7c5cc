// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KeyboardChart } from '../../../../src/components/charts/KeyboardChart.tsx';
import type { KeyboardChartItem } from '../../../../src/components/charts/KeyboardChart.tsx';
import { nextChartIndex } from '../../../../src/components/charts/useChartKeyboard.ts';
import { usePrefersReducedMotion } from '../../../../src/components/charts/usePrefersReducedMotion.ts';
import type { BarChartModel } from '../../../../src/domain/chartModel.ts';
import { SectorSharesChart } from '../../../../src/features/sector-shares/SectorSharesChart.tsx';

describe('nextChartIndex', () => {
  it('steps with the arrows, forward on right and down, back on left and up', () => {
    expect(nextChartIndex('ArrowRight', 1, 5)).toBe(2);
    expect(nextChartIndex('ArrowDown', 1, 5)).toBe(2);
    expect(nextChartIndex('ArrowLeft', 1, 5)).toBe(0);
    expect(nextChartIndex('ArrowUp', 1, 5)).toBe(0);
  });

  it('stops at the ends instead of wrapping, as a listbox does', () => {
    expect(nextChartIndex('ArrowRight', 4, 5)).toBe(4);
    expect(nextChartIndex('ArrowLeft', 0, 5)).toBe(0);
  });

  it('jumps with Home, End and, when a page step is given, PageUp/PageDown', () => {
    expect(nextChartIndex('Home', 3, 5)).toBe(0);
    expect(nextChartIndex('End', 0, 5)).toBe(4);
    expect(nextChartIndex('PageDown', 2, 48, 12)).toBe(14);
    expect(nextChartIndex('PageDown', 40, 48, 12)).toBe(47);
    expect(nextChartIndex('PageUp', 5, 48, 12)).toBe(0);
    expect(nextChartIndex('PageDown', 2, 48)).toBeNull();
  });

  it('ignores other keys and empty charts', () => {
    expect(nextChartIndex('a', 1, 5)).toBeNull();
    expect(nextChartIndex('Tab', 1, 5)).toBeNull();
    expect(nextChartIndex('ArrowRight', 0, 0)).toBeNull();
  });
});

const ITEMS: KeyboardChartItem[] = [
  { id: 'a', description: 'Alpha: 1' },
  { id: 'b', description: 'Beta: 2' },
  { id: 'c', description: 'Gamma: 3' },
];

function renderChart(
  props: Partial<Parameters<typeof KeyboardChart>[0]> = {},
  items: KeyboardChartItem[] = ITEMS,
) {
  const draws: (number | null)[] = [];
  const result = render(
    <>
      <button type="button">before</button>
      <KeyboardChart items={items} label="Chart: test" instructions="Use the arrows." {...props}>
        {({ activeIndex }) => {
          draws.push(activeIndex);
          return (
            <svg>
              {items.map((item, index) => (
                <rect
                  key={item.id}
                  data-key-index={index}
                  className={index === activeIndex ? 'mark mark--active' : 'mark'}
                />
              ))}
            </svg>
          );
        }}
      </KeyboardChart>
      <button type="button">after</button>
    </>,
  );
  return { ...result, draws };
}

/** The text a screen reader announces for the focused listbox. */
function announced(): string | null {
  const id = document.activeElement?.getAttribute('aria-activedescendant');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

const tooltip = () => document.querySelector('.chart-tooltip--keyboard')?.textContent ?? null;

describe('KeyboardChart', () => {
  it('is one Tab stop, a labelled listbox with its instructions', async () => {
    const user = userEvent.setup();
    renderChart();
    await user.tab();
    await user.tab();
    const listbox = screen.getByRole('listbox', { name: 'Chart: test' });
    expect(listbox).toHaveFocus();
    expect(listbox).toHaveAccessibleDescription('Use the arrows.');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Alpha: 1',
      'Beta: 2',
      'Gamma: 3',
    ]);
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
  });

  it('announces, outlines and shows in a tooltip the mark walked to', async () => {
    const user = userEvent.setup();
    renderChart();
    await user.tab();
    await user.tab();
    expect(announced()).toBe('Alpha: 1');
    expect(tooltip()).toBe('Alpha: 1');
    await user.keyboard('{ArrowRight}');
    expect(announced()).toBe('Beta: 2');
    expect(tooltip()).toBe('Beta: 2');
    const active = document.querySelectorAll('.mark--active');
    expect(active).toHaveLength(1);
    expect(active[0]).toHaveAttribute('data-key-index', '1');
    await user.keyboard('{End}');
    expect(announced()).toBe('Gamma: 3');
    await user.keyboard('{ArrowDown}');
    expect(announced()).toBe('Gamma: 3');
    await user.keyboard('{Home}');
    expect(announced()).toBe('Alpha: 1');
  });

  it('hides the tooltip on Escape and when focus leaves, remembering where it was', async () => {
    const user = userEvent.setup();
    renderChart();
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{Escape}');
    expect(tooltip()).toBeNull();
    expect(document.querySelector('.mark--active')).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(tooltip()).toBe('Gamma: 3');
    await user.tab();
    expect(tooltip()).toBeNull();
    await user.tab({ shift: true });
    expect(announced()).toBe('Gamma: 3');
    expect(tooltip()).toBe('Gamma: 3');
  });

  it('starts at the initial (selected) mark and activates with Enter and Space', async () => {
    const user = userEvent.setup();
    const onActivate = vi.fn();
    renderChart({ initialIndex: 2, onActivate }, [
      ITEMS[0]!,
      ITEMS[1]!,
      { ...ITEMS[2]!, selected: true },
    ]);
    await user.tab();
    await user.tab();
    expect(announced()).toBe('Gamma: 3');
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Gamma: 3');
    await user.keyboard('{ArrowLeft}{Enter}');
    expect(onActivate).toHaveBeenLastCalledWith(1);
    await user.keyboard('{Home} ');
    expect(onActivate).toHaveBeenLastCalledWith(0);
    expect(onActivate).toHaveBeenCalledTimes(2);
  });

  it('moves by a page with PageDown when given a page step', async () => {
    const user = userEvent.setup();
    const months = Array.from({ length: 30 }, (_, i) => ({ id: `m${i}`, description: `M${i}` }));
    renderChart({ pageStep: 12 }, months);
    await user.tab();
    await user.tab();
    await user.keyboard('{PageDown}{PageDown}{ArrowRight}');
    expect(announced()).toBe('M25');
    await user.keyboard('{PageUp}');
    expect(announced()).toBe('M13');
  });

  it('shows nothing when a click focuses it, until a key is pressed', async () => {
    const user = userEvent.setup();
    renderChart();
    await user.click(document.querySelector('rect[data-key-index="1"]')!);
    expect(screen.getByRole('listbox')).toHaveFocus();
    expect(tooltip()).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(announced()).toBe('Beta: 2');
  });

  it('keeps the walked index inside the data when the data shrinks', async () => {
    const user = userEvent.setup();
    function Harness({ items }: { items: KeyboardChartItem[] }) {
      return (
        <KeyboardChart items={items} label="Chart: test" instructions="Use the arrows.">
          {() => <svg />}
        </KeyboardChart>
      );
    }
    const { rerender } = render(<Harness items={ITEMS} />);
    await user.tab();
    await user.keyboard('{End}');
    expect(announced()).toBe('Gamma: 3');
    rerender(<Harness items={ITEMS.slice(0, 2)} />);
    expect(announced()).toBe('Beta: 2');
  });

  it('leaves other keys (Tab, letters, shortcuts) to the browser', () => {
    renderChart();
    const listbox = screen.getByRole('listbox');
    listbox.focus();
    for (const init of [{ key: 'a' }, { key: 'Tab' }, { key: 'ArrowRight', ctrlKey: true }])
      expect(fireEvent.keyDown(listbox, init)).toBe(true);
    expect(fireEvent.keyDown(listbox, { key: 'ArrowRight' })).toBe(false);
  });
});

const MODEL: BarChartModel & { text: { title: string } } = {
  kind: 'bar',
  orientation: 'horizontal',
  max: 60,
  unitLabel: 'percent',
  text: { title: 'Food makes up 21.46% of manufacturing exports' },
  bars: [
    {
      id: 'food',
      label: 'Food',
      value: 21.46,
      valueLabel: '21.46% · 27.16 bn USD',
      description: 'Food: 21.46% of manufacturing exports, 27.16 bn USD (stated)',
      derived: false,
      highlight: true,
    },
    {
      id: 'all-other',
      label: 'All other sectors',
      value: 42.52,
      valueLabel: '≈ 42.52% · ≈ 53.82 bn USD',
      description: 'All other sectors: ≈ 42.52% of manufacturing exports, ≈ 53.82 bn USD (derived)',
      derived: true,
      highlight: false,
      isRemainder: true,
    },
  ],
};

describe('SectorSharesChart', () => {
  it('walks the sectors by keyboard and selects one with Enter', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<SectorSharesChart model={MODEL} animate={false} onSelect={onSelect} />);
    await user.tab();
    expect(screen.getByRole('listbox', { name: `Chart: ${MODEL.text.title}` })).toHaveFocus();
    expect(announced()).toBe(MODEL.bars[0]!.description);
    await user.keyboard('{ArrowDown}');
    expect(announced()).toBe(MODEL.bars[1]!.description);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('all-other');
  });

  it('selects a sector by a click on its row, not only on the thin bar', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<SectorSharesChart model={MODEL} animate={false} onSelect={onSelect} />);
    // The drawing loads in its own chunk with the first live chart.
    await waitFor(() => expect(document.querySelectorAll('.mark-hit')).toHaveLength(2));
    const hits = document.querySelectorAll('.mark-hit');
    expect(Number(hits[1]!.getAttribute('height'))).toBeGreaterThanOrEqual(24);
    await user.click(hits[1]!);
    expect(onSelect).toHaveBeenCalledWith('all-other');
  });
});

describe('usePrefersReducedMotion', () => {
  it('follows the media query when the setting changes', () => {
    let matches = false;
    const listeners = new Set<() => void>();
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      get matches() {
        return query.includes('reduce') && matches;
      },
      media: query,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    })) as unknown as typeof window.matchMedia;
    try {
      function Probe() {
        return <p>{usePrefersReducedMotion() ? 'still' : 'moving'}</p>;
      }
      render(<Probe />);
      expect(screen.getByText('moving')).toBeInTheDocument();
      act(() => {
        matches = true;
        for (const listener of listeners) listener();
      });
      expect(screen.getByText('still')).toBeInTheDocument();
    } finally {
      window.matchMedia = original;
    }
  });
});
