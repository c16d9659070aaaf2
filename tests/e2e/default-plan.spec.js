// The default plan: the BillingOS document, read by the Markdown importer on every page load.
import { test, expect, openApp } from './fixtures.js';

test.describe('default plan', () => {
  test('shows the BillingOS plan with all its parts', async ({ page }) => {
    await openApp(page);
    const plan = page.getByTestId('plan');
    await expect(plan.getByRole('heading', { level: 2, name: 'BillingOS Milestones & Timeline' })).toBeVisible();
    await expect(page.getByTestId('plan-counts')).toHaveText(
      '72 checklist items · 5 milestones · 3 decision points · 3 contingency plans',
    );
    await expect(plan).toContainText('Launch: February 19, 2026');
    // Mojibake in the source is repaired, and the import says so.
    await expect(page.getByRole('heading', { name: 'Completed Milestones ✅' })).toBeVisible();
    await expect(page.getByTestId('import-report')).toContainText('Repaired 12 garbled');
    // Checklist items are native checkboxes named by their text.
    await expect(page.getByRole('checkbox', { name: '🚀 MVP Soft Launch', exact: true })).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(53);
  });
});

test.describe('import report', () => {
  test('lists the lint warnings with their line numbers', async ({ page }) => {
    await openApp(page);
    await page.getByText('Details').click();
    const warnings = page.getByTestId('import-warnings').getByRole('listitem');
    await expect(warnings).toHaveCount(11);
    await expect(warnings.first()).toHaveText('Line 38: says Monday, but February 10, 2026 is a Tuesday');
  });
});
