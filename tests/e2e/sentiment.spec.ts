import path from 'node:path';
import { test, expect, routeFixture, ROOT } from './harness';

const URL = 'https://x.com/kelolademo/status/1922517226091474945';
const FIXTURE = path.join(ROOT, 'tests/fixtures/platforms/x/status-en.html');

test('items carry their sentiment, and a manual correction persists across reloads', async ({ context }) => {
  await routeFixture(context, URL, FIXTURE);
  const page = await context.newPage();
  await page.goto(URL);
  const item = page.locator('[data-kelola-item="x:1922562524574674950"]');
  await expect(item).toHaveAttribute('data-kelola-sentiment', /^(positive|neutral|negative)$/);
  const before = await item.getAttribute('data-kelola-sentiment');
  const target = before === 'positive' ? 'negative' : 'positive';

  // Badges are built for items near the viewport: the user scrolls to the comment.
  await item.scrollIntoViewIfNeeded();
  const badge = page.locator('[data-kelola-badge="x:1922562524574674950"]');
  await badge.locator('button.more').click();
  await badge.locator(`[data-action="sentiment-${target}"]`).click();
  await expect(item).toHaveAttribute('data-kelola-sentiment', target);

  await page.reload();
  await expect(item).toHaveAttribute('data-kelola-sentiment', target);
  await item.scrollIntoViewIfNeeded();
  // The badge also marks answered by hand, and that survives a reload too.
  await badge.locator('button.more').click();
  await badge.locator('[data-action="answered"]').click();
  await expect(item).toHaveAttribute('data-kelola-sla', 'answered');
  await page.reload();
  await expect(item).toHaveAttribute('data-kelola-sla', 'answered');
});
