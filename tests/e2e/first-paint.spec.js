// The first paint before the wasm runs (scripts/first-paint.mjs, src/ui/first_paint.rs): a first
// visit sees the default plan as static HTML at once, with nothing that depends on the clock, and
// nothing in it can be ticked; the app takes its place without moving anything; anyone else (a
// stored plan, a link to another plan) never sees the example plan before their own.
import { test, expect, openApp } from './fixtures.js';

const noWasm = { patterns: [/request failed: .*\.wasm/], alsoAllowed: [/console error: Failed to load resource/, /console error: .*(wasm|WebAssembly|Launchplan)/i, /uncaught exception/] };

/** Opens a page whose wasm never arrives: what shows is the first paint alone. */
async function openWithoutWasm(page, path = '/') {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(path);
  await page.waitForLoadState('load');
}

const picture = (page) => page.locator('[data-first-paint]');

test.describe('first paint', () => {
  test.describe('before the wasm runs', () => {
    test.use({ expectedProblems: noWasm });

    test('a first visit sees the plan, with no figure that depends on the clock and nothing to tick', async ({ page }) => {
      await page.clock.install({ time: new Date('2031-07-04T09:00:00') });
      await openWithoutWasm(page);
      await expect(page.getByText('BillingOS Milestones & Timeline')).toBeVisible();
      await expect(page.getByText('Sprint kickoff meeting').first()).toBeVisible();
      // The countdown and the date of today were made at build time: hidden, holding their place.
      const hidden = page.locator('.fp-live');
      expect(await hidden.count()).toBeGreaterThan(0);
      for (const el of await hidden.all()) await expect(el).toHaveCSS('visibility', 'hidden');
      await expect(page.getByText(/Launched \d+ days ago/)).toBeHidden();
      // A picture, not the page: inert and hidden from assistive technology.
      const tops = await picture(page).evaluateAll((nodes) => nodes.map((n) => [n.inert, n.getAttribute('aria-hidden')]));
      expect(tops.length).toBeGreaterThan(3);
      for (const [inert, hiddenFromAt] of tops) expect([inert, hiddenFromAt]).toEqual([true, 'true']);
      await expect(page.getByRole('checkbox')).toHaveCount(0);
      await expect(page.locator('[data-first-paint] [data-testid]')).toHaveCount(0);
    });

    test('a visitor with a stored plan never sees the example first', async ({ page }) => {
      await page.addInitScript(() => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('launchplan:open', 'p-other');
          sessionStorage.setItem('seeded', '1');
        }
      });
      await openWithoutWasm(page);
      await expect(page.locator('html')).toHaveClass(/fp-off/);
      await expect(page.getByText('BillingOS Milestones & Timeline')).toBeHidden();
      expect(await picture(page).count()).toBeGreaterThan(0);
      for (const el of await picture(page).all()) await expect(el).toBeHidden();
    });

    for (const path of ['/?src=https%3A%2F%2Fexample.org%2Fplan.md', '/#plan=abc']) {
      test(`a link to another plan (${path.slice(1, 5)}…) never shows the example first`, async ({ page }) => {
        await openWithoutWasm(page, path);
        await expect(page.getByText('BillingOS Milestones & Timeline')).toBeHidden();
      });
    }
  });

  test('the app takes the place of the first paint without moving anything', async ({ page }) => {
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    await openApp(page);
    await expect(picture(page)).toHaveCount(0);
    await expect(page.getByText(/Launched \d+ days ago|Launch in|Launch day/).first()).toBeVisible();
    await page.waitForTimeout(300);
    const shifted = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
    expect(shifted).toBeLessThan(0.01);
    // The app's own nodes are live: a tick is a tick.
    await page.getByRole('main').getByRole('checkbox').first().check();
    await expect(page.getByTestId('progress')).toContainText('1 of 72');
  });
});
