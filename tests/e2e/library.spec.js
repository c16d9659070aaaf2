// The plan library: several plans in one browser, the URL says which is open.
import { test, expect, openAt, item, openMenu, chunkRefused, refuseChunkOnce } from './fixtures.js';

const library = (page) => page.getByTestId('library');

async function openLibrary(page) {
  const details = library(page);
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return details;
}

test.describe('plan library', () => {
  test('a new plan from the template is a plan of its own, and the URL returns to it', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    const lib = await openLibrary(page);
    await lib.getByRole('button', { name: 'New from the BillingOS template' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).not.toBeChecked();
    await lib.getByLabel('Rename this plan').fill('Mobile launch');
    await lib.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mobile launch');
    await page.clock.runFor(400);
    await expect(lib.getByRole('listitem')).toHaveCount(2);
    const url = page.url();
    expect(url).toMatch(/\?plan=plan-/);

    await lib.getByRole('button', { name: 'Open BillingOS Milestones & Timeline' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    expect(page.url()).not.toBe(url);

    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mobile launch');
    await expect(item(page, 'Sprint kickoff meeting')).not.toBeChecked();

    // The index of plans lists both, most recent first; when it is lost, the library rebuilds it.
    const titles = () => page.evaluate(() => JSON.parse(localStorage.getItem('launchplan:index')).map((s) => s.title));
    expect((await titles()).sort()).toEqual(['BillingOS Milestones & Timeline', 'Mobile launch']);
    await page.evaluate(() => localStorage.setItem('launchplan:index', '{broken'));
    const again = await openLibrary(page);
    await expect(again.getByRole('listitem')).toHaveCount(2);
    expect((await titles()).sort()).toEqual(['BillingOS Milestones & Timeline', 'Mobile launch']);
  });

  test('an imported file can become a plan of its own', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    const download = page.waitForEvent('download');
    await openMenu(page, 'Export');
    await page.getByRole('menuitem', { name: 'Export JSON' }).click();
    const file = Buffer.concat(await (await (await download).createReadStream()).toArray());
    await item(page, 'Sprint kickoff meeting').uncheck();
    await page.getByLabel('Import a plan file').setInputFiles({ name: 'team.launchplan.json', mimeType: 'application/json', buffer: file });
    await page.getByTestId('import-preview').getByRole('button', { name: 'Import as a new plan' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    const lib = await openLibrary(page);
    await expect(lib.getByRole('listitem')).toHaveCount(2);
    await lib.getByRole('button', { name: 'Open BillingOS Milestones & Timeline' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).not.toBeChecked();
  });

  test('a blank plan, a duplicate, and delete with undo', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const lib = await openLibrary(page);
    await lib.getByRole('button', { name: 'New blank plan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untitled plan');
    await expect(page.locator('.plan-section')).toHaveCount(0);
    await lib.getByRole('button', { name: 'Open BillingOS Milestones & Timeline' }).click();
    await lib.getByRole('button', { name: 'Duplicate this plan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('BillingOS Milestones & Timeline (copy)');
    await expect(lib.getByRole('listitem')).toHaveCount(3);
    await lib.getByRole('button', { name: 'Delete Untitled plan' }).click();
    await expect(lib.getByRole('listitem')).toHaveCount(2);
    await lib.getByTestId('deleted').getByRole('button', { name: 'Undo delete' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untitled plan');
    await expect(lib.getByRole('listitem')).toHaveCount(3);
  });
});

test.describe('the plan library, loaded when first opened', () => {
  test.use(chunkRefused('plan_library'));

  test('a library that cannot be loaded is reported, and opening it again loads it', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await refuseChunkOnce(page, 'plan_library');
    const details = library(page);
    await details.locator('summary').click();
    await expect(page.getByTestId('alert')).toContainText('The plan library could not be loaded');
    await details.locator('summary').click();
    await details.locator('summary').click();
    await expect(details.getByRole('button', { name: 'New blank plan' })).toBeVisible();
  });
});

test.describe('the first visit', () => {
  test('the example plan says so, with the ways to make the page yours; once stored, it does not', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const notice = page.getByTestId('example-notice');
    await expect(notice).toContainText('This is an example');
    const chooser = page.waitForEvent('filechooser');
    await notice.getByRole('button', { name: 'Import your plan' }).click();
    await chooser;
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await expect(notice).toHaveCount(0);
  });

  test('"Start a blank plan" opens one, and the example stays in the library', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await page.getByTestId('example-notice').getByRole('button', { name: 'Start a blank plan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untitled plan');
    await expect(page.getByTestId('example-notice')).toHaveCount(0);
    const lib = await openLibrary(page);
    await expect(lib.getByRole('button', { name: 'Open BillingOS Milestones & Timeline' })).toBeVisible();
  });
});
