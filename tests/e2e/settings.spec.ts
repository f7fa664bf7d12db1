import { test, expect, openExtensionPage, readRow } from './harness';

for (const lang of ['en', 'id'] as const) {
  test(`reply targets and business hours are saved, bad input is explained (${lang})`, async ({ context, extensionId }) => {
    const page = await openExtensionPage(context, extensionId, 'options.html#settings');
    await page.getByTestId('lang-switch').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByTestId('sla-comment').fill('30');
    await page.getByTestId('sla-message').fill('10');
    await page.getByTestId('sla-message').blur();
    await expect.poll(async () => (await readRow<{ sla: { targets: Record<string, number> } }>(page, 'settings', 'settings'))?.sla.targets).toEqual({ comment: 30, reply: 60, message: 10 });
    await page.getByTestId('business-hours').click();
    await expect(page.getByTestId('business-hours')).toBeChecked();
    await page.getByTestId('hours-1').fill('nine to five');
    await page.getByTestId('hours-1').blur();
    await expect(page.getByRole('alert')).toHaveText(lang === 'id' ? 'Tulis jam seperti 09:00-17:00, atau kosongkan untuk tutup.' : 'Write hours as 09:00-17:00, or leave empty for closed.');
    await page.getByTestId('hours-1').fill('08:00-16:00');
    await page.getByTestId('hours-1').blur();
    await expect.poll(async () => (await readRow<{ sla: { businessHours: { week: unknown[] } } }>(page, 'settings', 'settings'))?.sla.businessHours?.week[1]).toEqual([{ start: '08:00', end: '16:00' }]);
    await page.getByTestId('abbreviation-prefix').fill('abc');
    await page.getByTestId('abbreviation-prefix').blur();
    await expect(page.getByRole('alert')).toBeVisible();
    expect((await readRow<{ abbreviationPrefix: string }>(page, 'settings', 'settings'))?.abbreviationPrefix).toBe(';');
    await page.reload();
    await expect(page.getByTestId('sla-comment')).toHaveValue('30');
  });
}
