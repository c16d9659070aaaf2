// Plans of other shapes than ours, imported through the page as a new user would: the header,
// the agenda and the timeline show what the plan says. The files are fixtures of the importer's
// corpus (crates/launchplan-core/tests/corpus/), written after real public plans.
import { readFileSync } from 'node:fs';
import { test, expect, openAt, chunkRefused, refuseChunkOnce } from './fixtures.js';

const fixture = (name) => readFileSync(new URL(`../../crates/launchplan-core/tests/corpus/${name}.md`, import.meta.url));

async function importPlan(page, name) {
  await page.getByLabel('Import a plan file').setInputFiles({ name: `${name}.md`, mimeType: 'text/markdown', buffer: fixture(name) });
  await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
}

const timelineMark = (page, name) => page.getByRole('navigation', { name: 'Timeline' }).getByRole('link', { name });

test.describe('real plans', () => {
  test('a beta programme: day headings without a year, a go/no-go inside a checklist', async ({ page }) => {
    await openAt(page, '2026-03-27T09:00:00');
    await importPlan(page, 'beta-phase-day-headings');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tidewell Closed Beta — Execution Plan');
    // The year comes from the plan, not from a default: launch is five days away, not 26 years.
    await expect(page.getByRole('timer')).toContainText('5 days to launch');
    await expect(page.getByTestId('next-decision')).toContainText('Go/no-go for cohort B invitations');
    // 16, not 18: the two lines under "**Phase 1 success criteria:**" are criteria, kept as notes.
    await expect(page.getByTestId('overdue-count')).toHaveText('16');
    await expect(page.getByTestId('agenda-overdue')).toContainText('Open the #tidewell-beta feedback channel');
    await expect(timelineMark(page, /^Decision: Go\/no-go for cohort B invitations/)).toHaveCount(1);
    // The notes on the page are the imported plan's own, not the BillingOS plan's.
    await expect(page.getByText(/garbled character/)).toHaveCount(0);
  });

  test('a go/no-go plan written in hours before launch', async ({ page }) => {
    await openAt(page, '2026-09-07T09:00:00');
    await importPlan(page, 't-hours-go-no-go');
    await expect(page.getByRole('timer')).toContainText('5 days to launch');
    // "T-48 hours" is two days before the launch the plan states.
    await expect(page.getByTestId('next-decision')).toContainText('Hold the go/no-go meeting');
    await expect(page.getByTestId('next-decision')).toContainText('3 days left');
    await expect(page.getByTestId('agenda-overdue')).toContainText('Dry run of the full switch on staging');
    await expect(timelineMark(page, /^Decision: T-48 hours: Hold the go\/no-go meeting/)).toHaveCount(1);
  });

  test('a cut-over runbook with TOML front matter', async ({ page }) => {
    await openAt(page, '2026-11-06T09:00:00');
    await importPlan(page, 'cutover-runbook-toml');
    // The front matter is not text: the plan's own heading is its title.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cut-over Runbook: Orchard Ledger → new settlement service');
    await expect(page.getByText('title = ')).toHaveCount(0);
    // "Cut-over date: Saturday, November 7, 2026" is the launch.
    await expect(page.getByRole('timer')).toContainText('1 day to launch');
    await expect(page.getByTestId('overdue-count')).toHaveText('3');
    await expect(page.getByTestId('agenda-overdue')).toContainText('Run the full export/transform/import on the staging copy.');
  });

  test('a checklist dated only relative to launch asks for the launch date, then shows every date', async ({ page }) => {
    await openAt(page, '2026-05-01T09:00:00');
    await page.getByLabel('Import a plan file').setInputFiles({ name: 't-days-launch-week.md', mimeType: 'text/markdown', buffer: fixture('t-days-launch-week') });
    const review = page.getByTestId('understood');
    await expect(review).toContainText('relative to the launch');
    await expect(review).toContainText('No launch date found');
    await review.getByLabel('Launch date of the imported plan').fill('2026-05-08');
    await expect(review).not.toContainText('No launch date found');
    await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
    await expect(page.getByRole('timer')).toContainText('7 days to launch');
    // "T-7 Days" is today; "T-14 Days" a week ago.
    await expect(page.getByTestId('agenda-today')).toContainText('Teaser post on social channels');
    await expect(page.getByTestId('agenda-overdue')).toContainText('Photo shoot edited and approved');
    // Undo takes the import back, the launch date set in the review with it.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('BillingOS Milestones & Timeline');
  });

  test('a release table with a column per month: rows dated by their month, gate rows as decisions', async ({ page }) => {
    await openAt(page, '2027-01-20T09:00:00');
    await importPlan(page, 'month-column-release-table');
    await expect(page.getByRole('timer')).toContainText('69 days to launch');
    await expect(page.getByTestId('next-decision')).toContainText('Begin Feature Freeze');
    await expect(page.getByTestId('overdue-count')).toHaveText('4');
    await expect(page.getByTestId('agenda-overdue')).toContainText('Schedule finalized');
    await expect(timelineMark(page, /^Decision: Begin Code Freeze/)).toHaveCount(1);
  });

  test('a file that writes no year: the review says which year it read and takes another', async ({ page }) => {
    await openAt(page, '2026-11-30T09:00:00');
    const text = '# Kite sprint\n\nLaunch: Mar 6\n\n## Week 1 (Mar 2-6)\n- [ ] Kick off (Mar 2)\n- [ ] Ship the beta (Mar 6)\n';
    await page.getByLabel('Import a plan file').setInputFiles({ name: 'kite.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
    const review = page.getByTestId('understood');
    // Read near today, March is next year's.
    const year = review.getByLabel("Year of the imported plan's dates");
    await expect(year).toHaveValue('2027');
    await year.fill('2026');
    await year.press('Tab');
    await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
    await expect(page.getByTestId('overdue-count')).toHaveText('2');
    await expect(page.getByRole('timer')).not.toContainText('days to launch');
    // Undo takes the import back, the year with it.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('BillingOS Milestones & Timeline');
  });

  test('the review makes a row a decision point or a task, undoably, and carries it into the plan', async ({ page }) => {
    await openAt(page, '2027-02-25T09:00:00');
    const text = '# Kite launch\n\nLaunch: Mar 6, 2027\n\n## Week of Mar 1-5, 2027\n- [ ] Kick off (Mar 1)\n- [ ] Beta review with the pilot team (Mar 3)\n- Owner: Priya\n';
    await page.getByLabel('Import a plan file').setInputFiles({ name: 'kite.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
    const review = page.getByTestId('understood');
    await expect(review).toContainText('0 decision points; 2 tasks');
    const fixes = page.getByTestId('review-fixes');
    await fixes.getByText('Change what was read').click();
    await fixes.getByRole('button', { name: 'Make “Beta review with the pilot team (Mar 3)” a decision point' }).click();
    await expect(review).toContainText('1 decision point; 1 task');
    // A line kept as a note becomes a task; Undo fix takes it back.
    await fixes.getByRole('button', { name: 'Make “Owner: Priya” a task' }).click();
    await expect(review).toContainText('1 decision point; 2 tasks');
    await review.getByRole('button', { name: 'Undo fix' }).click();
    await expect(review).toContainText('1 decision point; 1 task');
    await expect(fixes.getByRole('button', { name: 'Make “Owner: Priya” a task' })).toBeVisible();
    await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
    await expect(page.getByTestId('next-decision')).toContainText('Beta review with the pilot team');
    // A decision point made there is named one, so that it reads back as one from Markdown.
    await expect(timelineMark(page, /^Decision: Go\/no-go: Beta review with the pilot team/)).toHaveCount(1);
  });
});

// The lines a plan keeps as notes (its opening prose, a table of who to call, a sub-heading the
// reader did not make a day or group of) were in the import review and nowhere on the page:
// a user saw them vanish after Replace.
const notedPlan = Buffer.from(`# Harbour Night Market

Stalls open on Friday 3 September 2027. The [stall guide](https://example.org/stalls) has the map; [this link](javascript:alert(1)) is not one.

## Week 1 (Aug 30 - Sep 3, 2027)

Who to call on the night:

<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>

| Role | Who |
|------|-----|
| Lights | Ana Ruiz |
| First aid | Tomas |

- [ ] Book the generator
- [ ] Print the stall numbers

#### Set-up crew

Bring \`cable ties\` and gloves.
`);

async function importNoted(page) {
  await page.getByLabel('Import a plan file').setInputFiles({ name: 'market.md', mimeType: 'text/markdown', buffer: notedPlan });
  await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
}

test.describe('the notes a plan keeps', () => {
  test('are on the page where the plan wrote them, formatted, and still there after a reload', async ({ page }) => {
    await openAt(page, '2027-08-30T09:00:00');
    await page.getByLabel('Import a plan file').setInputFiles({ name: 'market.md', mimeType: 'text/markdown', buffer: notedPlan });
    // The review says which line the launch date was read from.
    await expect(page.getByTestId('launch-read-from')).toHaveText(/^Read from line 3: “Stalls open on Friday 3 September 2027\./);
    await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
    // The page's notes, not the import report's list of what was kept as notes.
    const main = page.getByTestId('app-main').locator('.plan-notes');
    for (let round = 0; round < 2; round += 1) {
      await expect(main.getByText('Stalls open on Friday 3 September 2027.')).toBeVisible();
      // A link to a web address is a link; a javascript: one is its words alone.
      await expect(main.getByRole('link', { name: 'https://example.org/stalls' })).toHaveAttribute('href', 'https://example.org/stalls');
      await expect(main.locator('a[href^="javascript"]')).toHaveCount(0);
      await expect(main.getByText('this link (javascript:alert(1)) is not one', { exact: false })).toBeVisible();
      // The table is a table, the sub-heading has no hashes, code is code.
      const section = page.getByRole('region', { name: 'Week 1 (Aug 30 - Sep 3, 2027)' });
      await expect(section.getByRole('table').getByRole('cell', { name: 'Ana Ruiz' })).toBeVisible();
      await expect(section.getByText('Set-up crew', { exact: true })).toBeVisible();
      await expect(section.getByText('#### Set-up crew')).toHaveCount(0);
      await expect(section.locator('code', { hasText: 'cable ties' })).toBeVisible();
      // Raw HTML in a note is never markup: no image, no script, nothing run.
      await expect(page.locator('.plan-notes img, .plan-notes script')).toHaveCount(0);
      expect(await page.evaluate(() => window.pwned)).toBeUndefined();
      if (round === 0) {
        await page.reload();
        await expect(page.getByRole('timer')).toBeVisible();
      }
    }
  });
});

test.describe('the notes a plan keeps, when their formatter cannot be loaded', () => {
  test.use(chunkRefused('prose'));

  test('are shown as their words, with nothing to report', async ({ page }) => {
    await openAt(page, '2027-08-30T09:00:00');
    const refused = await refuseChunkOnce(page, 'prose');
    await importNoted(page);
    const section = page.getByRole('region', { name: 'Week 1 (Aug 30 - Sep 3, 2027)' }).locator('.plan-notes');
    await expect(section.getByText('#### Set-up crew')).toBeVisible();
    await expect(section.getByText('| Lights | Ana Ruiz |', { exact: false })).toBeVisible();
    await expect(page.getByTestId('alert')).toBeEmpty();
    expect(refused.count).toBe(1);
  });
});

test.describe('the notes a plan keeps, on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('come with the plan body, as its blocks do, where the plan wrote them', async ({ page }) => {
    await openAt(page, '2027-08-30T09:00:00');
    await importNoted(page);
    await page.locator('.plan-body').scrollIntoViewIfNeeded();
    const body = page.locator('.plan-body');
    // The lines before the first section, then the section's own, each in its place.
    await expect(body.locator(':scope > .plan-notes').getByText('Stalls open on Friday 3 September 2027.')).toBeVisible();
    const section = page.getByRole('region', { name: 'Week 1 (Aug 30 - Sep 3, 2027)' });
    await expect(section.locator('.plan-notes').getByText('Set-up crew', { exact: true })).toBeVisible();
    await expect(section.locator('h2 + .plan-notes')).toHaveCount(1);
  });
});
