// Import: by file picker, refused when too large or broken (with the real cause), previewed,
// then replaced or merged; export then import gives the same plan; every import can be undone.
import { readFileSync } from 'node:fs';
import { test, expect, openApp, openAt, item, openMenu, chunkRefused, refuseChunkOnce } from './fixtures.js';

async function exportJson(page) {
  const download = page.waitForEvent('download');
  await openMenu(page, 'Export');
  await page.getByRole('menuitem', { name: 'Export JSON' }).click();
  const chunks = await (await (await download).createReadStream()).toArray();
  return Buffer.concat(chunks);
}

const pick = (page, name, buffer, mimeType = 'application/json') =>
  page.getByLabel('Import a plan file').setInputFiles({ name, mimeType, buffer });

test.describe('export', () => {
  test('Markdown and calendar exports, and when the plan was last exported', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await expect(page.getByTestId('last-export')).toHaveText('Never exported');
    const md = page.waitForEvent('download');
    await openMenu(page, 'Export');
    await page.getByRole('menuitem', { name: 'Export Markdown' }).click();
    const mdFile = await md;
    expect(mdFile.suggestedFilename()).toBe('billingos-milestones-timeline.md');
    const mdText = Buffer.concat(await (await mdFile.createReadStream()).toArray()).toString('utf8');
    expect(mdText).toContain('## Completed Milestones ✅');
    await expect(page.getByTestId('last-export')).toHaveText('Last exported today');
    await item(page, 'Sprint kickoff meeting').check();
    await expect(page.getByTestId('last-export')).toContainText('the plan has changed since');
    const ics = page.waitForEvent('download');
    await openMenu(page, 'Export');
    await page.getByRole('menuitem', { name: 'Export calendar (.ics)' }).click();
    const icsText = Buffer.concat(await (await (await ics).createReadStream()).toArray()).toString('utf8');
    expect(icsText.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(icsText.match(/BEGIN:VEVENT/g)).toHaveLength(19);
    await expect(page.getByTestId('last-export')).toHaveText('Last exported today');
  });
});

test('"last exported" counts calendar days where the user is, not in UTC', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Pacific/Auckland' });
  // 00:30 on February 13 in Auckland, still February 12 in UTC.
  await openAt(page, '2026-02-12T11:30:00Z');
  await exportJson(page);
  await expect(page.getByTestId('last-export')).toHaveText('Last exported today');
  await page.clock.runFor(24 * 3600 * 1000);
  await expect(page.getByTestId('last-export')).toHaveText('Last exported 1 day ago');
});

test.describe('import', () => {
  test('a plan in other scripts: find ignores their case, and its file is named after its words', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const md = "# Lancement d'ÉTÉ — Запуск\n\n## Semaine 1\n\n- [ ] Écrire la bêta\n- [ ] Тестировать оплату\n- [ ] Publier la page\n";
    await pick(page, 'ete.md', Buffer.from(md), 'text/markdown');
    await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
    const find = page.getByRole('searchbox', { name: 'Find items' });
    const shown = page.locator('.plan-section .check-row:visible');
    await find.fill('éCRIRE LA BÊTA');
    await expect(shown).toHaveCount(1);
    await expect(shown).toContainText('Écrire la bêta');
    await find.fill('ТЕСТИРОВАТЬ');
    await expect(shown).toHaveCount(1);
    await expect(shown).toContainText('Тестировать оплату');
    await find.fill('PUBLIER');
    await expect(shown).toHaveCount(1);
    await find.fill('');
    await expect(shown).toHaveCount(3);
    const download = page.waitForEvent('download');
    await openMenu(page, 'Export');
    await page.getByRole('menuitem', { name: 'Export Markdown' }).click();
    expect((await download).suggestedFilename()).toBe('lancement-d-été-запуск.md');
  });

  test('export then import gives the same plan', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    const file = await exportJson(page);
    await pick(page, 'plan.launchplan.json', file);
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('same items and check states');
    await preview.getByRole('button', { name: 'Replace' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    expect((await exportJson(page)).toString()).toBe(file.toString());
  });

  test("a merge of two teammates' files keeps both their ticks, and can be undone", async ({ browser }) => {
    const ana = await browser.newContext();
    const anaPage = await ana.newPage();
    await openAt(anaPage, '2026-02-12T10:30:00');
    await item(anaPage, 'Sprint kickoff meeting').check();
    const anaFile = await exportJson(anaPage);
    await ana.close();

    const ben = await browser.newContext();
    const page = await ben.newPage();
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'All P0 tasks started').check();
    await pick(page, 'ana.launchplan.json', anaFile);
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('1 ticked: Sprint kickoff meeting');
    await expect(preview).toContainText('1 unticked: All P0 tasks started');
    await preview.getByRole('button', { name: 'Merge' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await expect(item(page, 'All P0 tasks started')).toBeChecked();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).not.toBeChecked();
    await expect(item(page, 'All P0 tasks started')).toBeChecked();
    await ben.close();
  });

  test('a broken file says what and where, and changes nothing', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await item(page, 'Sprint kickoff meeting').check();
    const text = JSON.stringify({ format: 'launchplan', schema_version: 1, plan: { id: 'p', title: null } });
    await pick(page, 'broken.launchplan.json', Buffer.from(text));
    await expect(page.getByTestId('alert')).toContainText('Expected a string, found null at $.plan.title (line 1, column');
    await expect(page.getByTestId('alert')).toContainText('Nothing was changed');
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await pick(page, 'newer.launchplan.json', Buffer.from(JSON.stringify({ format: 'launchplan', schema_version: 9, plan: {} })));
    await expect(page.getByTestId('alert')).toContainText('newer version of Launchplan');
  });

  test('a file over the size limit is refused before it is read', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await pick(page, 'huge.json', Buffer.alloc(6 * 1024 * 1024, 32));
    await expect(page.getByTestId('alert')).toContainText('plans larger than 5242880 bytes are not read');
  });

  test('a Markdown plan is previewed with what the reader repaired', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const md = readFileSync(new URL('../../plans/billingos-milestones.md', import.meta.url));
    await pick(page, 'billingos.md', md, 'text/markdown');
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('Repaired 12 garbled');
    await expect(preview).toContainText('same items and check states');
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toHaveCount(0);
  });
});

test.describe('two imports at once', () => {
  // No service worker: one that took the page over would fetch the chunk past the route below.
  test.use({ serviceWorkers: 'block' });

  test('two files chosen one after the other: the preview is of the last, whichever is read first', async ({ page }) => {
    // The real clock: Playwright's fake one replaces the performance timeline the mark is in.
    await openApp(page);
    // The Markdown reader's chunk is held back until the second file has been previewed.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/split_markdown_reader-[0-9a-f]+\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    const asked = page.waitForRequest(/split_markdown_reader-[0-9a-f]+\.wasm$/);
    const reader = page.waitForResponse(/split_markdown_reader-[0-9a-f]+\.wasm$/);
    await pick(page, 'first.md', Buffer.from('# The first plan\n\n## Week 1\n\n- [ ] Write the brief\n'), 'text/markdown');
    // The first file is being read: it waits for the Markdown reader.
    await asked;
    const second = { format: 'launchplan', schema_version: 2, plan: { id: 'plan-second', title: 'The second plan', sections: [] } };
    await pick(page, 'second.launchplan.json', Buffer.from(JSON.stringify(second)));
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('The second plan');
    // The first file's reader comes, and its plan is read and dropped: the second file's
    // preview stays.
    release();
    await reader;
    // Until the app says it dropped the first read (or, wrongly, shows it).
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('launchplan:import-superseded').length > 0 ||
        document.querySelector('[data-testid=import-preview]')?.textContent.includes('The first plan'),
    );
    await expect(preview).toContainText('The second plan');
    await expect(preview).not.toContainText('The first plan');
    await expect(page.getByTestId('alert')).toBeEmpty();
    await preview.getByRole('button', { name: 'Replace' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The second plan');
  });
});

test.describe('the Markdown reader, loaded on first use', () => {
  // The reader's wasm chunk is refused once (see chunkRefused in fixtures.js).
  test.use(chunkRefused('markdown_reader'));

  test('a reader that cannot be loaded is reported, the app keeps working, and a retry loads it', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const refused = await refuseChunkOnce(page, 'markdown_reader');
    const md = Buffer.from('# Train plan\n\n## Week 1\n\n- [ ] Written on a train\n');
    await pick(page, 'train.md', md, 'text/markdown');
    await expect(page.getByTestId('alert')).toContainText('the Markdown reader could not be loaded');
    await expect(page.getByTestId('alert')).toContainText('Nothing was changed');
    // The app still works.
    await item(page, 'Sprint kickoff meeting').check();
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    // The next try loads it.
    await pick(page, 'train.md', md, 'text/markdown');
    await expect(page.getByTestId('import-preview')).toContainText('Train plan');
    expect(refused.count).toBe(2);
  });
});

test.describe('the Markdown and calendar writers, loaded on first export', () => {
  test.use(chunkRefused('exporters'));

  test('writers that cannot be loaded are reported, and the next export loads them', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await refuseChunkOnce(page, 'exporters');
    await openMenu(page, 'Export');
    await page.getByRole('menuitem', { name: 'Export Markdown' }).click();
    await expect(page.getByTestId('alert')).toContainText('The exporter could not be loaded');
    await expect(page.getByTestId('alert')).toContainText('Nothing was exported');
    await expect(page.getByTestId('last-export')).toHaveText('Never exported');
    const md = page.waitForEvent('download');
    await openMenu(page, 'Export');
    await page.getByRole('menuitem', { name: 'Export Markdown' }).click();
    expect((await md).suggestedFilename()).toBe('billingos-milestones-timeline.md');
    await expect(page.getByTestId('last-export')).toHaveText('Last exported today');
  });

  test('the JSON file never waits for the writers: without them it is written compact, the same file', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await refuseChunkOnce(page, 'exporters');
    const compact = page.waitForEvent('download');
    await openMenu(page, 'Export');
    await page.getByRole('menuitem', { name: 'Export JSON' }).click();
    const first = await compact;
    expect(first.suggestedFilename()).toBe('billingos-milestones-timeline.launchplan.json');
    const text = await (await import('node:fs/promises')).readFile(await first.path(), 'utf8');
    expect(text.startsWith('{"format":"launchplan"')).toBe(true);
    await expect(page.getByTestId('last-export')).toHaveText('Last exported today');
    // With the writers loaded, the file is indented as always.
    const pretty = page.waitForEvent('download');
    await openMenu(page, 'Export');
    await page.getByRole('menuitem', { name: 'Export JSON' }).click();
    const second = await (await import('node:fs/promises')).readFile(await (await pretty).path(), 'utf8');
    expect(second.startsWith('{\n  "format": "launchplan"')).toBe(true);
    expect(JSON.parse(second)).toEqual(JSON.parse(text));
  });
});

test.describe('the import preview, loaded on first import', () => {
  test.use(chunkRefused('import_preview'));

  test('a preview that cannot be loaded is reported, nothing changes, and the next import shows it', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    await refuseChunkOnce(page, 'import_preview');
    const json = Buffer.from(JSON.stringify({ format: 'launchplan', schema_version: 2, plan: { id: 'plan-x', title: 'Tiny', sections: [] } }));
    await page.getByLabel('Import a plan file').setInputFiles({ name: 'tiny.launchplan.json', mimeType: 'application/json', buffer: json });
    await expect(page.getByTestId('alert')).toContainText('The import preview could not be loaded');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('BillingOS Milestones & Timeline');
    await page.getByLabel('Import a plan file').setInputFiles({ name: 'tiny.launchplan.json', mimeType: 'application/json', buffer: json });
    await expect(page.getByTestId('import-preview')).toContainText('Tiny');
  });

  test('pressing Import fetches the preview before the file is chosen; a fetch refused then changes nothing', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const seen = await refuseChunkOnce(page, 'import_preview');
    const reader = page.waitForRequest(/split_markdown_reader.*\.wasm$/);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    const picker = await chooser;
    // The chunks are asked for while the picker is open: the preview's (refused here) and the
    // Markdown reader's.
    await expect.poll(() => seen.count).toBe(1);
    await reader;
    await expect(page.getByTestId('alert')).toBeEmpty();
    const json = Buffer.from(JSON.stringify({ format: 'launchplan', schema_version: 2, plan: { id: 'plan-x', title: 'Tiny', sections: [] } }));
    await picker.setFiles({ name: 'tiny.launchplan.json', mimeType: 'application/json', buffer: json });
    await expect(page.getByTestId('import-preview')).toContainText('Tiny');
    expect(seen.count).toBe(2);
  });
});

test.describe('readied while the picker is open', () => {
  test('pressing Import runs an import unseen once its chunks are here: nothing shows, nothing changes', async ({ page }) => {
    // The unseen run lays a date field out for a frame (`warm_up` in src/ui/import.rs): seen here.
    await page.addInitScript(() => {
      new MutationObserver((changes) => {
        for (const change of changes) {
          for (const node of change.addedNodes) if (node.classList?.contains('warm-up')) window.warmedUp = node.type;
        }
      }).observe(document, { childList: true, subtree: true });
    });
    // The real clock: Playwright's fake one replaces the performance timeline the mark goes to.
    await openApp(page);
    // The app's controls, not the first paint's picture (which has a timer too).
    await expect(page.getByRole('button', { name: 'Import…' })).toBeVisible();
    await item(page, 'Sprint kickoff meeting').check();
    const chooser = page.waitForEvent('filechooser');
    // (The plan reader's chunk may have come already: the tick's save loads it.)
    const chunks = ['import_preview', 'file_readers'].map((name) =>
      page.waitForResponse(new RegExp(`split_${name}.*\\.wasm$`)));
    await page.getByRole('button', { name: 'Import…' }).click();
    const picker = await chooser;
    await Promise.all(chunks);
    // The example plan read, compared and its preview built (never put on the page), and a
    // date field laid out unseen for a frame; the mark comes once all of it is taken down.
    await page.waitForFunction(() => performance.getEntriesByName('launchplan:warmed-up').length > 0);
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => window.warmedUp)).toBe('date');
    await expect(page.locator('.warm-up')).toHaveCount(0);
    await expect(page.getByTestId('alert')).toBeEmpty();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('BillingOS Milestones & Timeline');
    // The plan and its undo history are as they were: the tick is the last change.
    await expect(item(page, 'Sprint kickoff meeting')).toBeChecked();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(item(page, 'Sprint kickoff meeting')).not.toBeChecked();
    // The real import then shows its own preview.
    const json = Buffer.from(JSON.stringify({ format: 'launchplan', schema_version: 2, plan: { id: 'plan-x', title: 'Tiny', sections: [] } }));
    await picker.setFiles({ name: 'tiny.launchplan.json', mimeType: 'application/json', buffer: json });
    await expect(page.locator('#import-heading')).toHaveText('Import "tiny.launchplan.json": Tiny');
  });
});

test.describe('reading the chosen file', () => {
  // The app reads a file's bytes and decodes them itself, as file.text() would; a file that is
  // not UTF-8 is left to file.text().
  test('a UTF-8 file with a byte order mark reads as its text; a file that is not UTF-8 as the browser decodes it', async ({ page }) => {
    await openAt(page, '2026-02-12T10:30:00');
    const json = (title) => JSON.stringify({ format: 'launchplan', schema_version: 2, plan: { id: 'plan-x', title, sections: [] } });
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    await pick(page, 'bom.launchplan.json', Buffer.concat([bom, Buffer.from(json('Caf\u00e9 \u2014 \u{1f680}'))]));
    await expect(page.locator('#import-heading')).toHaveText('Import "bom.launchplan.json": Caf\u00e9 \u2014 \u{1f680}');
    await page.getByTestId('import-preview').getByRole('button', { name: 'Cancel' }).click();
    await pick(page, 'latin1.launchplan.json', Buffer.from(json('Caf\u00e9'), 'latin1'));
    await expect(page.locator('#import-heading')).toHaveText('Import "latin1.launchplan.json": Caf\ufffd');
  });
});
