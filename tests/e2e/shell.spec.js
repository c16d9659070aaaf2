// The app shell: the release build loads, renders its landmarks and reports no errors.
import { test, expect, openApp } from './fixtures.js';

test.describe('app shell', () => {
  test('loads and renders header, navigation, main and footer with no errors', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('banner')).toContainText('Launchplan');
    await expect(page.getByRole('navigation', { name: 'Timeline' })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText(/Launchplan v\d+\.\d+\.\d+/);
    await expect(page).toHaveTitle('Launchplan');
  });
});

test.describe('what a first visit fetches before it is live', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('only files the size report counts at start; the worker, the manifest and its icon come after', async ({ page }) => {
    const { afterLive, measureDir } = await import('../../scripts/size-report.mjs');
    const atStart = new Set(measureDir('dist').rows.map((r) => r.file).filter((f) => !afterLive(f)));
    // When the app asks for the service worker, and when the manifest and the home-screen
    // icon are put in the page (which the browser reads them from), in the page's clock.
    await page.addInitScript(() => {
      window.launchplanLinkedAt = {};
      new MutationObserver((changes) => {
        for (const change of changes) {
          for (const node of change.addedNodes) {
            if (node.nodeName === 'LINK' && /manifest|apple-touch-icon/.test(node.rel)) window.launchplanLinkedAt[node.rel] = performance.now();
          }
        }
      }).observe(document, { childList: true, subtree: true });
      const container = navigator.serviceWorker;
      if (!container) return;
      const register = container.register.bind(container);
      container.register = (...args) => {
        window.launchplanRegisteredAt = performance.now();
        return register(...args);
      };
    });
    await page.goto('/');
    await page.waitForFunction(() => performance.getEntriesByName('launchplan:plan-rendered').length > 0);
    await page.waitForFunction(() => window.launchplanRegisteredAt !== undefined);
    const seen = await page.evaluate(() => {
      const live = performance.getEntriesByName('launchplan:plan-rendered')[0].startTime;
      return {
        fetched: performance.getEntriesByType('resource')
          .filter((e) => e.startTime <= live && new URL(e.name).origin === location.origin)
          .map((e) => decodeURIComponent(new URL(e.name).pathname.slice(1))),
        registeredAfter: window.launchplanRegisteredAt - live,
        linkedAfter: Object.fromEntries(Object.entries(window.launchplanLinkedAt).map(([rel, at]) => [rel, at - live])),
      };
    });
    // The main module, its glue and the loader at least, and nothing the count leaves out.
    expect(seen.fetched.filter((f) => f.endsWith('.wasm')).length).toBe(1);
    expect(seen.fetched.filter((f) => !atStart.has(f))).toEqual([]);
    // A few seconds after (src/ui/updates.rs): the worker's install fetches every file.
    expect(seen.registeredAfter).toBeGreaterThanOrEqual(2_500);
    expect(Object.keys(seen.linkedAfter).sort()).toEqual(['apple-touch-icon', 'manifest']);
    for (const after of Object.values(seen.linkedAfter)) expect(after).toBeGreaterThanOrEqual(0);
  });
});
