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
