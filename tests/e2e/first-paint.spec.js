// The first paint before the wasm runs (scripts/first-paint.mjs, src/ui/first_paint.rs): a first
// visit sees the default plan as static HTML at once, with nothing that depends on the clock, and
// nothing in it can be ticked; the app takes its place without moving anything; anyone else (a
// stored plan, a link to another plan) never sees the example plan before their own.
import { test, expect, openApp } from './fixtures.js';

const noWasm = { patterns: [/request failed: .*\.wasm/], alsoAllowed: [/console error: Failed to load resource/, /console error: .*(wasm|WebAssembly|Launchplan)/i, /uncaught exception/] };

/** Opens a page whose wasm is still on its way: what shows is the first paint alone. */
async function openWithoutWasm(page, path = '/') {
  await page.route(/\.wasm$/, () => {});
  await page.goto(path);
  await page.waitForLoadState('load');
}

/** Whether the page as served carries a first paint at all (so that "hidden" means hidden). */
async function servedWithPicture(page) {
  const html = await (await page.request.get('/')).text();
  expect(html).toContain('data-first-paint');
}

const picture = (page) => page.locator('[data-first-paint]');

test.describe('first paint', () => {
  test.describe('before the wasm runs', () => {

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
      await expect(page.locator('html')).not.toHaveClass(/fp-on/);
      await expect(page.getByText('BillingOS Milestones & Timeline')).toBeHidden();
      // With no picture to wait for, the app's wasm is fetched at once.
      await expect(page.locator('link[rel=preload][href$=".wasm"]')).toHaveCount(1);
      expect(await picture(page).count()).toBeGreaterThan(0);
      for (const el of await picture(page).all()) await expect(el).toBeHidden();
    });

    for (const path of ['/?src=https%3A%2F%2Fexample.org%2Fplan.md', '/#plan=abc']) {
      test(`a link to another plan (${path.slice(1, 5)}…) never shows the example first`, async ({ page }) => {
        await servedWithPicture(page);
        await openWithoutWasm(page, path);
        expect(await picture(page).count()).toBeGreaterThan(0);
        await expect(page.getByText('BillingOS Milestones & Timeline')).toBeHidden();
      });
    }

    test('nothing in the picture takes a click', async ({ page }) => {
      await openWithoutWasm(page);
      await expect(page.locator('html')).toHaveClass(/fp-on/);
      // A first visit fetches the wasm after the picture's paint, not before.
      await expect(page.locator('link[rel=preload][href$=".wasm"]')).toHaveCount(0);
      const box = picture(page).locator('input[type=checkbox]').first();
      await expect(box).toHaveCSS('pointer-events', 'none');
      await box.click({ force: true });
      await expect(box).not.toBeChecked();
    });
  });

  test.describe('when the app cannot start', () => {
    test.use({ expectedProblems: noWasm });

    test('the picture goes and the page says so', async ({ page }) => {
      await page.route(/\.wasm$/, (route) => route.abort());
      await page.goto('/');
      await expect(page.getByRole('alert').filter({ hasText: 'Launchplan could not start' })).toBeVisible();
      for (const el of await picture(page).all()) await expect(el).toBeHidden();
    });
  });

  test('on a screen tall enough to show the plan\'s rows, they never turn into stand-ins', async ({ page }) => {
    await servedWithPicture(page);
    await page.setViewportSize({ width: 1280, height: 2000 });
    // Whether a block's stand-in (src/ui/deferred.rs, waiting for the body's chunk) was ever on
    // screen once the picture had gone.
    await page.addInitScript(() => {
      window.standInSeen = false;
      const check = () => {
        const root = document.documentElement;
        if (root.classList.contains('fp-on') || root.classList.contains('fp-starting')) return;
        for (const el of document.querySelectorAll('.block.deferred')) {
          if (el.getBoundingClientRect().top < innerHeight) window.standInSeen = true;
        }
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await openApp(page);
    await expect(picture(page)).toHaveCount(0);
    await expect(page.locator('main li.check-row').first()).toBeVisible();
    expect(await page.evaluate(() => window.standInSeen)).toBe(false);
  });

  test('a chunk of the plan\'s body that never comes keeps the picture a moment only', async ({ page }) => {
    await servedWithPicture(page);
    await page.setViewportSize({ width: 1280, height: 2000 });
    // The body's chunk never answers (a stalled network).
    await page.route(/split_plan_body-[0-9a-f]+\.wasm$/, () => {});
    await openApp(page);
    await expect(picture(page)).toHaveCount(0);
    await expect(page.locator('.block.deferred').first()).toBeVisible();
  });

  test('the app takes the place of the first paint without moving anything', async ({ page }) => {
    await servedWithPicture(page);
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    // Where the title, the agenda and the first row are in the picture, with the wasm on its way.
    const places = (p, picture) =>
      p.evaluate((picture) => {
        return ['h1', '.agenda h2', 'main li.check-row', '.timeline-track'].map((sel) => {
          const el = [...document.querySelectorAll(sel)].find((e) => !!e.closest('[data-first-paint]') === picture);
          const box = el?.getBoundingClientRect();
          return box && [sel, Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)];
        });
      }, picture);
    const before = await page.context().newPage();
    await before.route(/\.wasm$/, () => {});
    await before.goto('/');
    await before.waitForLoadState('load');
    const inPicture = await places(before, true);
    await before.close();
    await openApp(page);
    await expect(picture(page)).toHaveCount(0);
    // The rows come with the body's chunk, fetched as the body nears the screen (body.rs).
    await page.locator('main li.check-row').first().waitFor({ state: 'attached' });
    expect(inPicture.every(Boolean)).toBe(true);
    expect(await places(page, false)).toEqual(inPicture);
    await expect(page.getByText(/Launched \d+ days ago|Launch in|Launch day/).first()).toBeVisible();
    // The page is whole (the start-up marks it) and two frames have been laid out since.
    await page.waitForFunction(() => performance.getEntriesByName('launchplan:plan-rendered').length > 0);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shifted = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
    expect(shifted).toBeLessThan(0.01);
    // The app's own nodes are live: a tick is a tick.
    await page.getByRole('main').getByRole('checkbox').first().check();
    await expect(page.getByTestId('progress')).toContainText('1 of 72');
  });
});
