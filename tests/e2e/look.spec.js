// Pictures you can trust (issue 14): the default plan on a fixed day, at a phone's, a tablet's
// and a laptop's width, light and dark, compared with the pictures in look.spec.js-snapshots/
// with a small tolerance (50 pixels of anti-aliasing). A change of the look updates them on purpose:
//   npx playwright test --config tests/e2e/playwright.config.js look --update-snapshots
// then look at the new pictures before committing them.
import { test, expect, openAt, openMenu } from './fixtures.js';

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

// The View menu's panel hangs from its button; wherever the button sits, the panel stays on screen.
// The Export menu's, beside it, opens under its own button.
for (const width of [390, 660, 768]) {
  test(`at ${width} px, the View menu opens within the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await openAt(page, '2026-02-12T10:30:00');
    await openMenu(page, 'View');
    const panel = page.locator('details.menu[open] .menu-panel');
    await expect(panel.getByRole('button', { name: 'Today' })).toBeVisible();
    // The panel, and every control in it, inside the screen's width; nothing scrolls sideways.
    const edges = await panel.evaluate((p) => [p, ...p.querySelectorAll('button, input, select, label')].map((el) => {
      const box = el.getBoundingClientRect();
      return [Math.floor(box.left), Math.ceil(box.right)];
    }));
    for (const [left, right] of edges) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // Under its button, and beside it: it starts or ends where the button does (or, on a phone,
    // spans the toolbar).
    const [button, box] = await Promise.all([page.locator('details.menu > summary').boundingBox(), panel.boundingBox()]);
    expect(box.y).toBeGreaterThanOrEqual(button.y + button.height);
    expect(box.y).toBeLessThan(button.y + button.height + 16);
    expect(box.x).toBeLessThanOrEqual(button.x + 1);
    expect(box.x + box.width).toBeGreaterThanOrEqual(button.x + button.width - 1);
    // The Export menu (a menu button, not a disclosure) opens under its own button.
    await page.keyboard.press('Escape');
    await openMenu(page, 'Export');
    const exportButton = await page.locator('button[aria-haspopup="menu"]', { hasText: 'Export' }).boundingBox();
    await expect(page.getByRole('menuitem', { name: 'Export JSON' })).toBeVisible();
    const exportPanel = await page.locator('.action-menu.open > .menu-panel').boundingBox();
    expect(exportPanel.y).toBeGreaterThanOrEqual(exportButton.y + exportButton.height);
    expect(exportPanel.y).toBeLessThan(exportButton.y + exportButton.height + 16);
    expect(Math.abs(exportPanel.x - exportButton.x)).toBeLessThan(2);
  });
}
