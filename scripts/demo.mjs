/* global chrome */
// `npm start`: builds Kelola and opens Chromium with it loaded on demo pages served at the real
// X and YouTube URLs (nothing is fetched from those sites), plus the dashboard.
// With a display it opens a normal window; without one (or with --headless) it saves screenshots.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) {
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const ext = path.join(root, '.output/chrome-mv3');
// The demo pages are the platform fixtures (the sites' real structure) with a stylesheet that gives
// them the sites' look; they are served at the URLs the fixtures were made for.
const manifest = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/platforms/manifest.json'), 'utf8'));
const pages = [
  { name: 'x-post', fixture: 'x/status-en.html', css: 'scripts/demo/x.css' },
  { name: 'youtube-video', fixture: 'youtube/watch-en.html', css: 'scripts/demo/youtube.css' },
].map((p) => ({ ...p, url: manifest.fixtures.find((f) => f.file === p.fixture).url }));

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'kelola-demo-')), {
  executablePath,
  headless,
  viewport: { width: 1280, height: 860 },
  args: [
    `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  ],
});
await context.route(/^https:\/\/([a-z0-9-]+\.)*(x\.com|twimg\.com|youtube\.com|ytimg\.com)\//, (route) => route.fulfill({ status: 204, body: '' }));
for (const p of pages) {
  const css = readFileSync(path.join(root, p.css), 'utf8');
  const body = readFileSync(path.join(root, 'tests/fixtures/platforms', p.fixture), 'utf8').replace('</head>', `<style>${css}</style></head>`);
  await context.route(p.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extId = new URL(worker.url()).host;

const opened = [];
for (const p of pages) {
  const page = await context.newPage();
  await page.goto(p.url);
  await page.waitForSelector('[data-kelola-sentiment]', { timeout: 15_000 }).catch(() => undefined);
  opened.push({ name: p.name, page });
}
const xTab = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, pages[0].url);
for (const [name, pagePath, viewport] of [
  ['popup', 'popup.html', { width: 400, height: 600 }],
  ['side-panel', `sidepanel.html?tab=${xTab}`, { width: 400, height: 800 }],
  ['dashboard', 'options.html#templates', null],
]) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${extId}/${pagePath}`);
  await page.waitForTimeout(800);
  opened.push({ name, page });
}

if (headless) {
  const out = path.join(root, 'demo-screenshots');
  mkdirSync(out, { recursive: true });
  for (const { name, page } of opened) {
    await page.bringToFront();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, `${name}.png`) });
  }
  console.log(`Screenshots saved in ${out}: ${opened.map((o) => `${o.name}.png`).join(', ')}`);
  await context.close();
} else {
  console.log('Kelola is running. Close the browser window to stop.');
  await new Promise((resolve) => context.on('close', resolve));
}
