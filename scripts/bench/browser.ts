// Browser figures, in real Chromium with the built extension: service-worker cold start, and (when
// the fixtures exist) in-page cost on a 2,000-comment page, palette and popup timings.
import type { BrowserContext } from '@playwright/test';
import { blockSocialNetwork, launchWithExtension, openExtensionPage, serviceWorker, extensionIdOf, stopServiceWorker } from '../../tests/e2e/harness';
import { median, p95, type Row } from './stats';
import { inPageFigures, want } from './browser-inpage';

const rows: Row[] = [];
const { context } = await launchWithExtension();
await blockSocialNetwork(context);
const worker = await serviceWorker(context);
const extId = extensionIdOf(worker);

async function coldStart(ctx: BrowserContext) {
  const page = await openExtensionPage(ctx, extId, 'popup.html');
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < 10; i++) {
    await stopServiceWorker(ctx, extId);
    cold.push(await page.evaluate(async () => {
      const t0 = performance.now();
      await chrome.runtime.sendMessage({ type: 'ping' });
      return performance.now() - t0;
    }));
    warm.push(await page.evaluate(async () => {
      const t0 = performance.now();
      await chrome.runtime.sendMessage({ type: 'ping' });
      return performance.now() - t0;
    }));
  }
  rows.push({ figure: 'worker cold start to first answered message (median of 10)', value: `${median(cold).toFixed(1)} ms`, baseline: `${median(warm).toFixed(1)} ms (warm worker)`, ratio: (median(cold) / median(warm)).toFixed(1), target: '—', met: 'yes' });
  rows.push({ figure: 'worker cold start p95', value: `${p95(cold).toFixed(1)} ms`, baseline: '—', ratio: '—', target: '—', met: 'yes' });
  await page.close();
}

if (want('coldstart')) await coldStart(context);
rows.push(...(await inPageFigures(context, extId)));
console.table(rows);
await context.close();
