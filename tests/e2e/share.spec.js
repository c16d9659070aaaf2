// Share links: the plan compressed in the URL fragment; opened in a fresh browser it shows the
// import preview and imports the same plan. Damaged links and plans too large for a link say so.
import { randomBytes } from 'node:crypto';
import { test, expect, openAt, item, openMenu, chunkRefused, refuseChunkOnce } from './fixtures.js';

async function exportJson(page) {
  const download = page.waitForEvent('download');
  await openMenu(page, 'Export');
  await page.getByRole('menuitem', { name: 'Export JSON' }).first().click();
  const chunks = await (await (await download).createReadStream()).toArray();
  return Buffer.concat(chunks);
}

async function shareLink(page) {
  // Let a pending save land first: the status text changing under the pointer moves the buttons.
  await expect(page.getByTestId('save-status')).not.toHaveText('Saving…');
  await page.getByRole('button', { name: 'Share link…' }).click();
  const field = page.getByTestId('share-link');
  await expect(field).toHaveValue(/#share=1\./);
  return field.inputValue();
}

/** Opens the app, ticks "Sprint kickoff meeting" and returns the plan's share link (panel closed). */
async function linkWithATick(page) {
  await openAt(page, '2026-02-12T10:30:00');
  await item(page, 'Sprint kickoff meeting').check();
  const link = await shareLink(page);
  await page.getByRole('button', { name: 'Close' }).click();
  return link;
}

/** The path and fragment of a link, to open it on the test server. */
const pathOf = (link) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}${url.hash}`;
};

test('a share link opened in a fresh browser previews and imports the same plan', async ({ browser, baseURL }) => {
  const ana = await browser.newContext();
  await ana.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const anaPage = await ana.newPage();
  await openAt(anaPage, '2026-02-12T10:30:00');
  await item(anaPage, 'Sprint kickoff meeting').check();
  await item(anaPage, 'All P0 tasks started').check();
  const link = await shareLink(anaPage);
  // The link opens the app itself, not the sender's stored plan, and carries no server query.
  expect(link.startsWith(`${baseURL}#share=1.`)).toBe(true);
  await expect(anaPage.getByTestId('share-panel')).toContainText(`${link.length} characters`);
  await anaPage.getByRole('button', { name: 'Copy link' }).click();
  await expect(anaPage.getByTestId('share-panel')).toContainText('Copied.');
  expect(await anaPage.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const anaFile = await exportJson(anaPage);
  await ana.close();

  const ben = await browser.newContext();
  const page = await ben.newPage();
  await openAt(page, '2026-02-12T10:30:00', pathOf(link));
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('Import "shared link": BillingOS Milestones & Timeline');
  await expect(preview).toContainText('2 ticked: Sprint kickoff meeting, All P0 tasks started');
  // The fresh browser shows the default plan, the one Ana started from: Replace takes her copy.
  await preview.getByRole('button', { name: 'Replace' }).click();
  await expect(preview).toBeHidden();
  await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
  await expect(item(page, 'All P0 tasks started')).toBeChecked();
  expect((await exportJson(page)).toString()).toBe(anaFile.toString());
  // Dealt with: the link leaves the address bar, so a reload shows the plan, not the offer again.
  expect(page.url()).not.toContain('#share=');
  await page.reload();
  await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
  await expect(preview).toBeHidden();
  await ben.close();
});

test('a link pasted into an open tab is offered too, and Cancel changes nothing', async ({ page }) => {
  const link = await linkWithATick(page);
  await item(page, 'Sprint kickoff meeting').uncheck();
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('1 ticked: Sprint kickoff meeting');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(item(page, 'Sprint kickoff meeting')).not.toBeChecked();
  expect(page.url()).not.toContain('#share=');
});

test('a link whose "=" a mail app percent-encoded is read, and leaves the address once dealt with', async ({ page }) => {
  const link = await linkWithATick(page);
  const encoded = new URL(link).hash.replace('#share=', '#share%3D');
  expect(encoded).toContain('share%3D');
  await page.evaluate((hash) => { location.hash = hash; }, encoded);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  expect(page.url()).not.toContain('share');
});

test('a damaged link says what is wrong and changes nothing', async ({ page }) => {
  const link = await linkWithATick(page);
  const alert = page.getByTestId('alert');
  // Cut short, as a chat app might.
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash.slice(0, -60));
  await expect(alert).toContainText('This share link is damaged');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
  // A line break a mail app put in: named by where it is.
  await page.evaluate(() => { location.hash = '#share=1.AAAA%20AAAA'; });
  await expect(alert).toContainText('character 13 (" ")');
  // From a newer version.
  await page.evaluate(() => { location.hash = '#share=2.AAAA'; });
  await expect(alert).toContainText('made by a newer version of Launchplan');
  await expect(page.getByTestId('import-preview')).toBeHidden();
  await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
});

test('a plan too large for a link gets a clear message and the file export instead', async ({ page }) => {
  await openAt(page, '2026-02-12T10:30:00');
  // Three items of incompressible text: about 45 KB of link, past the limit.
  const file = JSON.parse((await exportJson(page)).toString());
  let changed = 0;
  const visit = (node) => {
    if (changed >= 3 || node === null || typeof node !== 'object') return;
    if (typeof node.text === 'string' && typeof node.done === 'boolean') {
      node.text = randomBytes(11000).toString('base64').slice(0, 15000);
      changed += 1;
    }
    Object.values(node).forEach(visit);
  };
  visit(file.plan);
  expect(changed).toBe(3);
  await page.getByLabel('Import a plan file').setInputFiles({
    name: 'big.launchplan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
  await page.getByRole('button', { name: 'Share link…' }).click();
  const panel = page.getByTestId('share-panel');
  await expect(panel.getByTestId('share-refused')).toContainText('This plan is too large for a link');
  await expect(panel.getByTestId('share-refused')).toContainText('links longer than 32768 are cut');
  await expect(panel.getByTestId('share-link')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export JSON' }).click();
  expect((await download).suggestedFilename()).toBe('billingos-milestones-timeline.launchplan.json');
  await expect(panel).toBeHidden();
});

test.describe('the Share panel, loaded on the first share', () => {
  test.use(chunkRefused('share_panel'));

  test('a panel that cannot be loaded is reported, and the next press shows the link', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const refused = await refuseChunkOnce(page, 'share_panel');
    await page.getByRole('button', { name: 'Share link…' }).click();
    await expect(page.getByTestId('alert')).toContainText('Share links could not be loaded');
    await expect(page.getByTestId('share-panel')).toHaveCount(0);
    expect(await shareLink(page)).toMatch(/#share=1\./);
    expect(refused.count).toBe(2);
  });
});

test.describe('a link read while the plan reader cannot be loaded', () => {
  test.use(chunkRefused('plan_reader'));

  test('a link pasted into a first visit is kept in the address when the reader cannot load, and read after a reload', async ({ page, browser }) => {
    // The link is made in another browser: a tab that saves has loaded the reader (its writer).
    const maker = await browser.newContext();
    const link = await linkWithATick(await maker.newPage());
    await maker.close();
    await openAt(page, '2026-02-12T10:30:00');
    // Refused until the reload (a load may be tried more than once meanwhile).
    const refused = { on: true, count: 0 };
    await page.route(/split_plan_reader.*\.wasm$/, (route) => {
      refused.count++;
      return refused.on ? route.fulfill({ status: 404, body: '' }) : route.continue();
    });
    const hash = new URL(link).hash;
    await page.evaluate((h) => { location.hash = h; }, hash);
    await expect(page.getByTestId('alert')).toContainText('Reading plans could not be loaded');
    await expect(page.getByTestId('alert')).toContainText('the share link stays in the address bar');
    expect(new URL(page.url()).hash).toBe(hash);
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    await expect(item(page, 'Sprint kickoff meeting')).not.toBeChecked();
    const tries = refused.count;
    refused.on = false;
    await page.reload();
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('1 ticked: Sprint kickoff meeting');
    expect(tries).toBeGreaterThan(0);
    expect(refused.count).toBeGreaterThan(tries);
    // Read once: the link leaves the address.
    await preview.getByRole('button', { name: 'Cancel' }).click();
    expect(page.url()).not.toContain('#share=');
  });
});
