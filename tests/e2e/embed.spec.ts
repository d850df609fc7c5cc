import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INITIAL_EMBED_HEIGHT } from '../../src/features/embed/embedCode.ts';
import { expect, test } from './fixtures.ts';
import { currentDataVersion } from './helpers.ts';

const CHARTS = ['sector-shares', 'exports-trend', 'pmi'] as const;
const WIDTHS = [320, 600, 1000];

let host: Server;
let hostOrigin = '';

/** A news site on another origin (a second local port) that embeds the charts. */
test.beforeAll(async ({ baseURL }) => {
  const app = new URL(baseURL!).origin;
  host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const chart = url.searchParams.get('chart') ?? 'pmi';
    const width = Number(url.searchParams.get('width') ?? 600);
    const withScript = url.searchParams.get('script') !== '0';
    const allow = url.searchParams.get('allow');
    const allowAttribute =
      allow === null ? '' : ` data-allowed-origins="${allow === 'app' ? app : allow}"`;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    const code = url.searchParams.get('code');
    if (code !== null) {
      // The embed dialog's code as a site that strips scripts keeps it: the iframe alone.
      response.end(`<!doctype html><html lang="en"><head><title>Host</title></head>
<body style="margin:0"><article><p>Article text.</p>
${code.replace(/<script[\s\S]*?<\/script>/g, '')}
</article></body></html>`);
      return;
    }
    if (url.searchParams.has('six')) {
      // Six embeds loading at once, as on a long article: two of each chart.
      const frames = [...CHARTS, ...CHARTS]
        .map(
          (id, index) =>
            `<p>Paragraph ${index}.</p><iframe class="embed" src="${app}/?embed=${id}" title="Chart ${index}" loading="lazy" width="100%" height="400" style="border:0;width:100%"></iframe>`,
        )
        .join('\n');
      response.end(`<!doctype html><html lang="en"><head><title>Host</title></head>
<body style="margin:0"><article style="width:${width}px">${frames}
<script src="${app}/embed-host.js"></script></article></body></html>`);
      return;
    }
    response.end(`<!doctype html><html lang="en"><head><title>Host</title></head>
<body style="margin:0"><article style="width:${width}px">
<p>Article text.</p>
<iframe id="embed" src="${app}/${chart === 'dashboard' ? '' : `?embed=${chart}`}" title="Chart" loading="lazy" width="100%" height="400" style="border:0;width:100%"></iframe>
${withScript ? `<script src="${app}/embed-host.js"${allowAttribute}></script>` : ''}
</article></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

for (const chart of CHARTS) {
  for (const width of WIDTHS) {
    test(`embed ${chart} at ${width} px fits its chart with no inner scrollbar`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: Math.max(width, 360), height: 800 });
      await page.goto(`${hostOrigin}/?chart=${chart}&width=${width}`);
      const frame = page.frameLocator('#embed');
      // The live chart first: until the app runs, the page also holds the (hidden) prerendered dashboard.
      await expect(frame.locator('.recharts-surface:visible')).toBeVisible();
      await expect(frame.locator('.chart-frame__title')).toBeVisible();
      // The host script applies the embed's height messages to the iframe.
      await expect
        .poll(async () => {
          const iframeHeight = await page
            .locator('#embed')
            .evaluate((node) => node.getBoundingClientRect().height);
          const inner = await page
            .frameLocator('#embed')
            .locator('html')
            .evaluate((html) => ({ scroll: html.scrollHeight, client: html.clientHeight }));
          return (
            inner.scroll <= inner.client + 1 &&
            Math.abs(iframeHeight - inner.client) <= 1 &&
            iframeHeight !== 400
          );
        })
        .toBe(true);
      await expect(frame.getByRole('link', { name: /Open the full dashboard/ })).toBeVisible();
      await expect(frame.getByRole('button', { name: 'Download' })).toBeVisible();
      await expect(frame.getByRole('button', { name: 'Embed' })).toHaveCount(0);
      const frameWidth = await frame
        .locator('html')
        .evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(frameWidth).toBeLessThanOrEqual(0);
    });
  }
}

/** The iframe's height matches its content, with no inner scrollbar, and it was resized. */
async function fitsItsContent(frame: import('@playwright/test').Locator): Promise<boolean> {
  const iframeHeight = await frame.evaluate((node) => node.getBoundingClientRect().height);
  const inner = await frame
    .contentFrame()
    .locator('html')
    .evaluate((html) => ({ scroll: html.scrollHeight, client: html.clientHeight }));
  return (
    inner.scroll <= inner.client + 1 &&
    Math.abs(iframeHeight - inner.client) <= 1 &&
    iframeHeight !== 400
  );
}

/** The iframe's height against its content's, measured inside (also where the frame is off screen). */
async function heights(frame: import('@playwright/test').Locator) {
  const iframe = await frame.evaluate((node) => Math.round(node.getBoundingClientRect().height));
  const content = await frame
    .contentFrame()
    .locator('html')
    .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  return { iframe, content };
}

test('six embeds loading at once each end at the height of their chart, with no inner scrollbar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto(`${hostOrigin}/?six=1&width=600`);
  const frames = page.locator('iframe.embed');
  await expect(frames).toHaveCount(6);
  // Before the reader scrolls: frames below the fold (which the browser may not render) are sized too,
  // so the article does not jump under the reader.
  for (let index = 0; index < 6; index++) {
    const frame = frames.nth(index);
    await expect(frame.contentFrame().locator('.chart-frame__title')).toBeVisible();
    await expect(frame.contentFrame().locator('.recharts-surface:visible')).toBeVisible();
  }
  for (let index = 0; index < 6; index++) {
    await expect
      .poll(async () => {
        const { iframe, content } = await heights(frames.nth(index));
        return Math.abs(iframe - content) <= 1 && content > 400;
      })
      .toBe(true);
  }
  // On screen, each shows its whole chart with no inner scrollbar.
  for (let index = 0; index < 6; index++) {
    const frame = frames.nth(index);
    await frame.scrollIntoViewIfNeeded();
    await expect.poll(() => fitsItsContent(frame)).toBe(true);
  }
});

test('a host script that loads after the embed still sizes it', async ({ page, baseURL }) => {
  await page.goto(`${hostOrigin}/?chart=sector-shares&width=600&script=0`);
  const frame = page.locator('#embed');
  await expect(frame.contentFrame().locator('.recharts-surface:visible')).toBeVisible();
  // The embed has said its height already, to nobody; the script arrives late.
  await page.waitForTimeout(500);
  await page.evaluate(
    (src) => {
      const script = document.createElement('script');
      script.src = src;
      document.body.append(script);
    },
    `${new URL(baseURL!).origin}/embed-host.js`,
  );
  await expect.poll(() => fitsItsContent(frame), { timeout: 10_000 }).toBe(true);
});

test('a flood of 500 theme messages is applied once, without freezing the embed', async ({
  page,
}) => {
  await page.goto(`${hostOrigin}/?chart=pmi&width=600`);
  const frame = page.locator('#embed');
  await expect(frame.contentFrame().locator('.recharts-surface:visible')).toBeVisible();
  await frame
    .contentFrame()
    .locator('html')
    .evaluate(() => {
      const win = window as unknown as { themeChanges: number };
      win.themeChanges = 0;
      new MutationObserver((records) => (win.themeChanges += records.length)).observe(
        document.documentElement,
        { attributes: true, attributeFilter: ['data-theme'] },
      );
    });
  const started = Date.now();
  await page.evaluate(() => {
    const target = (document.getElementById('embed') as HTMLIFrameElement).contentWindow!;
    for (let index = 0; index < 500; index++) {
      const theme = index === 499 ? 'dark' : index % 2 === 0 ? 'light' : 'dark';
      target.postMessage({ type: 'idn-mfg-embed:set-theme', theme }, '*');
    }
  });
  await expect(frame.contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark', {
    timeout: 20_000,
  });
  // The embed answers again at once: its main thread is free.
  await frame
    .contentFrame()
    .locator('html')
    .evaluate(() => new Promise((r) => setTimeout(r, 0)));
  expect(Date.now() - started).toBeLessThan(5_000);
  const changes = await frame
    .contentFrame()
    .locator('html')
    .evaluate(() => (window as unknown as { themeChanges: number }).themeChanges);
  expect(changes).toBeLessThanOrEqual(2);
});

test('with a list of allowed origins the host script sizes only embeds from those', async ({
  page,
}) => {
  await page.goto(`${hostOrigin}/?chart=pmi&width=600&allow=app`);
  await expect.poll(() => fitsItsContent(page.locator('#embed'))).toBe(true);

  await page.goto(`${hostOrigin}/?chart=pmi&width=600&allow=https://charts.example.org`);
  const frame = page.locator('#embed');
  await expect(frame.contentFrame().locator('.recharts-surface:visible')).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(await frame.evaluate((node) => node.getBoundingClientRect().height)).toBe(400);
});

test('another site cannot frame the dashboard, only its embeds', async ({ page }) => {
  await page.goto(`${hostOrigin}/?chart=dashboard&width=600`);
  // The browser refuses to load it in the frame and shows its error page there.
  await expect
    .poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-error:')))
    .toBe(true);
  await expect(page.frameLocator('#embed').locator('.recharts-surface:visible')).toHaveCount(0);
});

test('without the host script the embed still shows at its fixed height', async ({ page }) => {
  await page.goto(`${hostOrigin}/?chart=pmi&width=600&script=0`);
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('.recharts-surface:visible')).toBeVisible();
  await expect(frame.locator('.chart-frame__title')).toBeVisible();
  expect(await page.locator('#embed').evaluate((node) => node.getBoundingClientRect().height)).toBe(
    400,
  );
});

test('an embed paints with no app code, and loads only its own chart’s code on first use', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // The address the embed dialog gives (old ?embed= links are sent here by the boot script).
  await page.goto('./embed/exports-trend.html');
  await expect(page.locator('.recharts-surface:visible')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Painted from HTML and CSS (and the boot script inlined in the page): no script is fetched.
  expect(scripts).toEqual([]);
  // The first pointer brings tooltips and keyboard walking, for this chart only.
  await page.locator('.chart').hover();
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((path) => /ExportsTrendPanel/.test(path))).toBe(true);
  expect(
    scripts.filter((path) =>
      /DashboardApp|SectorSharesPanel|PmiPanel|DownloadDialog|EmbedDialog/.test(path),
    ),
  ).toEqual([]);
});

test('a static embed never loads the app, whatever the reader does', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('./embed/pmi.html?static=1');
  await page.locator('.chart').hover();
  await page.keyboard.press('Tab');
  await page.mouse.click(100, 200);
  await page.waitForTimeout(500);
  expect(scripts).toEqual([]);
  await expect(page.locator('.chart-frame__toolbar')).toBeHidden();
  await expect(page.locator('[data-chart="pmi"] .recharts-line-curve:visible')).toHaveCount(1);
});

test('an embed of a chart that does not exist says so and links to the dashboard', async ({
  page,
}) => {
  await page.goto('./?embed=nope');
  await expect(page.getByRole('alert')).toContainText('There is no chart “nope” to embed');
  await expect(page.getByRole('link', { name: /Open the full dashboard/ })).toBeVisible();
  // Free text in the name is not echoed as if the site said it.
  await page.goto('./?embed=Server%20moved%2C%20call%20%2B62%20800%20123');
  await expect(page.getByRole('alert')).toContainText('There is no such chart to embed');
  await expect(page.getByRole('alert')).not.toContainText('call');
});

/** Hidden from sight but kept for screen readers: a 1 px clipped box. */
async function expectVisuallyHidden(locator: import('@playwright/test').Locator) {
  const box = await locator.boundingBox();
  expect(box === null || (box.width <= 1 && box.height <= 1)).toBe(true);
}

test('embed options hide the title and source, set language and theme, and can be static', async ({
  page,
}) => {
  await page.goto('./?embed=sector-shares&hide=title,source&static=1&lang=id&theme=dark');
  await expect(page).toHaveURL(/\/id\/embed\/sector-shares\.html\?/);
  await expect(page.locator('.chart--bars')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Hidden from sight, kept for screen readers (the iframe still has a name and the chart a title).
  await expectVisuallyHidden(page.locator('.chart-frame header'));
  await expectVisuallyHidden(page.locator('.chart-frame__source'));
  await expect(page.locator('.chart-frame__toolbar')).toBeHidden();
  await expect(
    page.getByText('Industri makanan', { exact: true }).filter({ visible: true }),
  ).toBeVisible();
});

test('a host can ask for dark mode; unknown messages are ignored', async ({ page }) => {
  await page.goto(`${hostOrigin}/?chart=pmi&width=600`);
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('.recharts-surface:visible')).toBeVisible();
  await page.evaluate(() => {
    const target = (document.getElementById('embed') as HTMLIFrameElement).contentWindow!;
    target.postMessage({ type: 'idn-mfg-embed:set-theme', theme: '<script>' }, '*');
    target.postMessage('alert(1)', '*');
    target.postMessage({ type: 'idn-mfg-embed:set-theme', theme: 'dark' }, '*');
  });
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the embed dialog builds a working iframe code with the chosen options', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  const pmi = page.getByRole('region', { name: 'Manufacturing PMI' });
  await pmi.getByRole('button', { name: '2020' }).click();
  await pmi.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await dialog.getByLabel('Language').selectOption('id');
  await dialog.getByLabel('Theme').selectOption('dark');
  await dialog.getByLabel(/Hide title/).check();
  const code = await dialog.getByLabel('Embed code').inputValue();
  // The code names the data version it was made with (an update later is then said on the embed).
  expect(code).toContain(`&amp;data=${currentDataVersion()}"`);
  expect(code).toMatch(
    /^<iframe src="http:\/\/localhost:\d+\/id\/embed\/pmi\.html\?hide=title&amp;v=1&amp;pmi=2020-01..2020-12&amp;lang=id&amp;theme=dark&amp;data=(\d+)"/,
  );
  // The iframe is named in the embed's language, like the page inside it.
  expect(code).toContain(
    'title="PMI turun ke 27,5 pada April 2020, terendah sejak survei dimulai (April 2011)"',
  );
  // The Indonesian PMI's measured height (the fit itself is the test below).
  expect(code).toContain(
    `lang="id" loading="lazy" width="100%" height="${INITIAL_EMBED_HEIGHT.id.pmi}"`,
  );
  expect(code).toContain('embed-host.js');
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status').first()).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  // The preview shows the embed as configured.
  const preview = dialog.frameLocator('iframe');
  await expect(preview.locator('html')).toHaveAttribute('lang', 'id');
  await expect(dialog.locator('iframe')).toHaveAttribute('title', /^PMI turun ke 27,5/);
  await expect(preview.locator('html')).toHaveAttribute('data-hide-title', '');
  await expectVisuallyHidden(preview.locator('.chart-frame header'));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('every view the embed dialog makes paints from the build, with no app code before use', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // A news page's iframe: nobody has used it yet.
  const embed = await (await browser.newContext()).newPage();
  const scripts: string[] = [];
  embed.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  /** Opens the dialog's address as a host page's iframe would, and checks what it painted. */
  const expectDrawn = async (region: ReturnType<typeof page.getByRole>, marks: string) => {
    await region.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
    const code = await dialog.getByLabel('Embed code').inputValue();
    await page.keyboard.press('Escape');
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? '';
    scripts.length = 0;
    await embed.goto(src);
    await embed.waitForLoadState('networkidle');
    const view = new URL(src).searchParams;
    view.delete('v');
    // The data version frames the view (it names the data it was made with): the same drawn page.
    view.delete('data');
    // The page the build drew for this view, unless it is the chart's default view.
    const expected = view.toString().replace(/[^A-Za-z0-9.-]+/g, '_');
    if (expected) expect(new URL(embed.url()).pathname).toContain(`/${expected}.html`);
    expect(scripts, src).toEqual([]);
    await expect(embed.locator(`.chart__static ${marks}:visible`).first(), src).toBeVisible();
  };
  await page.goto('./');
  const sectors = page.getByRole('region', { name: 'Exports by sector' });
  const periods = await sectors
    .getByLabel('Period')
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(periods.length).toBeGreaterThan(1);
  for (const period of periods)
    for (const kind of ['Donut', 'Bars']) {
      await sectors.getByLabel('Period').selectOption(period);
      await sectors.getByRole('button', { name: kind, exact: true }).click();
      await expectDrawn(sectors, kind === 'Donut' ? '.slice' : '.mark');
    }
  // A highlighted sector, chosen on the chart.
  await sectors.locator('.mark-hit').nth(2).click();
  await expectDrawn(sectors, '.mark');
  const pmi = page.getByRole('region', { name: 'Manufacturing PMI' });
  const ranges = await pmi
    .getByRole('group', { name: 'Months shown' })
    .getByRole('button')
    .allTextContents();
  for (const range of ranges) {
    await pmi.getByRole('button', { name: range, exact: true }).click();
    await expectDrawn(pmi, '.recharts-line-curve');
  }
  // A chart shown as a table.
  const trend = page.getByRole('region', { name: 'Exports by year' });
  await trend.getByRole('button', { name: 'Table' }).click();
  await trend.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByLabel('Embed code').inputValue();
  await page.keyboard.press('Escape');
  scripts.length = 0;
  await embed.goto(/src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? '');
  await embed.waitForLoadState('networkidle');
  expect(new URL(embed.url()).pathname).toContain(
    '/embed/exports-trend/view_exports-trend_3Atable.html',
  );
  expect(scripts).toEqual([]);
  await expect(embed.getByRole('table')).toBeVisible();
});

const SECTION = { 'sector-shares': 'sectors', 'exports-trend': 'trend', pmi: 'pmi' } as const;

for (const chart of CHARTS)
  test(`without the host script, the embed code of ${chart} fits its source line and attribution at 1280 and 390 px`, async ({
    page,
    browser,
  }) => {
    await page.goto('./');
    const panel = page.locator(`#${SECTION[chart]}`);
    await panel.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
    for (const locale of ['en', 'id'] as const) {
      await dialog.getByLabel('Language').selectOption(locale);
      const code = await dialog.getByLabel('Embed code').inputValue();
      expect(code).toContain('embed-host.js');
      for (const width of [1280, 390]) {
        const host = await browser.newPage({ viewport: { width, height: 800 } });
        await host.goto(`${hostOrigin}/?code=${encodeURIComponent(code)}`);
        expect(await host.locator('script').count()).toBe(0);
        const iframe = host.locator('iframe');
        await iframe.scrollIntoViewIfNeeded();
        const frame = host.frameLocator('iframe');
        await expect(frame.locator('.chart-frame__source')).toBeVisible();
        const box = await iframe.boundingBox();
        // The last lines of the embed (source, attribution, the dashboard link) end inside the box.
        const inner = await frame.locator('#root > .embed').evaluate((node) => ({
          bottom: node.getBoundingClientRect().bottom,
          source: document.querySelector('.chart-frame__source')!.getBoundingClientRect().bottom,
          scroll: document.documentElement.scrollHeight - document.documentElement.clientHeight,
        }));
        expect(inner.source, `${chart} ${locale} at ${width} px`).toBeLessThanOrEqual(box!.height);
        expect(inner.bottom, `${chart} ${locale} at ${width} px`).toBeLessThanOrEqual(box!.height);
        expect(inner.scroll).toBeLessThanOrEqual(0);
        await host.close();
      }
    }
  });
