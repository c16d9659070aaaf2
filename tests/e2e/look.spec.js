// Pictures you can trust (issue 14): the default plan on a fixed day, at a phone's, a tablet's
// and a laptop's width, light and dark, compared with the pictures in look.spec.js-snapshots/
// with a small tolerance (50 pixels of anti-aliasing). A change of the look updates them on purpose:
//   npx playwright test --config tests/e2e/playwright.config.js look --update-snapshots
// then look at the new pictures before committing them.
import { test, expect, openAt } from './fixtures.js';

const widths = [
  [390, 844],
  [768, 1024],
  [1280, 800],
];

for (const [width, height] of widths) {
  for (const scheme of ['light', 'dark']) {
    test(`the default plan at ${width} px, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await openAt(page, '2026-02-12T10:30:00');
      await expect(page.getByRole('timer')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await expect(page).toHaveScreenshot(`default-${width}-${scheme}.png`, {
        // Rendering here is deterministic: a few pixels of anti-aliasing at most. (A share of the
        // page, even 1%, let a changed mark pass unseen.)
        maxDiffPixels: 50,
        animations: 'disabled',
        caret: 'hide',
      });
    });
  }
}
