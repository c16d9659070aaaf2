import { test, openAt } from './fixtures.js';
for (const [w, h] of [[1280, 800], [390, 844]]) {
  for (const scheme of ['light', 'dark']) {
    test(`shot ${w} ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await openAt(page, '2026-02-12T10:30:00');
      await page.screenshot({ path: `/tmp/shot-${w}-${scheme}.png` });
    });
  }
}
