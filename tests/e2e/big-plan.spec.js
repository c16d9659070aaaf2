// Big plans: the first screenfuls render at once and the rest block by block in later tasks;
// find, the filters, printing and a link to a day never miss a row that was still waiting.
// The page clock is paused after the import, so the waiting rows stay waiting until something
// asks for them.
import { test, expect, openAt, item } from './fixtures.js';

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
  await page.getByRole('button', { name: 'Export JSON' }).click();
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

test('a big plan shows its first weeks at once and the rest right after', async ({ page }) => {
  const total = await openBigPlan(page);
  await page.clock.runFor(2_000);
  await expect(page.locator('main input[type=checkbox]')).toHaveCount(total);
});

test('find reaches rows that were still waiting', async ({ page }) => {
  await openBigPlan(page);
  await page.getByRole('searchbox', { name: 'Find items' }).fill('Task 39-4-9');
  await expect(item(page, 'Task 39-4-9')).toBeVisible();
});

test('printing renders every row first', async ({ page }) => {
  const total = await openBigPlan(page);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('main input[type=checkbox]')).toHaveCount(total);
});

test('a link to a day that was still waiting renders it and goes there', async ({ page }) => {
  await openBigPlan(page);
  await page.evaluate(() => { location.hash = '#day-big-39-4'; });
  // One frame for the scroll (the paused clock holds animation frames too).
  await page.clock.runFor(20);
  await expect(page.locator('#day-big-39-4')).toBeInViewport();
});
