// The tracker against fixed dates around the BillingOS launch (February 19, 2026).
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openAt, openAtExactly, item, editMode, openMenu, chunkRefused, refuseChunkOnce } from './fixtures.js';

/** Presses Tab until `target` has focus (at most 20 times), as a keyboard user would. */
async function tabTo(page, target) {
  for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const week1 = (page) => page.locator('.schedule-group').filter({ hasText: 'Week 1: Feb 10-14, 2026' });

test.describe('countdown', () => {
  test('ten days out on February 9, exact to the minute', async ({ page }) => {
    await openAtExactly(page, '2026-02-09T09:00:00');
    const timer = page.getByRole('timer');
    await expect(timer).toContainText('10 days to launch');
    await expect(timer).toContainText('9 days, 15 hours, 0 minutes');
    await page.clock.runFor(61_000);
    await expect(timer).toContainText('9 days, 14 hours, 59 minutes');
    await expect(page.getByTestId('sprint-day')).toHaveCount(0);
  });

  test('on launch day and after', async ({ page }) => {
    await openAt(page, '2026-02-19T08:00:00');
    await expect(page.getByRole('timer')).toHaveText('Launch day');
    await page.clock.setSystemTime(new Date('2026-02-22T08:00:00'));
    await page.clock.runFor(2_000);
    await expect(page.getByRole('timer')).toHaveText('Launched 3 days ago');
  });
});

test.describe('states on February 12', () => {
  test('the items of February 10 and 11 are overdue, in words', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await expect(page.getByTestId('today')).toHaveText('Thursday, February 12, 2026');
    await expect(page.getByTestId('sprint-day')).toHaveText('Day 3 of 10');
    await expect(page.getByTestId('overdue-count')).toHaveText('6');
    await expect(page.getByTestId('due-today-count')).toHaveText('3');
    const kickoff = page.locator('.check-row').filter({ has: item(page, 'Sprint kickoff meeting') });
    await expect(kickoff).toContainText('Overdue');
    const audit = page.locator('.check-row').filter({ has: item(page, 'Security audit begins') });
    await expect(audit).toContainText('Due today');
    const overdue = page.getByTestId('agenda-overdue').getByRole('listitem');
    await expect(overdue).toHaveCount(6);
    await expect(overdue.first()).toContainText('Sprint kickoff meeting');
  });

  test('the plan can be viewed as of its own date', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await openMenu(page, 'View');
    await page.getByRole('button', { name: 'Plan date (February 9, 2026)' }).click();
    await expect(page.getByTestId('today')).toHaveText('Monday, February 9, 2026');
    await expect(page.getByTestId('overdue-count')).toHaveText('0');
    await expect(page.getByRole('timer')).toContainText('10 days to launch');
  });
});

test.describe('ticking and editing', () => {
  test('ticking an item updates every progress figure; undo and redo', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    // Every later decision point counts the item too, each through its own day's count.
    const lastGate = page.getByTestId('decision-readiness').last();
    const [, done, due] = (await lastGate.textContent()).match(/(\d+) of (\d+) items done/);
    await item(page, 'Sprint kickoff meeting').check();
    await expect(page.getByTestId('progress')).toContainText('1 of 72 done (1%)');
    await expect(lastGate).toContainText(`${Number(done) + 1} of ${due} items done`);
    await expect(page.getByTestId('overdue-count')).toHaveText('5');
    const day = page.locator('.day').filter({ hasText: 'Tuesday, Feb 10' });
    await expect(day.locator('.day-head')).toContainText('1 of 3 done');
    await expect(week1(page).locator('.block-head')).toContainText('1 of 16 done');
    await expect(page.getByTestId('decision-readiness').first()).toContainText('1 of 16 items done');

    await page.keyboard.press('Control+z');
    await expect(item(page, 'Sprint kickoff meeting')).not.toBeChecked();
    await expect(page.getByTestId('progress')).toContainText('0 of 72 done');
    await expect(page.getByTestId('decision-readiness').first()).toContainText('0 of 16 items done');
    await expect(lastGate).toContainText(`${done} of ${due} items done`);
    await page.keyboard.press('Control+Shift+Z');
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).not.toBeChecked();
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
  });

  test('rename, add, move and delete items, and change a date', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await page.getByRole('button', { name: 'Edit Sprint kickoff meeting' }).click();
    const editor = page.locator('.editor');
    await editor.getByLabel('Text').fill('Sprint kickoff (all hands)');
    await editor.getByLabel('Due').fill('2026-02-13');
    await editor.getByLabel('Add a note').fill('Room 4B');
    await editor.getByRole('button', { name: 'Save' }).click();
    const renamed = item(page, 'Sprint kickoff (all hands)');
    await expect(renamed).toBeVisible();
    const row = page.locator('.check-row').filter({ has: renamed });
    await expect(row).toContainText('Room 4B');
    await expect(row).toContainText('Upcoming');
    // The agenda follows: no longer overdue, due tomorrow under its new name.
    await expect(page.getByTestId('agenda-overdue')).not.toContainText('Sprint kickoff');
    await expect(page.getByTestId('agenda-week').getByRole('link', { name: 'Sprint kickoff (all hands)' })).toBeVisible();
    await expect(page.getByTestId('agenda-week')).toContainText('Feb 13');

    // Adding is for editing mode: the page opens in viewing mode, without add fields.
    await expect(page.getByRole('textbox', { name: 'New item on Tuesday, Feb 10' })).toBeHidden();
    await page.keyboard.press('e');
    await expect(page.getByTestId('app-main')).toHaveClass(/editing/);
    await page.getByRole('textbox', { name: 'New item on Tuesday, Feb 10' }).fill('Book the launch party');
    await page.getByRole('textbox', { name: 'New item on Tuesday, Feb 10' }).press('Enter');
    await expect(item(page, 'Book the launch party')).toBeVisible();
    await expect(page.getByTestId('progress')).toContainText('of 73 done');

    await page.getByRole('button', { name: 'Edit Book the launch party' }).click();
    await page.getByRole('button', { name: 'Move up' }).click();
    const day = page.locator('.day').filter({ hasText: 'Tuesday, Feb 10' }).getByRole('checkbox');
    await expect(day.nth(2)).toHaveAccessibleName('Book the launch party');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(item(page, 'Book the launch party')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(item(page, 'Book the launch party')).toBeVisible();
  });

  test('add a group with a day, rename it, move it and delete it', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await editMode(page);
    const section = page.locator('.plan-section').filter({ hasText: 'Post-Launch Milestones' });
    await section.getByLabel('New group name').fill('Week 5');
    await section.getByLabel('New group first day').fill('2026-03-06');
    await section.getByLabel('New group last day').fill('2026-03-12');
    await section.getByRole('button', { name: 'Add group' }).click();
    const week5 = page.locator('.schedule-group').filter({ hasText: 'Week 5: Mar 6-12, 2026' });
    await expect(week5).toBeVisible();
    await week5.getByLabel('New day in Week 5: Mar 6-12, 2026').fill('2026-03-09');
    await week5.getByRole('button', { name: 'Add day' }).click();
    await expect(week5.getByRole('heading', { name: 'Monday, Mar 9' })).toBeVisible();
    await week5.getByRole('textbox', { name: 'New item on Monday, Mar 9' }).fill('Retro');
    await week5.getByRole('textbox', { name: 'New item on Monday, Mar 9' }).press('Enter');
    await expect(item(page, 'Retro')).toBeVisible();
    await week5.getByRole('button', { name: 'Rename' }).click();
    await week5.getByLabel('Name').fill('Week 5 (stretch)');
    await week5.getByRole('button', { name: 'Save' }).click();
    const renamed = page.locator('.schedule-group').filter({ hasText: 'Week 5 (stretch)' });
    await renamed.getByRole('button', { name: /^Move .* up$/ }).click();
    await expect(section.locator('.schedule-group').nth(4)).toContainText('Week 5 (stretch)');
    await renamed.getByRole('button', { name: /^Delete / }).click();
    await expect(item(page, 'Retro')).toHaveCount(0);
  });

  test('the Export menu follows the ARIA menu-button pattern, by keyboard alone', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const button = page.getByRole('button', { name: 'Export' });
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('menu', { name: 'Export' })).toBeHidden();
    await button.focus();
    // ↓ opens it on the first item; ↓, End, Home and ↑ (wrapping) move between the items.
    await page.keyboard.press('ArrowDown');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = page.getByRole('menu', { name: 'Export' }).getByRole('menuitem');
    await expect(items).toHaveText(['Export JSON', 'Export Markdown', 'Export calendar (.ics)', 'Copy as Markdown']);
    await expect(items.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(items.nth(3)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(items.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(items.nth(3)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(items.nth(0)).toBeFocused();
    // Escape closes it and puts focus back on its button.
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    // ↑ opens it on the last item; Enter runs the focused one and closes the menu.
    await page.keyboard.press('ArrowUp');
    await expect(items.nth(3)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(items.nth(1)).toBeFocused();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.md$/);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
  });

  test('a checklist works by keyboard alone', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Find items' })).toBeFocused();
    await page.keyboard.type('production');
    // Enter jumps to the first entry found; Tab walks on through the row's controls to the next one.
    await page.keyboard.press('Enter');
    const first = item(page, 'Production setup initiated');
    await expect(first).toBeFocused();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(first).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Edit Production setup initiated' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.editor').getByLabel('Text')).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: 'Close' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.editor')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit Production setup initiated' })).toBeFocused();
    await expect(page.getByTestId('progress')).toContainText('1 of 72 done');
  });

  test('find and filters', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await page.getByRole('searchbox', { name: 'Find items' }).fill('security audit');
    await expect(page.locator('.plan-section .check-row:visible')).toHaveCount(2);
    await page.getByRole('searchbox', { name: 'Find items' }).fill('');
    await page.getByLabel('Overdue only').check();
    await expect(page.locator('.plan-section .check-row:visible')).toHaveCount(6);
    // Regression: a row's state class used to wipe its hidden class when the day changed.
    await page.getByRole('searchbox', { name: 'Find items' }).fill('customer');
    await openMenu(page, 'View');
    await page.getByLabel('View the plan as of').fill('2026-02-13');
    const shown = page.locator('.plan-section .check-row:visible');
    await expect(shown).toHaveCount(1);
    await expect(shown).toContainText('Customer UI development in progress');
  });
});

test.describe('the editing views, loaded on first use', () => {
  // The editing chunk is refused once (see chunkRefused in fixtures.js).
  test.use(chunkRefused('editing'));

  test('editing that cannot be loaded is reported, ticking still works, and the next try loads it', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const refused = await refuseChunkOnce(page, 'editing');
    await editMode(page);
    await expect(page.getByTestId('alert')).toContainText('The editor could not be loaded');
    // Editing mode goes off again: none of its controls would work.
    await expect(page.locator('.edit-toggle')).toHaveAttribute('aria-pressed', 'false');
    await item(page, 'Sprint kickoff meeting').check();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await page.getByRole('button', { name: 'Edit Sprint kickoff meeting' }).click();
    await expect(page.locator('.editor').getByLabel('Text')).toHaveValue('Sprint kickoff meeting');
    expect(refused.count).toBe(2);
  });
});

test.describe("the View menu's options, loaded when first opened", () => {
  test.use(chunkRefused('view_options'));

  test('options that cannot be loaded are reported, the keys still work, and the next opening loads them', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const refused = await refuseChunkOnce(page, 'view_options');
    await openMenu(page, 'View');
    await expect(page.getByTestId('alert')).toContainText("The View menu's options could not be loaded");
    await expect(page.getByRole('button', { name: 'Edit plan' })).toHaveCount(0);
    // What the menu's buttons do is also on keys, which need no chunk.
    await page.keyboard.press('Escape');
    await page.keyboard.press('e');
    await expect(page.getByTestId('app-main')).toHaveClass(/editing/);
    await page.keyboard.press('e');
    await openMenu(page, 'View');
    await page.getByRole('button', { name: 'Plan date (February 9, 2026)' }).click();
    await expect(page.getByTestId('today')).toHaveText('Monday, February 9, 2026');
    await openMenu(page, 'View');
    await expect(page.getByRole('button', { name: 'Edit plan' })).toHaveAttribute('aria-pressed', 'false');
    expect(refused.count).toBe(2);
  });
});

test.describe("the View menu's options while they load", () => {
  test.use({ serviceWorkers: 'block' });

  test('while the options load, the menu says so', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(/split_view_options-[0-9a-f]+\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await openMenu(page, 'View');
    const panel = page.locator('details.menu[open] .menu-panel');
    const said = () => panel.evaluate((p) => getComputedStyle(p, '::before').content);
    await expect.poll(said).toBe('"Loading…"');
    release();
    await expect(page.getByRole('button', { name: 'Edit plan' })).toBeVisible();
    await expect.poll(said).toBe('none');
  });
});

test.describe('decisions, metrics, reschedule', () => {
  test('recording a decision', async ({ page }) => {
    await openAt(page, '2026-02-14T16:00:00');
    const gate = page.locator('.decision').filter({ hasText: 'Go/No-Go for Feb 19 launch' });
    await expect(gate.getByTestId('decision-readiness')).toContainText('0 of 16 items done (0%): below the 80% criterion');
    await gate.getByLabel('Outcome').selectOption({ label: 'Fallback taken' });
    await gate.getByLabel('Note').fill('Delay one week');
    await gate.getByRole('button', { name: 'Record decision' }).click();
    await expect(gate.getByTestId('decision-outcome')).toHaveText('Fallback taken on February 14, 2026: Delay one week');
    await expect(page.getByTestId('next-decision')).toContainText('Production deployment decision');
  });

  test("entering a metric's actual", async ({ page }) => {
    await openAt(page, '2026-02-19T12:00:00');
    const actual = page.getByRole('textbox', { name: 'Actual for <2 sec page loads' });
    await actual.fill('1.4 sec');
    await actual.press('Enter');
    const metric = page.locator('.check-row').filter({ has: item(page, '<2 sec page loads') });
    await expect(metric.getByTestId('metric-verdict')).toHaveText('Met');
    await actual.fill('2500 ms');
    await actual.press('Enter');
    await expect(metric.getByTestId('metric-verdict')).toHaveText('Missed');
  });

  test('rescheduling the plan to a new launch date', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await openMenu(page, 'View');
    await page.getByLabel('New launch date').fill('2026-06-04');
    await page.getByRole('button', { name: 'Reschedule' }).click();
    await expect(page.getByRole('heading', { name: 'Week 1: May 26-30, 2026 (This Week)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Tuesday, May 26' })).toBeVisible();
    await expect(page.getByRole('timer')).toContainText('112 days to launch');
    // The decision points' new days are counted, and follow a tick.
    const readiness = page.getByTestId('decision-readiness').first();
    await expect(readiness).toContainText('0 of 16 items done');
    await item(page, 'Sprint kickoff meeting').check();
    await expect(readiness).toContainText('1 of 16 items done');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(readiness).toContainText('0 of 16 items done');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('heading', { name: 'Week 1: Feb 10-14, 2026 (This Week)' })).toBeVisible();
  });

  test('the agenda on February 14', async ({ page }) => {
    await openAt(page, '2026-02-14T09:00:00');
    const today = page.getByTestId('agenda-today');
    await expect(today.getByRole('listitem')).toHaveCount(5);
    await expect(today).toContainText('Go/No-Go for Feb 19 launch');
    await expect(page.getByTestId('agenda-overdue').getByRole('listitem')).toHaveCount(12);
    await expect(page.getByTestId('agenda-week')).toContainText('Missing UI components');
  });

  test('a long overdue list shows its oldest twelve and leads to the rest', async ({ page }) => {
    await openAt(page, '2026-02-26T09:00:00');
    const overdue = page.getByTestId('agenda-overdue');
    const total = Number(await overdue.locator('.count').textContent());
    expect(total).toBeGreaterThan(12);
    await expect(overdue.getByRole('listitem')).toHaveCount(12);
    await expect(overdue.getByRole('listitem').first()).toContainText('Sprint kickoff meeting');
    await expect(overdue).toContainText(`and ${total - 12} more`);
    await overdue.getByRole('button', { name: 'Show only overdue items' }).click();
    await expect(page.getByLabel('Overdue only')).toBeChecked();
    // Every overdue checklist row is shown, and nothing else (decision points, also in the agenda, have no row).
    // (The rows come with the plan's body, which the filter fetches when it is not there yet.)
    const shown = page.locator('main .check-row:not(.filtered-out)');
    await expect.poll(() => shown.count()).toBeGreaterThan(12);
    await expect(page.locator('main .check-row:not(.filtered-out):not(.status-overdue)')).toHaveCount(0);
  });
});

test.describe('timeline and clock', () => {
  test('choosing a point on the timeline takes you to it', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const timeline = page.getByRole('navigation', { name: 'Timeline' });
    await expect(timeline.getByTestId('timeline-today')).toBeVisible();
    await timeline.getByRole('link', { name: 'Decision: Production deployment decision' }).click();
    await expect(page).toHaveURL(/#decision-/);
    await expect(page.locator('.decision').filter({ hasText: 'Production deployment decision' })).toBeInViewport();
  });

  test('the timeline has a date axis, week progress, and zooms from the whole plan to a month or a quarter', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const timeline = page.getByRole('navigation', { name: 'Timeline' });
    const axis = timeline.locator('.timeline-axis');
    await expect(axis).toContainText('Feb 2026');
    await expect(axis).toContainText('Feb 16');
    // A week's bar says how much of it is done, and a tick moves it (its fill and its name) at once.
    const week1 = timeline.getByRole('link', { name: /^Week 1.*: \d+% done$/ });
    await expect(week1).toHaveAccessibleName(/: 0% done$/);
    // Its fill is on its bar, in the layer of bars under the marks (the nth bar is the nth week's).
    const weekAt = await timeline.locator('a.mark-week').evaluateAll((weeks) => weeks.findIndex((w) => /^Week 1\b/.test(w.getAttribute('aria-label'))));
    const week1Fill = timeline.locator('.week-bar').nth(weekAt).locator('.mark-fill');
    await expect(week1Fill).toHaveCSS('width', '0px');
    await item(page, 'Sprint kickoff meeting').check();
    await expect(week1).toHaveCount(1);
    await expect(week1).not.toHaveAccessibleName(/: 0% done$/);
    expect(parseFloat(await week1Fill.evaluate((e) => getComputedStyle(e).width))).toBeGreaterThan(0);
    await item(page, 'Sprint kickoff meeting').uncheck();
    await expect(week1).toHaveAccessibleName(/: 0% done$/);
    const days = timeline.locator('a.mark-day');
    const everyDay = await days.count();
    expect(everyDay).toBeGreaterThan(5);
    const track = timeline.locator('.timeline-track');
    const fit = (await track.boundingBox()).width;
    await openMenu(page, 'View');
    await page.getByLabel('Timeline zoom').selectOption('month');
    expect((await track.boundingBox()).width).toBeGreaterThan(fit);
    await expect(days).toHaveCount(everyDay);
    // A quarter: narrower, weeks and gates without a mark for each day.
    await page.getByLabel('Timeline zoom').selectOption('quarter');
    await expect(days).toHaveCount(0);
    await expect(timeline.getByRole('link', { name: 'Decision: Production deployment decision' })).toBeVisible();
  });

  test('the countdown is right as soon as a sleeping tab is shown again', async ({ page }) => {
    await openAt(page, '2026-02-09T09:00:00');
    await page.clock.pauseAt(new Date('2026-02-09T09:01:00'));
    // The tab slept for three hours: no timer ran, the clock moved on.
    await page.clock.setSystemTime(new Date('2026-02-09T12:00:00'));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await expect(page.getByRole('timer')).toContainText('9 days, 12 hours, 0 minutes');
  });
});

test.describe('a time-zone change during the countdown', () => {
  test('flying from Berlin to Los Angeles: today and the countdown follow the new zone', async ({ page }) => {
    // The zone is set through the DevTools protocol, the one way to change it under a running page.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/Berlin' });
    // 04:00 on Thursday, February 12 in Berlin.
    await openAtExactly(page, '2026-02-12T03:00:00Z');
    const timer = page.getByRole('timer');
    await expect(page.getByTestId('today')).toHaveText('Thursday, February 12, 2026');
    await expect(timer).toContainText('6 days, 20 hours, 0 minutes');
    await expect(page.getByTestId('overdue-count')).toHaveText('6');
    // The laptop takes the new zone: it is 19:00 on Wednesday, February 11 there.
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'America/Los_Angeles' });
    await page.clock.runFor(2_000);
    await expect(page.getByTestId('today')).toHaveText('Wednesday, February 11, 2026');
    // Two seconds past 19:00: 7 days, 4 hours and 59 whole minutes to midnight before launch day.
    await expect(timer).toContainText('7 days, 4 hours, 59 minutes');
    await expect(page.getByTestId('sprint-day')).toHaveText('Day 2 of 10');
    await expect(page.getByTestId('overdue-count')).toHaveText('3');
  });

  // Regression: the countdown counted wall-clock hours, off by the shift on a day the clocks change.
  test('on the weekend the clocks go forward, the countdown counts real hours', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'America/New_York' });
    // Noon on Saturday, March 7 in New York; the clocks go forward on Sunday at 2:00.
    await openAtExactly(page, '2026-03-07T17:00:00Z');
    await openMenu(page, 'View');
    await page.getByLabel('New launch date').fill('2026-03-09');
    await page.getByRole('button', { name: 'Reschedule' }).click();
    await expect(page.getByRole('timer')).toContainText('2 days to launch');
    await expect(page.getByRole('timer')).toContainText('1 day, 11 hours, 0 minutes');
  });
});

test.describe('at a glance', () => {
  /** Buttons and fields (not the plan's checkboxes or links) visible on the first screen (a
   *  visually hidden file input behind the Import button is not). */
  const firstScreenControls = (page, height) => page.evaluate((h) => [...document.querySelectorAll('button, input, select, textarea, summary')]
    .filter((el) => !el.closest('main, .visually-hidden') && el.checkVisibility())
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 2 && r.height > 2 && r.top < h && r.bottom > 0; })
    .map((el) => el.getAttribute('aria-label') || el.textContent.trim() || el.type), height);

  test('on a laptop: on track or not, and what needs doing, with at most ten controls in view', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openAt(page, '2026-02-12T10:30:00');
    await expect(page.getByTestId('next-decision')).toContainText('Go/No-Go for Feb 19 launch');
    // Nine items were due by today and none is ticked: the gate of the 14th is at risk.
    await expect(page.getByTestId('outlook')).toHaveText('at risk');
    await expect(page.getByTestId('first-now')).toContainText('Overdue Sprint kickoff meeting and 8 more');
    const controls = await firstScreenControls(page, 800);
    expect(controls.length, controls.join(' | ')).toBeLessThanOrEqual(10);
    // The timeline names its weeks and its decision points in text, with a legend.
    const timeline = page.getByRole('navigation', { name: 'Timeline' });
    for (const name of ['Week 1', 'Week 2', 'Go/No-Go for Feb 19 launch', 'Production deployment decision', 'Beta customer onboarding decision', 'Decision point', 'Risk deadline']) {
      await expect(timeline).toContainText(name);
    }
    // Its marks are in calendar order, and the arrow keys walk through them.
    const marks = timeline.locator('a.mark');
    await marks.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(marks.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(marks.last()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(marks.nth((await marks.count()) - 2)).toBeFocused();
  });

  test('on a phone: the countdown and the first overdue item are on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openAt(page, '2026-02-12T10:30:00');
    for (const part of [page.getByRole('timer'), page.getByTestId('first-now').getByRole('link')]) {
      const box = await part.boundingBox();
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    }
    await page.getByTestId('first-now').getByRole('link').click();
    await expect(item(page, 'Sprint kickoff meeting')).toBeInViewport();
  });
});

test.describe('look and accessibility', () => {
  test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openAt(page, '2026-02-12T10:30:00');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // On a phone the plan's body comes as it is scrolled near (body.rs); it fits too.
    await page.mouse.wheel(0, 2500);
    await expect(page.locator('main li.check-row').first()).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await item(page, 'Sprint kickoff meeting').check();
    await expect(page.getByTestId('progress')).toContainText('1 of 72 done');
  });

  test('prints a clean checklist and the timeline across the page: no controls, every item', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await page.getByLabel('Overdue only').check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('toolbar')).toBeHidden();
    // The timeline prints across the page, named weeks and gates with it.
    const timeline = page.getByRole('navigation', { name: 'Timeline' });
    await expect(timeline).toBeVisible();
    await expect(timeline).toContainText('Go/No-Go for Feb 19 launch');
    const width = await timeline.evaluate((t) => [t.scrollWidth, t.clientWidth]);
    expect(width[0]).toBeLessThanOrEqual(width[1] + 1);
    await expect(item(page, 'Team celebration! 🎉')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit Sprint kickoff meeting' })).toBeHidden();
  });

  test('dark mode follows the system and the toggle', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openAt(page, '2026-02-12T10:30:00');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe('rgb(13, 17, 23)');
    await openMenu(page, 'View');
    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await bg()).toBe('rgb(255, 255, 255)');
    await openMenu(page, 'View');
    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bg()).toBe('rgb(13, 17, 23)');
  });

  test('the shortcuts panel opens with ?', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('no serious or critical axe-core violations, light and dark, viewing and editing', async ({ page }) => {
    // Four full scans of the whole page take about 35 s on these machines.
    test.slow();
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      await openAt(page, '2026-02-12T10:30:00');
      for (const mode of ['viewing', 'editing']) {
        if (mode === 'editing') await editMode(page);
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
        expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`), `${colorScheme}, ${mode}`).toEqual([]);
      }
    }
  });

  test('plan text is shown as text, never as markup', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await editMode(page);
    await page.getByRole('textbox', { name: 'New item on Tuesday, Feb 10' }).fill('<img src=x onerror="window.pwned=1">');
    await page.getByRole('textbox', { name: 'New item on Tuesday, Feb 10' }).press('Enter');
    await expect(item(page, '<img src=x onerror="window.pwned=1">')).toBeVisible();
    expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  });
});

test.describe('the shortcuts panel, loaded when first opened', () => {
  test.use(chunkRefused('help'));

  test('a panel that cannot be loaded is reported, stays closed, and the next ? loads it', async ({ page }) => {
    // Refused from the start: nothing may fetch the panel before the route is in place.
    const seen = await refuseChunkOnce(page, 'help');
    await openAt(page, '2026-02-12T10:30:00');
    expect(seen.count).toBe(0);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await page.keyboard.press('?');
    await expect(page.getByTestId('alert')).toContainText('The list of shortcuts could not be loaded');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    expect(seen.count).toBe(2);
    // The View menu's Shortcuts button opens the same panel.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await openMenu(page, 'View');
    await page.getByRole('button', { name: 'Shortcuts' }).click();
    await expect(dialog).toBeVisible();
  });
});
