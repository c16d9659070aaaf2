// The plan's body (the view of every block) is a wasm chunk fetched when the body nears the
// screen (src/ui/body.rs): a phone's first visit is live without it, and nothing a user does
// (scrolling, find, Enter in find, a link, Tab, Ctrl+P) misses a row because it was not there.
import { test, expect, openAt, item, chunkRefused } from './fixtures.js';

const BODY = /split_plan_body-[0-9a-f]+\.wasm$/;
const rows = (page) => page.locator('main li.check-row');

/**
 * Waits until the start is over: the first paint's picture gone (the app's page whole and
 * swapped in), and two frames after, by when the observer of the sections has given its first
 * answer (it answers at the next rendering) and any fetch that answer starts has been asked for.
 * (The tests' clock is installed, and its `performance` has no marks to wait for.)
 */
async function startSettled(page) {
  await expect(page.locator('[data-first-paint]')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveClass(/fp-starting/);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The URLs of the body's chunk the page fetches, as they are asked for. */
function watchBody(page) {
  const fetched = [];
  page.on('request', (r) => {
    if (BODY.test(r.url())) fetched.push(r.url());
  });
  return fetched;
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a first visit is live without the body, and scrolling brings it', async ({ page }) => {
    const fetched = watchBody(page);
    await openAt(page, '2026-02-12T10:30:00');
    await expect(page.getByTestId('progress')).toContainText('0 of 72 done');
    await startSettled(page);
    expect(fetched).toEqual([]);
    await expect(rows(page)).toHaveCount(0);
    // Each block stands in with its heading, so the page's outline is whole.
    await expect(page.locator('.block.deferred h3').filter({ hasText: 'Week 1' }).first()).toBeAttached();
    await page.mouse.wheel(0, 2000);
    await item(page, 'Sprint kickoff meeting').check();
    await expect(page.getByTestId('progress')).toContainText('1 of 72 done');
    await expect(page.locator('.block.deferred')).toHaveCount(0);
    expect(fetched).toHaveLength(1);
  });

  test('find and Enter reach rows before the body has come', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await expect(rows(page)).toHaveCount(0);
    const find = page.getByLabel('Find items');
    await find.fill('security audit begins');
    await expect(item(page, 'Security audit begins')).toBeAttached();
    await find.press('Enter');
    await expect(item(page, 'Security audit begins')).toBeFocused();
  });

  test('Enter in find before the body has come focuses the first match once it does', async ({ page }) => {
    await page.route(BODY, async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    await openAt(page, '2026-02-12T10:30:00');
    const find = page.getByLabel('Find items');
    await find.fill('production setup');
    await find.press('Enter');
    await expect(item(page, 'Production setup initiated')).toBeFocused();
  });

  test('a link to an entry, followed or opened, renders it and scrolls to it', async ({ page, context }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const link = page.locator('.agenda').getByRole('link', { name: 'Sprint kickoff meeting' });
    const href = await link.getAttribute('href');
    await link.click();
    await expect(item(page, 'Sprint kickoff meeting')).toBeInViewport();

    const other = await context.newPage();
    await openAt(other, '2026-02-12T10:30:00', `/${href}`);
    await expect(item(other, 'Sprint kickoff meeting')).toBeInViewport();
    await other.close();
  });

  test('Tab onto a stand-in before the body has come lands on its first row', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await expect(rows(page)).toHaveCount(0);
    const standIn = page.locator('.block.deferred').filter({ hasText: 'Week 1' }).first();
    await standIn.focus();
    // The first checkbox of that very block: the first in the page after the milestones above.
    const week1 = page.locator('.schedule-group').filter({ hasText: 'Week 1: Feb 10-14, 2026' });
    await expect(week1.locator('input[type=checkbox]').first()).toBeFocused();
  });

  test('Tab onto the stand-in of a block with nothing to tick keeps focus in that block', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await expect(rows(page)).toHaveCount(0);
    // The plan's first block is its completed milestones: no checkbox in it.
    const standIn = page.locator('.block.deferred').first();
    await expect(standIn).toHaveAttribute('aria-busy', 'true');
    const title = await standIn.locator('h3').textContent();
    await standIn.focus();
    // Focus is in the block that took the stand-in's place (its heading), not lost to the page.
    await expect.poll(() => page.evaluate(() => {
      const block = document.activeElement?.closest('.block');
      return block && !block.classList.contains('deferred') ? block.querySelector('h3')?.textContent : document.activeElement?.tagName;
    })).toBe(title);
  });

  test('Ctrl+P before the body has come prints it whole, once for two presses', async ({ page }) => {
    await page.addInitScript(() => {
      window.prints = [];
      window.print = () => window.prints.push(document.querySelectorAll('main li.check-row').length);
    });
    await page.route(BODY, async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    await openAt(page, '2026-02-12T10:30:00');
    await expect(rows(page)).toHaveCount(0);
    await page.keyboard.press('Control+P');
    await page.keyboard.press('Control+P');
    await expect.poll(() => page.evaluate(() => window.prints.length)).toBe(1);
    expect((await page.evaluate(() => window.prints))[0]).toBeGreaterThan(60);
  });

  test('an address naming no entry does not fetch the body', async ({ page }) => {
    const fetched = watchBody(page);
    await openAt(page, '2026-02-12T10:30:00', '/#not-an-entry');
    await expect(page.getByTestId('progress')).toContainText('0 of 72 done');
    // The address is looked at in a task after the page is built: settled, it has been.
    await startSettled(page);
    expect(fetched).toEqual([]);
  });
});

test.describe('a body that cannot be loaded', () => {
  test.use({ viewport: { width: 390, height: 844 }, ...chunkRefused('plan_body') });

  test('is reported, keeps its headings, and the next scroll tries again', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    // Refused until the test says otherwise (offline before the app was cached, say).
    let refuse = true;
    let asked = 0;
    await page.route(BODY, (route) => {
      asked += 1;
      return refuse ? route.fulfill({ status: 404, body: '' }) : route.continue();
    });
    await page.mouse.wheel(0, 2000);
    await expect(page.getByTestId('alert')).toContainText("The plan's sections could not be loaded");
    await expect(page.locator('.block.deferred h3').filter({ hasText: 'Week 1' }).first()).toBeVisible();
    // The stand-ins say it where they are, far below the alert.
    await expect(page.locator('.plan-body')).toHaveClass(/body-failed/);
    // The header still counts: the app goes on.
    await expect(page.getByTestId('progress')).toContainText('0 of 72 done');
    refuse = false;
    // A scroll tries again, two seconds after the failure at the earliest.
    await page.clock.runFor(2_100);
    await page.mouse.wheel(0, 200);
    await item(page, 'Sprint kickoff meeting').check();
    await expect(page.getByTestId('progress')).toContainText('1 of 72 done');
    // The failure is over, and no longer said.
    await expect(page.locator('.plan-body')).not.toHaveClass(/body-failed/);
    await expect(page.getByTestId('alert')).not.toContainText("The plan's sections could not be loaded");
    expect(asked).toBeGreaterThanOrEqual(2);
  });
});
