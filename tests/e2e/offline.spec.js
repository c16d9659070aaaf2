// Offline and hosted: the app served under a sub-path by its own server; after one visit it
// comes back offline with the user's plan; a new deploy is offered, not swapped in; the whole
// session stays inside the Content-Security-Policy and the page's own origin.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, openAt, item, editMode, openMenu } from './fixtures.js';
import { serve } from './serve-dist.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
const BASE = '/tools/launchplan/';
const APP = `http://127.0.0.1:${PORT}${BASE}`;
const repo = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

test.use({ appOrigin: `http://127.0.0.1:${PORT}` });
// One server for the file, switched between builds: one test at a time.
test.describe.configure({ mode: 'serial' });

let site;
let scratch;

test.beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'launchplan-e2e-'));
  await cp(repo('dist'), join(scratch, 'v1'), { recursive: true });
  site = await serve({ root: join(scratch, 'v1'), port: PORT, base: BASE });
});

test.afterAll(async () => {
  await site?.close();
  await rm(scratch, { recursive: true, force: true });
});

test.beforeEach(() => {
  site.root = join(scratch, 'v1');
  site.requests.length = 0;
});

/** Opens the app and waits until the service worker controls the page. */
async function visit(page) {
  await openAt(page, '2026-02-12T10:30:00', APP);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

const saved = (page) => expect(page.getByTestId('save-status')).toHaveText('Saved in this browser');

test('under a sub-path, after one visit, going offline and reloading brings back the app and the plan', async ({ page, context }) => {
  await visit(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(APP);
  await item(page, 'Sprint kickoff meeting').check();
  await page.clock.runFor(400);
  await saved(page);
  // Every file came from under the base path.
  expect(site.requests.filter((p) => !p.startsWith(BASE))).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
  await expect(page.getByTestId('app-version')).toBeVisible();
  // And the app still works offline.
  await item(page, 'All P0 tasks started').check();
  await page.clock.runFor(400);
  await saved(page);
  await page.reload();
  await expect(item(page, 'All P0 tasks started')).toBeChecked();
  // The Markdown reader is a chunk of its own, fetched on first use: the cache has it too.
  await page.getByLabel('Import a plan file').setInputFiles({
    name: 'plan.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Offline plan\n\n## Week 1\n\n- [ ] Written on a train\n'),
  });
  await expect(page.getByTestId('import-preview')).toContainText('Offline plan');
  await context.setOffline(false);
});

test('the web app manifest makes it installable', async ({ page }) => {
  await visit(page);
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(manifest.url).toBe(`${APP}manifest.webmanifest`);
  const parsed = JSON.parse(manifest.data);
  expect(parsed.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of parsed.icons) {
    expect((await page.request.get(new URL(icon.src, manifest.url).href)).ok()).toBe(true);
  }
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Test browsers run incognito, which never installs apps; any other reason is ours.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test('a new deploy is offered, and accepting it loads the new version with the plan intact', async ({ page }) => {
  await visit(page);
  await item(page, 'Sprint kickoff meeting').check();
  await page.clock.runFor(400);
  await saved(page);

  // Deploy a new build: the same app with a marker in its page, through the real build hook.
  const v2 = join(scratch, 'v2');
  await rm(v2, { recursive: true, force: true });
  await cp(repo('dist'), v2, { recursive: true });
  const index = join(v2, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name="test-build" content="2"><title>'));
  execFileSync('node', [repo('scripts/post-build.mjs'), v2]);
  site.root = v2;

  // The open tab looks for updates when it is shown again.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  const offer = page.getByTestId('update-offer');
  await expect(offer).toContainText('A new version of Launchplan is ready');
  // Nothing was swapped yet, and work goes on: a change waits for its save when the user accepts.
  await expect(page.locator('meta[name="test-build"]')).toHaveCount(0);
  await item(page, 'All P0 tasks started').check();
  await offer.getByRole('button', { name: 'Reload to update' }).click();
  await expect(page.locator('meta[name="test-build"]')).toHaveCount(1);
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
  await expect(item(page, 'All P0 tasks started')).toBeChecked();
  await expect(page.getByTestId('update-offer')).toHaveCount(0);
});

test('a full session: no Content-Security-Policy violation, no request to another origin', async ({ page }) => {
  const origins = new Set();
  page.on('request', (req) => origins.add(new URL(req.url()).origin));
  await visit(page);
  // The policy is there, and strict.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain('unsafe-inline');

  await item(page, 'Sprint kickoff meeting').check();
  await editMode(page);
  await page.getByRole('textbox', { name: 'New item on Tuesday, Feb 10' }).fill('Order cake');
  await page.getByRole('textbox', { name: 'New item on Tuesday, Feb 10' }).press('Enter');
  await page.keyboard.press('/');
  await page.keyboard.type('cake');
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Timeline' }).getByRole('link').first().click();
  for (const name of ['Export JSON', 'Export Markdown', 'Export calendar (.ics)']) {
    // A choice closes the menu: open it for each.
    await openMenu(page, 'Export');
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name }).click();
    await download;
  }
  await page.getByRole('button', { name: 'Share link…' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.goto(link);
  await page.getByTestId('import-preview').getByRole('button', { name: 'Cancel' }).click();
  await page.getByTestId('library').locator('summary').click();
  await page.getByRole('button', { name: 'New blank plan' }).click();
  await page.getByRole('button', { name: 'Open BillingOS Milestones & Timeline' }).click();
  await page.keyboard.press('?');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
  await page.clock.runFor(61_000);
  expect([...origins].filter((o) => o.startsWith('http'))).toEqual([`http://127.0.0.1:${PORT}`]);
  // CSP violations fail the test through the fixture (reported as console errors).
});
