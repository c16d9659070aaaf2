// Shared test fixture: every page fails its test on a console error, an uncaught exception,
// a failed request or an HTTP error status, so no test can pass over a broken page.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
    page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    await use(page);
    expect(problems, 'the page reported problems').toEqual([]);
  },
});

export { expect };

/** Opens the app and waits until the WebAssembly app has rendered its shell. */
export async function openApp(page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('banner').getByRole('heading', { name: 'Launchplan' })).toBeVisible();
}
