/**
 * The first paint is the page the reader keeps: every page is prerendered
 * with its charts drawn (by the same Recharts components as the live ones),
 * one page per language, and the app adopts that HTML instead of replacing it.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, startApp, test } from './fixtures.ts';
import { chartGeometry, expectSameGeometry, makeChartsLive, measureMarks } from './geometry.ts';
import type { Mark } from './geometry.ts';

test.use({ waitForApp: false });

const CHARTS = ['sector-shares', 'exports-trend', 'pmi'] as const;

async function withoutJavaScript(browser: Browser, url: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width, height: 900 },
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Holds the app's entry chunk back until the returned function is called. */
async function holdApp(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('with JavaScript off the dashboard shows its figures and draws every chart', async ({
  browser,
}) => {
  const page = await withoutJavaScript(browser, './');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Indonesia's manufacturing exports",
  );
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('196.54 billion USD');
  await expect(
    page.getByText(
      'The PMI fell to 27.5 in April 2020, its lowest since the survey began (April 2011)',
    ),
  ).toBeVisible();
  const bars = page.locator('[data-chart="sector-shares"] .recharts-bar-rectangle path:visible');
  await expect(bars).toHaveCount(6);
  await expect(
    page.locator('[data-chart="exports-trend"] .recharts-bar-rectangle path:visible'),
  ).toHaveCount(12);
  await expect(page.locator('[data-chart="pmi"] .recharts-line-curve:visible')).toHaveCount(1);
  await expect(page.locator('[data-chart="pmi"] .annotation-label:visible')).toHaveText(/27\.5/);
  // Nothing claims to be loading; the importer says it needs scripts.
  await expect(page.getByText('Loading data…')).toBeHidden();
  await expect(
    page.getByText('Charting a file of your own needs JavaScript, which is off in this browser.'),
  ).toBeVisible();
  await page.context().close();
});

test('a reader who only reads sees no idle "Loading": the importer says what it does until first use', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('196.54 billion USD');
  // The app loads on first use; a reader who only reads waits for nothing.
  await page.waitForTimeout(1500);
  await expect(page.getByText('Loading data…')).toHaveCount(0);
  const yourData = page.locator('#your-data');
  await expect(yourData).toContainText('Chart your own CSV file');
  await expect(
    page.getByText('Charting a file of your own needs JavaScript, which is off in this browser.'),
  ).toBeHidden();
});

test('each language has its own page, wholly in that language, with hreflang alternates', async ({
  browser,
}) => {
  const page = await withoutJavaScript(browser, './id/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page).toHaveTitle(/Ekspor/i);
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('US$196,54 miliar');
  await expect(page.locator('[data-chart="pmi"] .recharts-line-curve:visible')).toHaveCount(1);
  for (const url of ['./', './id/']) {
    await page.goto(url);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
    await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveCount(1);
  }
  await page.context().close();
});

test('old links keep working: ?lang=id opens the Indonesian page, ?embed= the embed page', async ({
  page,
}) => {
  await page.goto('./?lang=id&period=2018');
  await expect(page).toHaveURL(/\/id\/\?.*period=2018/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.goto('./?embed=pmi&lang=en');
  await expect(page).toHaveURL(/\/embed\/pmi\.html\?embed=pmi&lang=en$/);
  // An Indonesian page asked for by its address stays Indonesian for an English browser.
  await page.goto('./id/');
  await expect(page).toHaveURL(/\/id\/(\?|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('[data-chart="pmi"] .recharts-line-curve:visible')).toHaveCount(1);
});

test('a reader whose browser speaks Indonesian gets the Indonesian page', async ({ browser }) => {
  const page = await browser.newPage({ locale: 'id-ID' });
  await page.goto(new URL('./', test.info().project.use.baseURL).href);
  await expect(page).toHaveURL(/\/id\/(\?|$)/);
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('US$196,54 miliar');
  await page.close();
});

test('the app adopts the prerendered page: painted text and drawings are the same nodes afterwards', async ({
  page,
}) => {
  // Hold the app back until the first paint has been marked.
  const release = await holdApp(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.locator('[data-chart="pmi"] .chart__static')).toHaveCount(1);
  await page.evaluate(() => {
    const marked = window as unknown as { firstPaint: Element[] };
    marked.firstPaint = [
      document.querySelector('h1')!,
      document.querySelector('[data-chart="pmi"] .chart-frame__title')!,
      document.querySelector('[data-kpi="exports"] .kpi__value')!,
      document.querySelector('[data-chart="pmi"] .chart__static')!,
    ];
  });
  release();
  await startApp(page);
  const kept = await page.evaluate(() =>
    (window as unknown as { firstPaint: Element[] }).firstPaint.map((node) => node.isConnected),
  );
  // The PMI chart is below the fold: its prerendered drawing is still the one on screen.
  expect(kept).toEqual([true, true, true, true]);
});

test('keys pressed on a chart before the app is there are pressed again once it is', async ({
  page,
}) => {
  const release = await holdApp(page);
  await page.goto('./', { waitUntil: 'commit' });
  const chart = page.getByRole('listbox', { name: /^Chart: The PMI fell/ });
  // A keyboard reader walks the PMI before the app has loaded: focus, End, then two months back.
  await chart.focus();
  for (const key of ['End', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-live'))).toBe(false);
  release();
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'));
  // Where the keys took them: two months before the last (December 2025), announced and shown.
  await expect(chart).toBeFocused();
  await expect(chart.locator('.chart-tooltip--keyboard')).toHaveText('December 2025: 51.2');
  const announced = await chart.evaluate((element) => {
    const option = document.getElementById(element.getAttribute('aria-activedescendant') ?? '');
    return option?.textContent;
  });
  expect(announced).toBe('December 2025: 51.2');
});

/** The sector chart's dropdown, title and address agree on `period`. */
async function expectSectorPeriod(page: Page, period: string, title: RegExp): Promise<void> {
  const sectors = page.getByRole('region', { name: 'Exports by sector' });
  await expect(sectors.getByLabel('Period')).toHaveValue(period);
  await expect(sectors.getByRole('heading', { level: 3 })).toHaveText(title);
  await expect(page).toHaveURL(new RegExp(`[?&]period=${period}(&|$)`));
  await expect(sectors.getByText(/^Source:/)).toContainText(period);
}

test('a period chosen before the app is there is the period the app shows, without another touch', async ({
  page,
}) => {
  const release = await holdApp(page);
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  // A script or an assistive tool sets the dropdown: a change event and nothing else (no pointer).
  await page
    .getByRole('region', { name: 'Exports by sector' })
    .getByLabel('Period')
    .selectOption('2018');
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-live'))).toBe(false);
  release();
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'));
  await expectSectorPeriod(page, '2018', /^Food and beverages makes up/);
});

test('a dropdown the browser restores on reload is the period the app shows', async ({ page }) => {
  // What form restoration does: the dropdown holds another option when the page is parsed, and no
  // change event fires. This runs before the page's own DOMContentLoaded listeners.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const select = document.querySelector('select');
      if (select) select.value = '2018';
    });
  });
  await page.goto('./');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'));
  await expectSectorPeriod(page, '2018', /^Food and beverages makes up/);
});

for (const locale of ['en', 'id'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the prerendered charts (JavaScript off) are the live charts within 1 px: ${locale}, ${theme}`, async ({
      browser,
    }) => {
      const path = locale === 'en' ? `./?theme=${theme}` : `./id/?theme=${theme}`;
      for (const width of [360, 1280]) {
        const still = await withoutJavaScript(browser, locale === 'en' ? './' : './id/', width);
        await still.emulateMedia({ colorScheme: theme });
        const live = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: theme,
          reducedMotion: 'reduce',
        });
        await live.goto(new URL(path, test.info().project.use.baseURL).href);
        await makeChartsLive(live);
        for (const chart of CHARTS) {
          const expected = await chartGeometry(still, chart);
          expect(expected.length, `${chart} has marks`).toBeGreaterThan(5);
          expectSameGeometry(await chartGeometry(live, chart), expected, `${chart} at ${width} px`);
        }
        await still.context().close();
        await live.close();
      }
    });
  }
}

test('an embed of another view opens its own prerendered page, which the app adopts unchanged', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('./embed/sector-shares.html?v=1&period=2018&kind=donut&theme=dark');
  await expect(page).toHaveURL(/\/embed\/sector-shares\/period_2018_kind_donut\.html\?/);
  // Drawn by the build: the 2018 donut, no app yet.
  await expect(page.locator('.chart__static .slice')).toHaveCount(7);
  await expect(page.locator('html')).not.toHaveAttribute('data-view-pending', '');
  const title = page.locator('.chart-frame__title');
  await expect(title).toContainText('22.99%');
  await page.evaluate(() => {
    (window as unknown as { painted: Element }).painted =
      document.querySelector('.chart-frame__title')!;
  });
  await startApp(page);
  await page.locator('.chart').hover();
  await expect(page.locator('.chart__live .slice').first()).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { painted: Element }).painted.isConnected),
  ).toBe(true);
  await expect(title).toContainText('22.99%');
  await expect(page.getByRole('button', { name: 'Donut' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(errors).toEqual([]);
});

test('a view one click away paints in the frame of the click, drawn ahead, and the live chart takes over unchanged', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await makeChartsLive(page);
  // The reader reads; the views one click away are drawn meanwhile.
  await expect(page.locator('html')).not.toHaveAttribute('data-drawing-ahead', '', {
    timeout: 30_000,
  });
  const sectors = page.locator('figure[data-chart="sector-shares"]');
  const before = await sectors.locator('.chart-frame__title').textContent();
  await page.evaluate(`window.measureMarks = ${measureMarks.toString()}`);
  // The change and what the next frame shows, in one task.
  const shown = await page.evaluate(async () => {
    const select = document.querySelector<HTMLSelectElement>(
      'figure[data-chart="sector-shares"] select',
    )!;
    select.value = '2018';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    for (let index = 0; index < 3; index++) await Promise.resolve();
    const chart = document.querySelector('figure[data-chart="sector-shares"] .chart')!;
    const island = chart.querySelector('.chart__static');
    return {
      behind: chart.classList.contains('chart--behind'),
      marks: island
        ? (window as unknown as { measureMarks: (node: Element) => Mark[] }).measureMarks(island)
        : [],
      title: document.querySelector('figure[data-chart="sector-shares"] .chart-frame__title')!
        .textContent,
    };
  });
  expect(shown.behind).toBe(true);
  expect(shown.title).not.toBe(before);
  const drawnAhead = shown.marks;
  expect(drawnAhead.length).toBeGreaterThan(5);
  // The live chart catches up behind it, then the drawing made ahead goes.
  await expect(sectors.locator('.chart__static')).toHaveCount(0);
  expectSameGeometry(
    await chartGeometry(page, 'sector-shares', '.chart__live'),
    drawnAhead,
    'live 2018 bars against the drawing made ahead',
  );
});

test('the prerendered copy and the live chart are never visible together, in any frame', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  // Every animation frame from now on: the most visible drawings any one chart had at once.
  await page.evaluate(() => {
    const most: Record<string, number> = {};
    (window as unknown as { mostCopies: Record<string, number> }).mostCopies = most;
    // …and the most copies in the page at all, hidden ones too (a search of the page finds those):
    // an island (one drawing, or the prerendered one's drawing per layout width) or live drawings.
    const present: Record<string, number> = {};
    (window as unknown as { mostPresent: Record<string, number> }).mostPresent = present;
    const sample = () => {
      for (const figure of document.querySelectorAll('figure[data-chart]')) {
        const chart = figure.getAttribute('data-chart')!;
        const copies = [...figure.querySelectorAll('svg.recharts-surface')];
        const visible = copies.filter((svg) =>
          svg.checkVisibility({ visibilityProperty: true, opacityProperty: false }),
        ).length;
        most[chart] = Math.max(most[chart] ?? 0, visible);
        const island = figure.querySelector('.chart__static') ? 1 : 0;
        const live = figure.querySelectorAll('.chart__live svg.recharts-surface').length;
        present[chart] = Math.max(present[chart] ?? 0, island + live);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await makeChartsLive(page);
  // A view one click away: the drawing made ahead, then the live chart behind it.
  await page
    .getByRole('region', { name: 'Exports by sector' })
    .getByLabel('Period')
    .selectOption('2018');
  await expect(page.getByText('Food and beverages', { exact: true })).toBeVisible();
  await expect(page.locator('.chart__static')).toHaveCount(0);
  const most = await page.evaluate(
    () => (window as unknown as { mostCopies: Record<string, number> }).mostCopies,
  );
  expect(Object.keys(most).sort()).toEqual([...CHARTS].sort());
  for (const chart of CHARTS) expect(most[chart], chart).toBe(1);
  const present = await page.evaluate(
    () => (window as unknown as { mostPresent: Record<string, number> }).mostPresent,
  );
  for (const chart of CHARTS) expect(present[chart], `${chart}: copies in the page`).toBe(1);
});

test('each drawing clips to its own plot area: no id is shared between charts, prerendered or live', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./chart/pmi.html');
  await startApp(page);
  await page.locator('[data-chart="pmi"] .chart-keys').click();
  const faults = await page.evaluate(() => {
    const found: string[] = [];
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]'))
      seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    for (const [id, count] of seen) if (count > 1) found.push(`${id} × ${count}`);
    for (const element of document.querySelectorAll('svg [clip-path]')) {
      const id = /url\(#([^)]+)\)/.exec(element.getAttribute('clip-path') ?? '')?.[1] ?? '';
      const clip = document.getElementById(id);
      if (!clip || clip.closest('svg') !== element.closest('svg'))
        found.push(`${id} clips a drawing it is not part of`);
    }
    return found;
  });
  expect(faults).toEqual([]);
});
