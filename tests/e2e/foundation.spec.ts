import { test, expect, routeFixture, stopServiceWorker, openExtensionPage, serviceWorker } from './harness';

const X_URL = 'https://x.com/kelolademo/status/1790000000000000000';
const X_FIXTURE = 'tests/fixtures/platforms/x/status-en.html';

test('content script runs on a routed x.com page and answers through the background', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  await routeFixture(context, X_URL, X_FIXTURE);
  const page = await context.newPage();
  await page.goto(X_URL);
  const items = page.locator('[data-kelola-item]');
  await expect(items.first()).toBeVisible();
  // Sentiment comes from the background: it is only set once the worker answered.
  await expect(page.locator('[data-kelola-item][data-kelola-sentiment]').first()).toBeAttached();
  await expect(page.locator('[data-kelola-item][data-kelola-sla]').first()).toBeAttached();
});

for (const lang of ['en', 'id'] as const) {
  test(`popup, side panel and dashboard render in ${lang}`, async ({ context, extensionId }) => {
    await serviceWorker(context);
    const dash = await openExtensionPage(context, extensionId, 'options.html#settings');
    await dash.getByTestId('lang-switch').selectOption(lang);
    const words = lang === 'id' ? { tasks: 'Tugas hari ini', queue: 'Menunggu balasan', templates: 'Template balasan' } : { tasks: "Today's tasks", queue: 'Waiting for an answer', templates: 'Reply templates' };
    await expect(dash.locator('html')).toHaveAttribute('lang', lang);
    await dash.getByTestId('nav-templates').click();
    await expect(dash.getByRole('heading', { name: words.templates })).toBeVisible();
    await expect(dash.getByTestId('template-row').first()).toBeVisible();

    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    await expect(popup.getByRole('heading', { name: words.tasks })).toBeVisible();
    await expect(popup.getByTestId('task').first()).toBeVisible();

    const x = await context.newPage();
    await routeFixture(context, X_URL, X_FIXTURE);
    await x.goto(X_URL);
    await expect(x.locator('[data-kelola-sentiment]').first()).toBeAttached();
    const tabId = await (await serviceWorker(context)).evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return tab?.id ?? -1;
    }, X_URL);
    const panel = await openExtensionPage(context, extensionId, `sidepanel.html?tab=${tabId}`);
    await expect(panel.getByRole('heading', { name: words.queue })).toBeVisible();
    await expect(panel.getByTestId('queue-item').first()).toBeVisible();
  });
}

test('a message sent right after the worker is stopped is answered', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'popup.html');
  for (let i = 0; i < 3; i++) {
    await stopServiceWorker(context, extensionId);
    const res = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
    expect(res).toMatchObject({ ok: true });
    expect(typeof (res as { at: number }).at).toBe('number');
  }
  const bad = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping', extra: 1 }));
  expect(bad).toMatchObject({ ok: false, code: 'bad-request' });
});

test('every extension page and dashboard section opens without a script error', async ({ context, extensionId }) => {
  const sections = ['templates', 'calendar', 'plan', 'campaigns', 'reports', 'listening', 'settings', 'data'];
  const pages = ['popup.html', 'sidepanel.html', ...sections.map((s) => `options.html#${s}`)];
  for (const path of pages) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    // Each page renders something into its root once its chunks have loaded and run.
    await expect(page.locator('#root > *').first()).toBeAttached();
    if (path.startsWith('options.html#')) await expect(page.locator('main > *').first()).toBeAttached();
    await page.waitForTimeout(300);
    expect(errors, path).toEqual([]);
    await page.close();
  }
});

test('the dashboard loads the other screens in idle time: switching to the calendar then fetches no code', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (/\.(js|css)$/.test(r.url())) scripts.push(r.url());
  });
  await page.goto(`chrome-extension://${extensionId}/options.html#templates`);
  await expect(page.locator('main > *').first()).toBeAttached();
  // Every screen's entry chunk is fetched without the user choosing it, the calendar among them.
  await expect.poll(() => scripts.filter((u) => /[/](calendar|plan|campaigns|reports|listening|settings|data)-screen-[\w-]+\.js$/.test(u)).length, { timeout: 15_000 }).toBe(7);
  await page.waitForTimeout(300);
  const before = scripts.length;
  await page.getByTestId('nav-calendar').click();
  await expect(page.locator('.fc-daygrid-day').first()).toBeVisible();
  expect(scripts.slice(before)).toEqual([]);
  await page.close();
});
