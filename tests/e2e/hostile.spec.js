// Hostile and unlucky input: what a user has stored is never written over by a file that only
// looks like it belongs elsewhere.
import { test, expect, openAt, item } from './fixtures.js';

const library = (page) => page.getByTestId('library');
const heading = (page) => page.getByRole('heading', { level: 1 });
const stored = (page, id) => page.evaluate((key) => localStorage.getItem(key), `launchplan:plan:${id}`);

async function openLibrary(page) {
  const details = library(page);
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return details;
}

/** Makes a second plan, "Mobile launch", with one item ticked; returns its ID and stored copy. */
async function secondPlan(page) {
  const lib = await openLibrary(page);
  await lib.getByRole('button', { name: 'New from the BillingOS template' }).click();
  await lib.getByLabel('Rename this plan').fill('Mobile launch');
  await lib.getByRole('button', { name: 'Rename', exact: true }).click();
  await item(page, 'Sprint kickoff meeting').check();
  await page.clock.runFor(400);
  const id = new URL(page.url()).searchParams.get('plan');
  await expect.poll(async () => JSON.parse((await stored(page, id)) ?? '{}').plan?.title).toBe('Mobile launch');
  return { id, copy: await stored(page, id) };
}

test.describe('hostile input', () => {
  test('an internal error that stops the app (a wasm trap) is said, and the save status stops claiming "Saved"', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toHaveText('Saved in this browser');
    // What the browser reports when the app's WebAssembly traps in an event handler.
    await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })));
    await expect(page.getByTestId('stopped-alert')).toContainText('Launchplan stopped after an internal error');
    await expect(page.getByTestId('save-status')).toContainText('Not saved');
    // Reloading resumes with what was saved.
    await page.getByTestId('stopped-alert').getByRole('button', { name: 'Reload' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await expect(page.getByTestId('stopped-alert')).toHaveCount(0);
  });

  // Regression: Replace wrote the file into the stored plan whose ID it carried, and left the
  // address naming the plan that was shown before.
  test('Replace with a file carrying another stored plan\'s ID writes into the plan shown only', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const mobile = await secondPlan(page);
    const file = await page.evaluate((raw) => {
      const copy = JSON.parse(raw);
      return JSON.stringify({ format: 'launchplan', schema_version: 1, plan: { ...copy.plan, title: 'Intruder' } });
    }, mobile.copy);

    const lib = await openLibrary(page);
    await lib.getByRole('button', { name: 'Open BillingOS Milestones & Timeline' }).click();
    await expect(heading(page)).toHaveText('BillingOS Milestones & Timeline');
    const shownUrl = page.url();
    await page.getByLabel('Import a plan file').setInputFiles({ name: 'intruder.launchplan.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
    await expect(heading(page)).toHaveText('Intruder');
    await page.clock.runFor(400);
    await expect(page.getByText('Saved in this browser')).toBeVisible();

    expect(page.url()).toBe(shownUrl);
    expect(await stored(page, mobile.id)).toBe(mobile.copy);
    await page.reload();
    await expect(heading(page)).toHaveText('Intruder');
    await page.goto(`/?plan=${mobile.id}`);
    await expect(heading(page)).toHaveText('Mobile launch');
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
  });

  // Regression: `?plan=<id>:last-good` opened a backup as a plan, whose buttons then wrote over
  // the newer copy; a file whose plan ID had a ":" was stored where the library never listed it.
  test('backup keys never open as plans, and plan IDs with ":" are refused', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const mobile = await secondPlan(page);
    await item(page, 'Production setup initiated').check();
    await page.clock.runFor(400);
    expect(await stored(page, `${mobile.id}:last-good`)).not.toBeNull();
    const latest = await stored(page, mobile.id);

    await page.goto(`/?plan=${mobile.id}:last-good`);
    await expect(page.getByRole('timer')).toBeVisible();
    await expect(item(page, 'Production setup initiated')).toBeChecked();
    expect(await stored(page, mobile.id)).toBe(latest);

    const file = JSON.stringify({ format: 'launchplan', schema_version: 1, plan: { id: `${mobile.id}:last-good`, title: 'Sneaky' } });
    await page.getByLabel('Import a plan file').setInputFiles({ name: 'sneaky.launchplan.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(page.getByTestId('alert')).toContainText('$.plan.id');
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    expect(await stored(page, mobile.id)).toBe(latest);
  });
});

test.describe('unclear input', () => {
  // Regression: an empty Markdown file "imported cleanly" and offered to replace the plan with
  // nothing.
  test('a Markdown file with no plan in it says so and changes nothing', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await page.getByLabel('Import a plan file').setInputFiles({ name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.from('\n\n') });
    await expect(page.getByTestId('alert')).toContainText('holds no plan');
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    await expect(heading(page)).toHaveText('BillingOS Milestones & Timeline');
  });

  // Regression: a share fragment of megabytes was inflated before its size was refused.
  test('a share link far over the length limit is refused by its length', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00', `/#share=1.${'A'.repeat(100_000)}`);
    await expect(page.getByTestId('alert')).toContainText('longer than any link Launchplan makes');
    await expect(heading(page)).toHaveText('BillingOS Milestones & Timeline');
  });

  // Regression: a JSON plan of 200,000 items froze the page for 20 s, then ran out of memory
  // with the preview stuck on screen.
  test('a plan with more entries than the limit is refused before anything renders it', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    const items = Array.from({ length: 30_000 }, (_, i) => ({ id: `many-${i}`, text: `Task ${i}` }));
    const file = JSON.stringify({ format: 'launchplan', schema_version: 2, plan: { id: 'many', title: 'Many', sections: [{ id: 's', title: 'Work', blocks: [{ schedule: { id: 'g', label: 'All', items } }] }] } });
    await page.getByLabel('Import a plan file').setInputFiles({ name: 'many.launchplan.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(page.getByTestId('alert')).toContainText('Launchplan opens plans of up to 25000');
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    await expect(heading(page)).toHaveText('BillingOS Milestones & Timeline');
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
  });

  // Regression: with storage nearly full, "New from the BillingOS template" pointed the address
  // and the library at a plan that was never stored; a reload showed an untouched template.
  test('a new plan the browser has no room for is not opened, and a reload shows the stored plan', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toContainText('Saved');
    // The storage fills up: keys already there can still be written, new ones cannot.
    await page.evaluate(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (this.getItem(key) === null) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return set.call(this, key, value);
      };
    });
    const lib = await openLibrary(page);
    await lib.getByRole('button', { name: 'New from the BillingOS template' }).click();
    await expect(page.getByTestId('alert')).toContainText('was not opened');
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await item(page, 'All P0 tasks started').check();
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toContainText('Saved');
    await page.reload();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await expect(item(page, 'All P0 tasks started')).toBeChecked();
  });

  // Item 6 in the page: a document of many identical headings took the square of its size to
  // render (each section looked itself up by scanning the plan). 24,000 of them (just under the
  // limit of entries) took 4.9 s from Replace to the plan on screen; linear, it took 1.4 s then
  // and 4.2-4.5 s in the Chromium of 2026-12-02, where the square would take about 15 s. Fixed
  // limits in seconds failed at random on a loaded machine (CI of 2026-12-03: the preview took
  // 2.15 s against 2 s), so the test times a quarter of the document first, each from a fresh
  // browser with the reader loaded, and compares. Four times the headings took 3.5-4.5 times as
  // long here, alone (preview 0.65-0.80 s, then 1.5-2.6 s; render 1.6-1.8 s, then 6.3-7.7 s); the
  // square would take about seven times. The bound is six times the quarter plus one second:
  // margin for a machine whose load changes between the two, at the cost of a square that
  // would only just show.
  test('many identical headings render in time linear in their count', async ({ browser }) => {
    test.setTimeout(180_000);
    const times = async (count) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await openAt(page, '2026-02-12T10:30:00');
      const importFile = (name, text) => page.getByLabel('Import a plan file').setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
      await importFile('warm.md', '# W\n\n- [ ] a\n');
      await page.getByTestId('import-preview').getByRole('button', { name: 'Cancel' }).click();
      const start = Date.now();
      await importFile('headings.md', '# h\n'.repeat(count));
      await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 30_000 });
      const previewed = Date.now() - start;
      const replaced = Date.now();
      await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
      // The first heading is the title, the second (empty) the subtitle.
      await expect(page.locator('section.plan-section')).toHaveCount(count - 2, { timeout: 60_000 });
      const rendered = Date.now() - replaced;
      await context.close();
      return { previewed, rendered };
    };
    // Each size twice, in turn, and the quicker of the two: a burst of load from elsewhere on the
    // machine (a build beside the suite) made one run of the whole take twice its time.
    const quicker = (a, b) => ({ previewed: Math.min(a.previewed, b.previewed), rendered: Math.min(a.rendered, b.rendered) });
    const firstQuarter = await times(6_000);
    const firstWhole = await times(24_000);
    const quarter = quicker(firstQuarter, await times(6_000));
    const whole = quicker(firstWhole, await times(24_000));
    const said = `in ms, 6,000 headings: ${JSON.stringify(quarter)}; 24,000: ${JSON.stringify(whole)}`;
    console.log(said);
    expect(whole.previewed, said).toBeLessThan(6 * quarter.previewed + 1_000);
    expect(whole.rendered, said).toBeLessThan(6 * quarter.rendered + 1_000);
  });

  // Random documents of every construct the reader knows, near the limits of nesting and size:
  // each previews within 2 s, none stops the app, and the last one replaces the plan and is saved.
  test('random plan-like documents preview quickly and never stop the app', async ({ page }) => {
    test.setTimeout(60_000);
    await openAt(page, '2026-02-12T10:30:00');
    // The start settled first: on this window the plan's body (its chunk and the shared chunks
    // it needs) is fetched right after the start, and the first document's time is the reader's
    // (a file chosen in that second waits behind the body: README, benchmark).
    await expect(page.locator('main li.check-row').first()).toBeAttached();
    let seed = 20261201;
    const next = (n) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = (list) => list[next(list.length)];
    const piece = () => {
      switch (next(9)) {
        case 0: return `${'#'.repeat(1 + next(6))} ${pick(['Week 1 (Mar 2-6, 2027)', 'T-7 days', 'Go/No-Go', 'Launch Day', 'Notes', 'Day 3', 'h'])}\n`;
        case 1: return `${'  '.repeat(next(40))}- ${pick(['[ ] ', '[x] ', ''])}${pick(['Ship it (Mar 4)', 'Code freeze: Mar 5', 'Owner: Ana', '~~Old~~ Mar 9', 'a'])}\n`;
        case 2: return `| Date | Task | Status |\n|---|---|---|\n${'| 2027-03-0' + (1 + next(9)) + ' | Row | Done |\n'}`.repeat(1 + next(3));
        case 3: return `<ul><li>${pick(['<s>Mar 3</s> Mar 8', '<b>Deadline:</b> April 2, 2027', 'x'])}</li>${'<ul><li>deep'.repeat(next(50))}</ul>\n\n`;
        case 4: return '```[tasklist]\n- [ ] Inside\n```\n';
        case 5: return `**Go/No-Go Decision:** ${pick(['April 13, 2027', '✅ GO / ❌ NO-GO'])}\n\n`;
        case 6: return '---\ntitle: x\n---\n';
        case 7: return `${next(100000)}. ${pick(['Step', '**Label**'])}\n`;
        default: return '\n';
      }
    };
    for (let doc = 0; doc < 5; doc++) {
      let text = '';
      const size = 50_000 + next(150_000);
      while (text.length < size) text += piece();
      const start = Date.now();
      await page.getByLabel('Import a plan file').setInputFiles({ name: `random-${doc}.md`, mimeType: 'text/markdown', buffer: Buffer.from(text) });
      await expect(page.getByTestId('import-preview').or(page.getByTestId('alert')).first()).toBeVisible();
      expect(Date.now() - start, `document ${doc} of ${text.length} characters`).toBeLessThan(2_000);
      await expect(page.getByTestId('stopped-alert')).toHaveCount(0);
      if (doc < 4 && (await page.getByTestId('import-preview').count())) {
        await page.getByTestId('import-preview').getByRole('button', { name: 'Cancel' }).click();
      }
    }
    await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
    await expect(heading(page)).not.toHaveText('BillingOS Milestones & Timeline');
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toContainText('Saved');
    await expect(page.getByTestId('stopped-alert')).toHaveCount(0);
  });

  // Over the limit of entries, a Markdown file used to be read whole before it was refused: 5 MB
  // of tasks took 4.2 s, of headings 10.5 s. The reader now stops once the limit is passed. Fixed
  // limits on the time from the test's side failed at random (2.5 s on 2026-12-02's CI by 32 ms,
  // 3.5 s on 2026-12-03's by 56 ms): sending 5 MB to the browser is half of that time and varies
  // most. So the time is taken in the page, from the file chosen to the refusal on screen, and
  // compared with a document read whole in the same page: 20,000 tasks (under the limit), whose
  // preview reads about a thirtieth of the lines of the refused files. Refused once the limit is
  // passed, each 5 MB file takes about as long as that preview; read whole, it would take many
  // times as long. The bound is three times that preview plus half a second.
  test('a Markdown file far over the limit of entries is refused quickly, and nothing changes', async ({ page }) => {
    test.setTimeout(60_000);
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    await page.clock.runFor(400);
    // The time in the page from the file chosen until `shown` holds. (The page's clock is the
    // test's, installed by `openAt`; it runs at the real pace.)
    const timed = async (name, text, shown) => {
      await page.evaluate((shownSource) => {
        const done = new Function(`return (${shownSource})();`);
        window.timing = {};
        document.addEventListener('change', () => {
          window.timing.chosen = performance.now();
          const check = () => {
            if (done()) window.timing.shown = performance.now();
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }, { capture: true, once: true });
      }, shown.toString());
      await page.getByLabel('Import a plan file').setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
      await expect.poll(() => page.evaluate(() => window.timing.shown), { timeout: 30_000 }).toBeTruthy();
      return page.evaluate(() => Math.round(window.timing.shown - window.timing.chosen));
    };
    const previewShown = () => document.querySelector('[data-testid="import-preview"]') !== null;
    const refusalShown = () => (document.querySelector('[data-testid="alert"]')?.textContent ?? '').includes('more than 25000 entries');
    // The reader chunk is loaded by a first import, as it would be by any earlier one.
    await timed('warm.md', '# W\n\n- [ ] a\n', previewShown);
    await page.getByTestId('import-preview').getByRole('button', { name: 'Cancel' }).click();
    const whole = await timed('tasks.md', '# P\n\n## S\n\n' + '- [ ] a\n'.repeat(20_000), previewShown);
    await page.getByTestId('import-preview').getByRole('button', { name: 'Cancel' }).click();
    for (const line of ['- [ ] a\n', '# h\n', '| 2027-03-01 | a |\n']) {
      const head = line.startsWith('|') ? '# P\n\n| Date | Task |\n|---|---|\n' : '# P\n\n## S\n\n';
      const text = head + line.repeat(Math.floor(4_900_000 / line.length));
      const refused = await timed('huge.md', text, refusalShown);
      const said = `${JSON.stringify(line)}: refused in ${refused} ms; 20,000 tasks previewed in ${whole} ms`;
      console.log(said);
      expect(refused, said).toBeLessThan(3 * whole + 500);
      await expect(page.getByTestId('import-preview')).toHaveCount(0);
      await page.getByTestId('alert').getByRole('button', { name: 'Dismiss' }).click();
    }
    await expect(heading(page)).toHaveText('BillingOS Milestones & Timeline');
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
  });
});

