// The default plan: the BillingOS document as the Markdown reader makes it (embedded as JSON).
import { test, expect, openApp, item } from './fixtures.js';

test.describe('default plan', () => {
  test('shows the BillingOS plan with all its parts', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'BillingOS Milestones & Timeline' })).toBeVisible();
    await expect(page.getByTestId('progress')).toContainText('of 72 done');
    // Mojibake in the source is repaired, and the import says so.
    await expect(page.getByRole('heading', { name: 'Completed Milestones ✅' })).toBeVisible();
    await expect(page.getByTestId('import-report')).toContainText('Repaired 12 garbled');
    // Every checklist entry (and each dated communication) is a native checkbox named by exactly its text.
    await expect(item(page, '🚀 MVP Soft Launch')).toBeVisible();
    await expect(item(page, '<2 sec page loads')).toBeVisible();
    await expect(item(page, 'Missing UI components')).toBeVisible();
    await expect(page.locator('.plan-section').getByRole('checkbox')).toHaveCount(72 + 3);
  });

  test('lists the lint warnings with their line numbers', async ({ page }) => {
    await openApp(page);
    await page.getByText('Details').click();
    const warnings = page.getByTestId('import-warnings').getByRole('listitem');
    await expect(warnings).toHaveCount(11);
    await expect(warnings.first()).toHaveText('Line 38: says Monday, but February 10, 2026 is a Tuesday');
  });
});
