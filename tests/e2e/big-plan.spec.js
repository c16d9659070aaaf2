// Big plans: the first screenful renders at once and every other block as it nears the screen;
// find, the filters, printing and a link to a day never miss a row that was still waiting.
// The page clock is paused after the import, so nothing but the scroll position (or the user
// asking) can make a waiting block render.
import { test, expect, openAt, item, openMenu } from './fixtures.js';

const WEEKS = 40;
const DAYS = 5;
const PER_DAY = 10;

/** The exported BillingOS file with WEEKS more weeks of DAYS × PER_DAY items. */
function withManyWeeks(file) {
  const envelope = JSON.parse(file);
  const section = envelope.plan.sections.find((s) => s.blocks.some((b) => b.schedule));
  const iso = (d) => d.toISOString().slice(0, 10);
  for (let w = 0; w < WEEKS; w++) {
    const monday = new Date(Date.UTC(2026, 2, 2 + 7 * w));
    const days = [];
    for (let d = 0; d < DAYS; d++) {
      const date = iso(new Date(monday.getTime() + d * 86400000));
      const items = [];
      for (let i = 0; i < PER_DAY; i++) {
        items.push({ id: `item-big-${w}-${d}-${i}`, text: `Task ${w}-${d}-${i}`, done: false, due: date });
      }
      days.push({ id: `day-big-${w}-${d}`, date, items });
    }
    const friday = iso(new Date(monday.getTime() + 4 * 86400000));
    section.blocks.push({ schedule: { id: `group-big-${w}`, label: `Week ${w + 10}`, period: { kind: 'range', start: iso(monday), end: friday }, days } });
  }
  return Buffer.from(JSON.stringify(envelope));
}

async function openBigPlan(page) {
  await openAt(page, '2026-02-12T10:30:00');
  const download = page.waitForEvent('download');
  await openMenu(page, 'Export');
  await page.getByRole('menuitem', { name: 'Export JSON' }).click();
  const file = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString();
  const before = await page.locator('main input[type=checkbox]').count();
  await page.clock.pauseAt(new Date('2026-02-12T10:31:00'));
  await page.getByLabel('Import a plan file').setInputFiles({ name: 'big.launchplan.json', mimeType: 'application/json', buffer: withManyWeeks(file) });
  await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
  await expect(item(page, 'Task 0-0-0')).toBeVisible();
  const total = before + WEEKS * DAYS * PER_DAY;
  const shown = await page.locator('main input[type=checkbox]').count();
  // Some of the plan is still waiting: the test would prove nothing otherwise.
  expect(shown).toBeLessThan(total);
  return total;
}

const rows = (page) => page.locator('main input[type=checkbox]');

test('a big plan renders the blocks near the screen, and scrolling reveals every row', async ({ page }) => {
  // Some 120 screens, each rendered and measured: 27-38 s on a 2-core machine (before and after
  // the workspace split), over the default 30 s.
  test.slow();
  const total = await openBigPlan(page);
  await page.clock.runFor(2_000);
  expect(await rows(page).count()).toBeLessThan(total);
  await expect(item(page, 'Task 39-0-0')).toHaveCount(0);
  // A waiting week already has its heading, for a screen reader's list of headings.
  await expect(page.getByRole('heading', { name: /^Week 49\b/ })).toHaveCount(1);
  // Straight to the last week: it renders there, the weeks skipped over stay waiting.
  await page.locator('[data-deferred]').last().scrollIntoViewIfNeeded();
  await expect(item(page, 'Task 39-0-0')).toBeAttached();
  await expect(item(page, 'Task 39-4-9')).toBeAttached();
  // Nothing on screen is a stand-in.
  const onScreen = () => page.evaluate(() => [...document.querySelectorAll('[data-deferred]')]
    .filter((p) => { const r = p.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }).length);
  await expect.poll(onScreen).toBe(0);
  expect(await rows(page).count()).toBeLessThan(total);
  await expect(item(page, 'Task 20-0-0')).toHaveCount(0);
  // Scrolling through, a screen at a time, leaves no row behind.
  await page.evaluate(() => scrollTo(0, 0));
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((y) => scrollTo(0, y), y);
    // Checked every frame or so, not at the default 100-1000 ms steps: 120 screens add up.
    await expect.poll(onScreen, { intervals: [20, 50, 100] }).toBe(0);
  }
  await expect(rows(page)).toHaveCount(total);
});

test('tabbing through a big plan reaches the rows that were waiting, in order', async ({ page }) => {
  await openBigPlan(page);
  await page.clock.runFor(2_000);
  // The last row before the first block still waiting.
  const last = await page.evaluate(() => {
    const waiting = document.querySelector('[data-deferred]');
    const before = [...document.querySelectorAll('main input[type=checkbox]')]
      .filter((box) => box.compareDocumentPosition(waiting) & Node.DOCUMENT_POSITION_FOLLOWING);
    before.at(-1).focus();
    return before.at(-1).labels[0].textContent.trim();
  });
  const [, w, d, i] = last.match(/^Task (\d+)-(\d+)-(\d+)$/).map(Number);
  expect([d, i]).toEqual([4, 9]);
  const next = [`Task ${w + 1}-0-0`, `Task ${w + 1}-0-1`];
  const focused = [];
  for (let k = 0; k < 80 && !focused.includes(next[1]); k++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.matches('input[type=checkbox]') ? document.activeElement.labels[0].textContent.trim() : null);
    if (name) focused.push(name);
  }
  expect(focused.slice(0, 2)).toEqual(next);
  await expect(page.locator(':focus')).toBeInViewport();
});

test('find reaches rows that were still waiting, without rendering the whole plan', async ({ page }) => {
  const total = await openBigPlan(page);
  const find = page.getByRole('searchbox', { name: 'Find items' });
  // Typed a key at a time: each keystroke renders at most the first blocks that match it.
  await find.pressSequentially('Task 39-4-9');
  await expect(item(page, 'Task 39-4-9')).toBeVisible();
  const afterFind = await rows(page).count();
  expect(afterFind).toBeLessThan(total);
  // The same search again renders nothing more: what matched first is there already.
  await find.fill('');
  await find.pressSequentially('Task 39-4-9');
  await expect(item(page, 'Task 39-4-9')).toBeVisible();
  expect(await rows(page).count()).toBe(afterFind);
  // Enter goes to the match.
  await page.getByRole('searchbox', { name: 'Find items' }).press('Enter');
  await expect(item(page, 'Task 39-4-9')).toBeFocused();
  await expect(item(page, 'Task 39-4-9')).toBeInViewport();
  // Cleared: the waiting blocks take their full height again, the match stays where it was.
  await page.getByRole('searchbox', { name: 'Find items' }).fill('');
  await expect(item(page, 'Task 39-4-8')).toHaveCount(1);
  expect(await rows(page).count()).toBeLessThan(total);
});

test('the filters reach rows that were still waiting', async ({ page }) => {
  const total = await openBigPlan(page);
  const find = page.getByRole('searchbox', { name: 'Find items' });
  // Tick every row of one day of week 30 but one, then "Open only": that one row shows.
  await expect(item(page, 'Task 30-2-0')).toHaveCount(0);
  await find.fill('Task 30-2-');
  for (let i = 0; i < PER_DAY; i++) {
    if (i !== 5) await item(page, `Task 30-2-${i}`).check();
  }
  await find.fill('');
  await page.getByRole('checkbox', { name: 'Open only' }).check();
  await find.fill('Task 30-2-');
  await expect(page.locator('main .check-row:not(.filtered-out)')).toHaveCount(1);
  await expect(item(page, 'Task 30-2-5')).toBeVisible();
  expect(await rows(page).count()).toBeLessThan(total);
});

test('printing renders every row first', async ({ page }) => {
  const total = await openBigPlan(page);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('main input[type=checkbox]')).toHaveCount(total);
});

test('a link to a day that was still waiting renders its week and goes there', async ({ page }) => {
  const total = await openBigPlan(page);
  await page.evaluate(() => { location.hash = '#day-big-39-4'; });
  // One frame for the scroll (the paused clock holds animation frames too).
  await page.clock.runFor(20);
  await expect(page.locator('#day-big-39-4')).toBeInViewport();
  expect(await rows(page).count()).toBeLessThan(total);
  // A link to one entry (as the agenda makes) does the same.
  await page.evaluate(() => { location.hash = '#item-big-25-2-3'; });
  await page.clock.runFor(20);
  await expect(item(page, 'Task 25-2-3')).toBeInViewport();
  expect(await rows(page).count()).toBeLessThan(total);
});

test('opened at the address of a day that was waiting, the page goes there', async ({ page }) => {
  await openBigPlan(page);
  const url = new URL(page.url());
  url.hash = '#day-big-33-1';
  await page.goto(url.toString());
  await page.clock.runFor(50);
  await expect(page.locator('#day-big-33-1')).toBeInViewport();
});

test('the agenda of a plan with hundreds overdue lists the oldest twelve and counts them all', async ({ page }) => {
  await openBigPlan(page);
  await openMenu(page, 'View');
  // On April 1 the 200 items of the big weeks' March and the 20 of March 30-31 are overdue,
  // and whatever BillingOS still had open (6 already on February 12).
  await page.getByLabel('View the plan as of').fill('2026-04-01');
  const overdue = page.getByTestId('agenda-overdue');
  const count = async () => Number(await overdue.locator('.count').textContent());
  const header = async () => Number(await page.getByTestId('overdue-count').textContent());
  await expect.poll(header).toBeGreaterThan(220);
  const all = await header();
  expect(await count()).toBe(all);
  await expect(overdue.getByRole('listitem')).toHaveCount(12);
  await expect(overdue).toContainText(`and ${all - 12} more`);
  // The oldest first: BillingOS's February items come before the first big week's.
  await expect(overdue.getByRole('listitem').first()).toContainText('Feb');
  await expect(overdue.getByRole('listitem').last()).not.toContainText('Apr');
  // A tick counts one fewer everywhere.
  await item(page, 'Task 0-0-0').check();
  await expect(page.getByTestId('overdue-count')).toHaveText(String(all - 1));
  await expect(overdue.locator('.count')).toHaveText(String(all - 1));
  await expect(overdue).toContainText(`and ${all - 13} more`);
});
