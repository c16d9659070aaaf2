// Saving: nothing a user ticks is lost, whatever storage does. Faults are injected before the
// app starts (addInitScript); each case expects a clear message, stored data intact, a usable app.
import { test, expect, openAt, item, editMode, openMenu, chunkRefused, refuseChunkOnce } from './fixtures.js';

const saved = (page) => expect(page.getByTestId('save-status')).toHaveText('Saved in this browser');

test.describe('saving', () => {
  test('a reload keeps every change', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await expect(page.getByTestId('save-status')).toHaveText('No changes yet');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    await saved(page);
    await editMode(page);
    await page.getByRole('textbox', { name: 'New item on Tuesday, Feb 10' }).fill('Order cake');
    await page.getByRole('textbox', { name: 'New item on Tuesday, Feb 10' }).press('Enter');
    await page.clock.runFor(400);
    await saved(page);
    await page.reload();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await expect(item(page, 'Order cake')).toBeVisible();
    await expect(page.getByTestId('progress')).toContainText('1 of 73 done');
    await saved(page);
  });

  test('the page asks for persistent storage and says whether it was granted', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await expect(page.getByTestId('persistence')).toHaveText(/^Storage: (kept by the browser|the browser may clear it)/);
  });

  test('a change is saved when the tab is hidden, without waiting', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    });
    await saved(page);
  });

  for (const [name, code] of [['QuotaExceededError', 22], ['NS_ERROR_DOM_QUOTA_REACHED', 1014]]) {
    test(`a full storage (${name}) says so, keeps the app usable and Export at hand`, async ({ page }) => {
      await page.addInitScript(([name, code]) => {
        Storage.prototype.setItem = function () {
          const e = new DOMException('The quota has been exceeded.', name);
          Object.defineProperty(e, 'code', { value: code });
          throw e;
        };
      }, [name, code]);
      await openAt(page, '2026-02-12T10:30:00');
      await item(page, 'Sprint kickoff meeting').check();
      await page.clock.runFor(400);
      await expect(page.getByTestId('save-status')).toContainText('Not saved. The browser\'s storage for this page is full');
      await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
      await expect(page.getByRole('button', { name: 'Export JSON' })).toBeVisible();
    });
  }

  test('a write that throws something else is a failed save too', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new TypeError('disk on fire');
      };
    });
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toContainText('The browser refused to save (TypeError: disk on fire)');
  });

  test('blocked site data: the app starts, says it cannot save, and works', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openAt(page, '2026-02-12T10:30:00');
    await expect(page.getByTestId('save-status')).toContainText('Not saved. This browser does not let the page store data');
    await item(page, 'Sprint kickoff meeting').check();
    await expect(page.getByTestId('progress')).toContainText('1 of 72 done');
  });

  test('a read that throws: the app starts with the default plan and says why', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.getItem = function () {
        throw new DOMException('corrupted profile', 'UnknownError');
      };
    });
    await openAt(page, '2026-02-12T10:30:00');
    await expect(page.getByTestId('save-status')).toContainText('UnknownError');
    await expect(item(page, 'Sprint kickoff meeting')).toBeVisible();
  });

  test('a write that silently does nothing is caught by reading it back', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {};
    });
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toContainText('The save did not stick');
  });

  test('an unreadable stored plan is kept untouched, reported and offered for download', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    await saved(page);
    // Corrupt what is stored: the first half of it, as a crash mid-write would leave it.
    const key = await page.evaluate(() => {
      const k = Object.keys(localStorage).find((k) => k.startsWith('launchplan:plan:') && !k.endsWith(':last-good'));
      localStorage.setItem(k, localStorage.getItem(k).slice(0, 500));
      return k;
    });
    const corrupt = await page.evaluate((k) => localStorage.getItem(k), key);
    await page.reload();
    const alert = page.getByTestId('unreadable-alert');
    await expect(alert).toContainText('could not be read');
    await item(page, 'All P0 tasks started').check();
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toContainText('nothing is written over it');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(corrupt);
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download the unreadable copy' }).click();
    expect((await download).suggestedFilename()).toBe('launchplan-unreadable-copy.json');
    await alert.getByRole('button', { name: 'Replace it with what is shown' }).click();
    await saved(page);
    await page.reload();
    await expect(item(page, 'All P0 tasks started')).toBeChecked();
  });

  test('Export JSON downloads the canonical file', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const download = page.waitForEvent('download');
    await openMenu(page, 'Export');
    await page.getByRole('menuitem', { name: 'Export JSON' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('billingos-milestones-timeline.launchplan.json');
    const text = await (await file.createReadStream()).toArray();
    const json = JSON.parse(Buffer.concat(text).toString('utf8'));
    expect(json.format).toBe('launchplan');
    expect(json.schema_version).toBe(2);
  });
});

test.describe('several tabs', () => {
  test('a plan deleted in one tab while another shows it: the other asks, saves nothing until told, and the first tab sees it come back', async ({ context }) => {
    const a = await context.newPage();
    await openAt(a, '2026-02-12T10:30:00');
    await item(a, 'Sprint kickoff meeting').check();
    await a.clock.runFor(400);
    await saved(a);
    const b = await context.newPage();
    await openAt(b, '2026-02-12T10:31:00');
    await expect(item(b, 'Sprint kickoff meeting')).toBeChecked();
    // A opens a second plan, then deletes the first.
    const lib = a.getByTestId('library');
    await lib.locator('summary').click();
    await lib.getByRole('button', { name: 'New blank plan' }).click();
    await lib.getByRole('button', { name: 'Delete BillingOS Milestones & Timeline' }).click();
    await expect(lib.getByRole('listitem')).toHaveCount(1);
    // B is told, and its next tick does not bring the plan back behind A's back.
    const question = b.getByTestId('deleted-elsewhere-alert');
    await expect(question).toContainText('Another tab deleted this plan');
    await item(b, 'All P0 tasks started').check();
    await b.clock.runFor(400);
    await expect(b.getByTestId('save-status')).toContainText('another tab deleted this plan');
    await expect(lib.getByRole('listitem')).toHaveCount(1);
    // Keeping it saves it, with both ticks; A's list shows it again, and A's undo opens it.
    await question.getByRole('button', { name: 'Keep this plan' }).click();
    await saved(b);
    await expect(lib.getByRole('listitem')).toHaveCount(2);
    await lib.getByTestId('deleted').getByRole('button', { name: 'Undo delete' }).click();
    await expect(item(a, 'All P0 tasks started')).toBeChecked();
    await expect(item(a, 'Sprint kickoff meeting')).toBeChecked();
  });

  test('a tab closed right after an edit keeps the edit', async ({ context }) => {
    const a = await context.newPage();
    await openAt(a, '2026-02-12T10:30:00');
    // The clock is paused: the 300 ms save never comes; closing the tab must flush it.
    await a.clock.pauseAt(new Date('2026-02-12T10:31:00'));
    await item(a, 'Sprint kickoff meeting').check();
    // With runBeforeUnload, close() does not wait for the tab to go: the next tab must (once,
    // on 2026-12-03, it was opened while the first was still closing and lost its clock).
    const closed = a.waitForEvent('close');
    await a.close({ runBeforeUnload: true });
    await closed;
    const b = await context.newPage();
    await openAt(b, '2026-02-12T10:32:00');
    await expect(item(b, 'Sprint kickoff meeting')).toBeChecked();
  });

  test('storage cleared by another tab: the next save writes the plan again, nothing is lost', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    for (const p of [a, b]) await openAt(p, '2026-02-12T10:30:00');
    await item(a, 'Sprint kickoff meeting').check();
    await a.clock.runFor(400);
    await b.evaluate(() => localStorage.clear());
    await item(a, 'All P0 tasks started').check();
    await a.clock.runFor(400);
    await saved(a);
    await a.reload();
    await expect(item(a, 'Sprint kickoff meeting')).toBeChecked();
    await expect(item(a, 'All P0 tasks started')).toBeChecked();
  });

  test('a change in one tab shows in the other', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    for (const p of [a, b]) await openAt(p, '2026-02-12T10:30:00');
    await item(a, 'Sprint kickoff meeting').check();
    await a.clock.runFor(400);
    await expect(item(b, 'Sprint kickoff meeting')).toBeChecked();
    await item(b, 'All P0 tasks started').check();
    await b.clock.runFor(400);
    await expect(item(a, 'All P0 tasks started')).toBeChecked();
    await expect(item(a, 'Sprint kickoff meeting')).toBeChecked();
  });

  test('a stale tab that missed the news adopts the newer copy when shown again, never writes over it', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    // Tab B is frozen in the background: it gets no storage events while frozen.
    await b.addInitScript(() => {
      window.addEventListener('storage', (e) => { if (window.frozen) e.stopImmediatePropagation(); }, true);
    });
    for (const p of [a, b]) await openAt(p, '2026-02-12T10:30:00');
    await item(a, 'Sprint kickoff meeting').check();
    await a.clock.runFor(400);
    await saved(a);
    await b.evaluate(() => { window.frozen = true; });
    await item(a, 'All P0 tasks started').check();
    await a.clock.runFor(400);
    await saved(a);
    await expect(item(b, 'All P0 tasks started')).not.toBeChecked();
    // B regains focus: it reads what is stored now and shows it.
    await b.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await expect(item(b, 'All P0 tasks started')).toBeChecked();
    await item(b, 'Production setup initiated').check();
    await b.clock.runFor(400);
    await saved(b);
    await a.reload();
    for (const text of ['Sprint kickoff meeting', 'All P0 tasks started', 'Production setup initiated']) {
      await expect(item(a, text)).toBeChecked();
    }
  });

  test("the other tab's news arriving after this tab's save was refused keeps the question", async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    // Tab B gets A's storage event late: held until the test hands it over.
    await b.addInitScript(() => {
      window.held = [];
      window.addEventListener('storage', (e) => {
        if (window.holding) {
          e.stopImmediatePropagation();
          window.held.push({ key: e.key, newValue: e.newValue, oldValue: e.oldValue });
        }
      }, true);
    });
    for (const p of [a, b]) await openAt(p, '2026-02-12T10:30:00');
    await b.evaluate(() => { window.holding = true; });
    await item(a, 'Sprint kickoff meeting').check();
    await a.clock.runFor(400);
    await saved(a);
    // B's own save finds A's copy and asks.
    await item(b, 'Production setup initiated').check();
    await b.clock.runFor(400);
    await expect(b.getByTestId('conflict-alert')).toBeVisible();
    // Then A's event reaches B: the question stays, B's change stays on screen.
    await b.evaluate(() => {
      window.holding = false;
      for (const e of window.held) dispatchEvent(new StorageEvent('storage', { ...e, storageArea: localStorage }));
    });
    await b.clock.runFor(100);
    await expect(b.getByTestId('conflict-alert')).toBeVisible();
    await expect(item(b, 'Production setup initiated')).toBeChecked();
    await b.getByTestId('conflict-alert').getByRole('button', { name: "Keep this tab's version" }).click();
    await expect(b.getByTestId('save-status')).toHaveText('Saved in this browser');
    await expect(item(a, 'Production setup initiated')).toBeChecked();
  });

  test('a tab of an older version stops saving when a newer version saved the plan', async ({ context }) => {
    const { a, b, key } = await twoTabsOneSaved(context);
    // Tab B stands in for a newer Launchplan: it saves the plan at a schema version after ours.
    const newer = await b.evaluate((k) => {
      const stored = JSON.parse(localStorage.getItem(k));
      stored.schema_version = 99;
      stored.revision += 1;
      const text = JSON.stringify(stored);
      localStorage.setItem(k, text);
      return text;
    }, key);
    await expect(a.getByTestId('unreadable-alert')).toContainText('newer version of Launchplan');
    await item(a, 'All P0 tasks started').check();
    await a.clock.runFor(400);
    await expect(a.getByTestId('save-status')).toContainText('Not saved');
    expect(await a.evaluate((k) => localStorage.getItem(k), key)).toBe(newer);
  });

  /** Both tabs change the plan before either has saved; returns [the tab that saved first, the one asked]. */
  async function bothChange(context) {
    const a = await context.newPage();
    const b = await context.newPage();
    for (const p of [a, b]) await openAt(p, '2026-02-12T10:30:00');
    // The clock is shared by the context: pausing it holds both tabs' saves until both changed.
    await a.clock.pauseAt(new Date('2026-02-12T10:31:00'));
    await item(a, 'Sprint kickoff meeting').check();
    await item(b, 'Production setup initiated').check();
    await a.clock.runFor(400);
    // Usually the tab that saved second asks. When both saved at the same instant (browsers do
    // not serialise storage across tabs) both ask, and either answer is kept without loss.
    await expect.poll(async () => (await a.getByTestId('conflict-alert').count()) + (await b.getByTestId('conflict-alert').count())).toBeGreaterThanOrEqual(1);
    return (await a.getByTestId('conflict-alert').count()) ? [b, a] : [a, b];
  }

  test('both tabs changed: the later save asks, and the other version stays in undo', async ({ context }) => {
    const [, asked] = await bothChange(context);
    const mine = (await item(asked, 'Sprint kickoff meeting').isChecked()) ? 'Sprint kickoff meeting' : 'Production setup initiated';
    const theirs = mine === 'Sprint kickoff meeting' ? 'Production setup initiated' : 'Sprint kickoff meeting';
    // Nothing was written over the first tab's save.
    await expect(asked.getByTestId('save-status')).toContainText('Not saved');
    await asked.getByTestId('conflict-alert').getByRole('button', { name: "Use the other tab's version" }).click();
    await expect(item(asked, theirs)).toBeChecked();
    await expect(item(asked, mine)).not.toBeChecked();
    await asked.keyboard.press('Control+z');
    await expect(item(asked, mine)).toBeChecked();
  });

  test("keeping this tab's version saves it over the other, which the other tab then shows", async ({ context }) => {
    const [first, asked] = await bothChange(context);
    const mine = (await item(asked, 'Sprint kickoff meeting').isChecked()) ? 'Sprint kickoff meeting' : 'Production setup initiated';
    await asked.getByTestId('conflict-alert').getByRole('button', { name: "Keep this tab's version" }).click();
    await expect(asked.getByTestId('save-status')).toHaveText('Saved in this browser');
    // The other tab shows it; or, when it was asked too (both saved at the same instant), its
    // question now offers the version just kept. Wait for one or the other.
    await expect.poll(async () => (await item(first, mine).isChecked()) || (await first.getByTestId('conflict-alert').count()) > 0).toBe(true);
    if (await first.getByTestId('conflict-alert').count()) {
      await first.getByTestId('conflict-alert').getByRole('button', { name: "Use the other tab's version" }).click();
    }
    await expect(item(first, mine)).toBeChecked();
  });
});

test.describe('the choices about stored data, loaded when first needed', () => {
  test.use(chunkRefused('storage_decisions'));

  test('choices that cannot be loaded are reported, and the unreadable copy is still not written over', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    await saved(page);
    const key = await page.evaluate(() => {
      const k = Object.keys(localStorage).find((k) => k.startsWith('launchplan:plan:') && !k.endsWith(':last-good'));
      localStorage.setItem(k, localStorage.getItem(k).slice(0, 500));
      return k;
    });
    const corrupt = await page.evaluate((k) => localStorage.getItem(k), key);
    const refused = await refuseChunkOnce(page, 'storage_decisions');
    await page.reload();
    await expect(page.getByTestId('alert')).toContainText('A choice this plan needs could not be loaded');
    await item(page, 'All P0 tasks started').check();
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toContainText('nothing is written over it');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(corrupt);
    // A reload loads the choices.
    await page.reload();
    await expect(page.getByTestId('unreadable-alert')).toContainText('could not be read');
    expect(refused.count).toBe(2);
  });
});

/** Two tabs on a first visit; tab A has ticked and saved. Returns them and the plan's key. */
async function twoTabsOneSaved(context) {
  const a = await context.newPage();
  const b = await context.newPage();
  for (const p of [a, b]) await openAt(p, '2026-02-12T10:30:00');
  await item(a, 'Sprint kickoff meeting').check();
  await a.clock.runFor(400);
  await saved(a);
  const key = await a.evaluate(() => Object.keys(localStorage).find((k) => /^launchplan:plan:[^:]+$/.test(k)));
  return { a, b, key };
}

/** Stores, from `page`, the plan under `key` as another tab would: a later revision, retitled. */
function saveAsAnotherTab(page, key) {
  return page.evaluate((k) => {
    const stored = JSON.parse(localStorage.getItem(k));
    stored.revision += 1;
    stored.plan.title = 'Their title';
    const text = JSON.stringify(stored);
    localStorage.setItem(k, text);
    return text;
  }, key);
}

test.describe('the plan reader, a chunk a first visit does without', () => {
  test.use(chunkRefused('plan_reader'));

  /** Refuses the plan reader's chunk until the returned function is called. */
  async function refuseReader(page) {
    const seen = { count: 0 };
    const pattern = /split_plan_reader.*\.wasm$/;
    const refuse = (route) => { seen.count++; return route.fulfill({ status: 404, body: '' }); };
    await page.route(pattern, refuse);
    return { seen, allow: () => page.unroute(pattern, refuse) };
  }

  const storedKeys = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

  test('a first visit that cannot load it keeps its tick on screen, says so, and saves it once it comes', async ({ page }) => {
    // The plan's writer is in the reader's chunk: a first visit fetches it at its first change.
    const reader = await refuseReader(page);
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toContainText('Not saved. The part of Launchplan that writes plans could not be loaded');
    expect(reader.seen.count).toBeGreaterThan(0);
    const plans = () => page.evaluate(() => Object.keys(localStorage).filter((k) => /^launchplan:plan:[^:]+$/.test(k)));
    expect(await plans()).toEqual([]);
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    // With the reader back, the next change saves both.
    await reader.allow();
    await item(page, 'All P0 tasks started').check();
    await page.clock.runFor(400);
    await saved(page);
    const [key] = await plans();
    const stored = await page.evaluate((k) => localStorage.getItem(k), key);
    for (const text of ['Sprint kickoff meeting', 'All P0 tasks started']) {
      expect(stored).toMatch(new RegExp(`"text":"${text}","done":true`));
    }
    // Saved, leaving asks nothing.
    let asked = false;
    page.on('dialog', (d) => { asked = true; d.dismiss(); });
    await page.reload();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await expect(item(page, 'All P0 tasks started')).toBeChecked();
    expect(asked).toBe(false);
  });

  test('a change waiting for it is saved when another path loads it', async ({ page }) => {
    // Refused until allowed: the save at the end of the debounce tries again, and is refused too.
    const reader = await refuseReader(page);
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toContainText('part of Launchplan that writes plans could not be loaded');
    expect(reader.seen.count).toBeGreaterThan(0);
    // The library loads the reader: the tick is saved with no other change.
    await reader.allow();
    await page.getByTestId('library').locator('summary').click();
    await saved(page);
    await page.reload();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
  });

  test('a decision point named while it cannot be loaded shows once another path loads it', async ({ page }) => {
    const reader = await refuseReader(page);
    await openAt(page, '2026-02-12T10:30:00');
    await page.getByRole('button', { name: 'Edit Sprint kickoff meeting' }).click();
    await page.locator('.editor').getByLabel('Text').fill('Go/no-go on the sprint kickoff');
    await page.locator('.editor').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => reader.seen.count).toBeGreaterThan(0);
    await expect(page.getByTestId('save-status')).toContainText('part of Launchplan that writes plans could not be loaded');
    // Not known for now: the item is still a task in the header and the timeline.
    const marks = page.getByRole('list', { name: 'Decision points' });
    await expect(page.getByTestId('next-decision')).toContainText('Go/No-Go for Feb 19 launch');
    await expect(marks).not.toContainText('sprint kickoff');
    // The library loads the reader: the answer comes with it, with no other change.
    await reader.allow();
    await page.getByTestId('library').locator('summary').click();
    await expect(page.getByTestId('library').getByRole('listitem')).toHaveCount(1);
    await expect(page.getByTestId('next-decision')).toContainText('Go/no-go on the sprint kickoff');
    await expect(marks).toContainText('Go/no-go on the sprint kickoff');
    await saved(page);
  });

  test('a returning visit that cannot load it does not start, says so, and changes nothing stored', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    await saved(page);
    const before = await storedKeys(page);
    const reader = await refuseReader(page);
    await page.reload();
    await expect(page.getByTestId('not-started-alert')).toContainText('could not load the part that reads your plans');
    // Neither the example nor any plan is shown, and nothing was written.
    await expect(page.getByRole('timer')).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await page.clock.runFor(2000);
    expect(await storedKeys(page)).toEqual(before);
    expect(reader.seen.count).toBeGreaterThan(0);
    await reader.allow();
    await page.getByTestId('not-started-alert').getByRole('button', { name: 'Reload' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await saved(page);
  });
});

test('a first visit fetches the plan reader at its first change, not before', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { if (/split_plan_reader/.test(r.url())) fetched.push(r.url()); });
  await openAt(page, '2026-02-12T10:30:00');
  await page.clock.runFor(2000);
  expect(fetched).toEqual([]);
  // The change needs its writer: fetched once, and the tick saved.
  await item(page, 'Sprint kickoff meeting').check();
  await page.clock.runFor(400);
  await saved(page);
  expect(fetched.length).toBe(1);
  await item(page, 'All P0 tasks started').check();
  await page.clock.runFor(400);
  await saved(page);
  await page.getByTestId('library').locator('summary').click();
  await expect(page.getByTestId('library').getByRole('listitem')).toHaveCount(1);
  expect(fetched.length).toBe(1);
});

test('an item a first visit renames to a decision point becomes one when the gate words come with the reader', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { if (/split_plan_reader/.test(r.url())) fetched.push(r.url()); });
  await openAt(page, '2026-02-12T10:30:00');
  await expect(page.getByTestId('next-decision')).toContainText('Go/No-Go for Feb 19 launch');
  const marks = page.getByRole('list', { name: 'Decision points' });
  await expect(marks).toContainText('Go/No-Go for Feb 19 launch');
  // The default plan's answers, made at build time, need no gate words.
  expect(fetched).toEqual([]);
  await page.getByRole('button', { name: 'Edit Sprint kickoff meeting' }).click();
  await page.locator('.editor').getByLabel('Text').fill('Go/no-go on the sprint kickoff');
  await page.locator('.editor').getByRole('button', { name: 'Save' }).click();
  // Due on the 9th, open: the first decision point of the plan now, in the header and the timeline.
  await expect(page.getByTestId('next-decision')).toContainText('Go/no-go on the sprint kickoff');
  await expect(marks).toContainText('Go/no-go on the sprint kickoff');
  expect(fetched.length).toBe(1);
  // Renamed back, it is a task again (the answer now comes from the words themselves).
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('next-decision')).toContainText('Go/No-Go for Feb 19 launch');
  await expect(marks).not.toContainText('sprint kickoff');
});

test.describe('another tab, while a first visit loads the plan reader', () => {
  // The service worker would serve the reader from its cache, past the route that holds it.
  test.use({ serviceWorkers: 'block' });

  /**
   * Opens two tabs on a first visit; tab A, which has changed nothing (so has no reader), holds
   * its reader back; tab B ticks and saves.
   */
  async function twoTabs(context) {
    const a = await context.newPage();
    const b = await context.newPage();
    for (const p of [a, b]) await openAt(p, '2026-02-12T10:30:00');
    const held = [];
    const fetched = { count: 0 };
    await a.route(/split_plan_reader.*\.wasm$/, (route) => new Promise((resolve) => { fetched.count++; held.push(() => resolve(route.continue())); }));
    await item(b, 'Sprint kickoff meeting').check();
    await b.clock.runFor(400);
    await saved(b);
    const key = await b.evaluate(() => Object.keys(localStorage).find((k) => /^launchplan:plan:[^:]+$/.test(k)));
    return { a, b, key, fetched, release: () => { for (const go of held.splice(0)) go(); } };
  }

  test('a tick made while the reader loads is asked about, never replaced by the other copy', async ({ context }) => {
    const { a, b, key, fetched, release } = await twoTabs(context);
    const theirs = await b.evaluate((k) => localStorage.getItem(k), key);
    await item(a, 'All P0 tasks started').check();
    await a.clock.runFor(400);
    // Held: nothing written over their copy, the tick still on screen.
    await expect.poll(() => fetched.count).toBe(1);
    expect(await a.evaluate((k) => localStorage.getItem(k), key)).toBe(theirs);
    await expect(item(a, 'All P0 tasks started')).toBeChecked();
    release();
    await expect(a.getByTestId('conflict-alert')).toBeVisible();
    await expect(item(a, 'All P0 tasks started')).toBeChecked();
    expect(await a.evaluate((k) => localStorage.getItem(k), key)).toBe(theirs);
  });

  test('a plan another tab deleted is not written back while the reader loads', async ({ context }) => {
    const { a, b, key, release } = await twoTabs(context);
    await b.evaluate((k) => localStorage.removeItem(k), key);
    await item(a, 'All P0 tasks started').check();
    await a.clock.runFor(400);
    expect(await a.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
    release();
    await expect(a.getByTestId('deleted-elsewhere-alert')).toBeVisible();
    await a.clock.runFor(400);
    expect(await a.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  });
});

test.describe('a first visit closed before the plan\'s writer has come', () => {
  // The service worker would serve the reader's chunk from its cache, past the route that holds it.
  test.use({ serviceWorkers: 'block' });

  /** Opens a first visit whose plan reader (with the writer) never comes. */
  async function firstVisitWithoutWriter(context, when) {
    const a = await context.newPage();
    await a.route(/split_plan_reader.*\.wasm$/, () => new Promise(() => {}));
    await openAt(a, when);
    const dialogs = [];
    a.on('dialog', async (d) => { dialogs.push(d.type()); await d.dismiss(); });
    return { a, dialogs };
  }

  test('keeps its ticks, decision and measured value without asking, and the next visit saves them', async ({ context }) => {
    const { a, dialogs } = await firstVisitWithoutWriter(context, '2026-02-19T12:00:00');
    await item(a, 'Sprint kickoff meeting').check();
    await item(a, 'All P0 tasks started').check();
    await item(a, 'All P0 tasks started').uncheck();
    const gate = a.locator('.decision').filter({ hasText: 'Go/No-Go for Feb 19 launch' });
    await gate.getByLabel('Outcome').selectOption({ label: 'Fallback taken' });
    await gate.getByLabel('Note').fill('Delay one week\tfor the audit');
    await gate.getByRole('button', { name: 'Record decision' }).click();
    const actual = a.getByRole('textbox', { name: 'Actual for <2 sec page loads' });
    await actual.fill('1.4 sec');
    await actual.press('Enter');
    const closed = a.waitForEvent('close');
    await a.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual([]);
    const b = await context.newPage();
    await openAt(b, '2026-02-19T12:05:00');
    await expect(item(b, 'Sprint kickoff meeting')).toBeChecked();
    await expect(item(b, 'All P0 tasks started')).not.toBeChecked();
    await expect(b.locator('.decision').filter({ hasText: 'Go/No-Go for Feb 19 launch' }).getByTestId('decision-outcome'))
      .toHaveText('Fallback taken on February 19, 2026: Delay one week\tfor the audit');
    await expect(b.getByRole('textbox', { name: 'Actual for <2 sec page loads' })).toHaveValue('1.4 sec');
    await expect(b.getByTestId('save-status')).toHaveText('Saved in this browser');
    // Saved as the plan: the marks are gone, and a reload shows the same.
    const keys = await b.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((k) => k.endsWith(':marks'))).toEqual([]);
    expect(keys.filter((k) => /^launchplan:plan:[^:]+$/.test(k)).length).toBe(1);
    await b.reload();
    await expect(item(b, 'Sprint kickoff meeting')).toBeChecked();
  });

  test('two tabs closed so each keep their own marks, and the next visit saves both', async ({ context }) => {
    const first = await firstVisitWithoutWriter(context, '2026-02-12T10:30:00');
    const second = await firstVisitWithoutWriter(context, '2026-02-12T10:30:00');
    await item(first.a, 'Sprint kickoff meeting').check();
    await item(second.a, 'All P0 tasks started').check();
    // The first tab is hidden (its marks kept), then the second keeps its own: neither is lost.
    await first.a.evaluate(() => dispatchEvent(new Event('pagehide')));
    await second.a.evaluate(() => dispatchEvent(new Event('pagehide')));
    // With runBeforeUnload, close() does not wait for the tab to go: the next tab must.
    for (const { a } of [first, second]) {
      const closed = a.waitForEvent('close');
      await a.close({ runBeforeUnload: true });
      await closed;
    }
    expect([...first.dialogs, ...second.dialogs]).toEqual([]);
    const c = await context.newPage();
    await openAt(c, '2026-02-12T10:35:00');
    await expect(item(c, 'Sprint kickoff meeting')).toBeChecked();
    await expect(item(c, 'All P0 tasks started')).toBeChecked();
    await expect(c.getByTestId('save-status')).toHaveText('Saved in this browser');
    expect((await c.evaluate(() => Object.keys(localStorage))).filter((k) => k.includes(':marks:'))).toEqual([]);
  });

  test('a tick undone after its marks were kept is not brought back', async ({ context }) => {
    const { a, dialogs } = await firstVisitWithoutWriter(context, '2026-02-12T10:30:00');
    await item(a, 'Sprint kickoff meeting').check();
    await a.evaluate(() => dispatchEvent(new Event('pagehide')));
    expect((await a.evaluate(() => Object.keys(localStorage))).filter((k) => k.includes(':marks:')).length).toBe(1);
    await a.getByRole('button', { name: 'Undo' }).click();
    await expect(item(a, 'Sprint kickoff meeting')).not.toBeChecked();
    const closed = a.waitForEvent('close');
    await a.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual([]);
    const b = await context.newPage();
    await openAt(b, '2026-02-12T10:35:00');
    await expect(item(b, 'Sprint kickoff meeting')).not.toBeChecked();
    expect((await b.evaluate(() => Object.keys(localStorage))).filter((k) => k.includes(':marks:'))).toEqual([]);
  });

  test('an edit marks cannot carry makes leaving ask first, and is saved once the writer comes', async ({ context }) => {
    const a = await context.newPage();
    const held = [];
    const pattern = /split_plan_reader.*\.wasm$/;
    const hold = (route) => new Promise((resolve) => { held.push(() => resolve(route.continue())); });
    await a.route(pattern, hold);
    await openAt(a, '2026-02-12T10:30:00');
    await a.getByRole('button', { name: 'Edit Sprint kickoff meeting' }).click();
    await a.locator('.editor').getByLabel('Text').fill('Sprint kickoff meeting, moved online');
    await a.locator('.editor').getByRole('button', { name: 'Save' }).click();
    await expect(item(a, 'Sprint kickoff meeting, moved online')).toBeVisible();
    const asked = new Promise((resolve) => a.once('dialog', async (d) => { const type = d.type(); await d.dismiss(); resolve(type); }));
    await a.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    // Stayed: the writer comes, the edit is saved, and leaving asks no more.
    for (const go of held.splice(0)) go();
    await a.unroute(pattern, hold);
    await a.clock.runFor(400);
    await saved(a);
    const stored = await a.evaluate(() => Object.entries(localStorage).find(([k]) => /^launchplan:plan:[^:]+$/.test(k))[1]);
    expect(stored).toContain('Sprint kickoff meeting, moved online');
    let askedAgain = false;
    a.on('dialog', (d) => { askedAgain = true; d.dismiss(); });
    await a.reload();
    await expect(item(a, 'Sprint kickoff meeting, moved online')).toBeVisible();
    expect(askedAgain).toBe(false);
  });
});
