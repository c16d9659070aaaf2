// A plan opened from its address (?src=, "Open from a link…"): served by a second local server
// on another port, with and without CORS headers; a change of the file comes in on "Check for
// changes" and keeps a tick; an unchanged file is not downloaded again; every failure says what
// happened and changes nothing; offline, the last copy opens.
import { createServer } from 'node:http';
import { test, expect, openAt, item, openMenu } from './fixtures.js';

const PORT = 4181;
const ORIGIN = `http://127.0.0.1:${PORT}`;
// The same server under another name: another origin.
const OTHER = `http://localhost:${PORT}`;

const V1 = `# Harbour Launch

Launch: March 20, 2027

## Week 1 (Mar 1-5, 2027)
- [ ] Write the launch copy
- [ ] Book the venue

## Week 2 (Mar 8-12, 2027)
- [ ] Rehearse the demo
`;

const V2 = `# Harbour Launch

Launch: March 20, 2027

## Week 1 (Mar 1-5, 2027)
- [ ] Write the launch copy
- [ ] Book the venue

## Week 2 (Mar 8-12, 2027)
- [ ] Rehearse the demo twice
- [ ] Print the signs
`;

/** The plan server: files by path, what it answered, and whether a request was conditional. */
const files = new Map();
const log = [];
let server;

function start() {
  return new Promise((ready) => {
    server = createServer((req, res) => {
      const path = new URL(req.url, ORIGIN).pathname;
      const cors = path.startsWith('/cors/');
      const headers = cors ? { 'access-control-allow-origin': '*' } : {};
      const entry = { path, conditional: !!req.headers['if-none-match'], status: 200 };
      log.push(entry);
      if (path === '/cors/redirect.md') {
        entry.status = 302;
        res.writeHead(302, { ...headers, location: `${OTHER}/cors/plan.md` }).end();
        return;
      }
      const file = files.get(path.replace(/^\/(no)?cors(\/chunked)?/, ''));
      if (file === undefined) {
        entry.status = 404;
        res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
        return;
      }
      // Sent in chunks, with no stated size.
      if (path.startsWith('/cors/chunked/')) {
        res.writeHead(200, { ...headers, 'content-type': 'text/markdown; charset=utf-8' });
        res.end(file);
        return;
      }
      const etag = `"${Buffer.from(file).length}-${hash(file)}"`;
      if (req.headers['if-none-match'] === etag) {
        entry.status = 304;
        res.writeHead(304, { ...headers, etag, 'cache-control': 'no-cache' }).end();
        return;
      }
      res.writeHead(200, {
        ...headers,
        etag,
        'cache-control': 'no-cache',
        'content-type': 'text/markdown; charset=utf-8',
        'content-length': Buffer.byteLength(file),
      });
      res.end(file);
    });
    server.listen(PORT, '127.0.0.1', ready);
  });
}

function hash(text) {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h >>> 0;
}

test.beforeAll(start);
test.afterAll(() => new Promise((done) => server.close(done)));
test.beforeEach(() => {
  log.length = 0;
  files.clear();
  files.set('/plan.md', V1);
});

const plan = `${ORIGIN}/cors/plan.md`;
const opening = (url) => `/?src=${encodeURIComponent(url)}`;
const alert = (page) => page.getByTestId('alert');
const status = (page) => page.getByTestId('source-status');

test.describe('a file that allows it', () => {
  test.use({ expectedProblems: { patterns: [], alsoAllowed: [/request to another origin: http:\/\/127\.0\.0\.1:4181\//, /HTTP 404: .*4181/, /Failed to load resource: .* 404/] } });

  test('opens as a library plan, follows its changes and keeps a tick; an unchanged file is not downloaded again', async ({ page }) => {
    await openAt(page, '2027-03-02T10:00:00', opening(plan));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Launch');
    await expect(status(page)).toContainText('checked just now: opened');
    // The address bar holds the link that opens the same plan for anyone.
    expect(decodeURIComponent(new URL(page.url()).search)).toBe(`?src=${plan}`);
    await item(page, 'Book the venue').check();

    // The file changes: a reworded item and a new one come in, the tick stays.
    files.set('/plan.md', V2);
    await page.getByRole('button', { name: 'Check for changes' }).click();
    await expect(status(page)).toContainText('1 entry added, 1 changed');
    await expect(item(page, 'Print the signs')).toBeVisible();
    await expect(item(page, 'Rehearse the demo twice')).toBeVisible();
    await expect(item(page, 'Book the venue')).toBeChecked();

    // Unchanged: the browser asks with If-None-Match, the server answers 304, nothing changes.
    const before = log.length;
    await page.getByRole('button', { name: 'Check for changes' }).click();
    await expect(status(page)).toContainText('no changes');
    const again = log.slice(before);
    expect(again.map((e) => [e.conditional, e.status])).toEqual([[true, 304]]);
    await expect(item(page, 'Book the venue')).toBeChecked();
  });

  test('ticks a teammate committed to the file arrive; a failed check changes nothing and says why', async ({ page }) => {
    await openAt(page, '2027-03-02T10:00:00', opening(plan));
    await item(page, 'Write the launch copy').check();
    files.set('/plan.md', V1.replace('- [ ] Book the venue', '- [x] Book the venue'));
    await page.getByRole('button', { name: 'Check for changes' }).click();
    await expect(status(page)).toContainText('1 ticked or decided in the source');
    await expect(item(page, 'Book the venue')).toBeChecked();
    await expect(item(page, 'Write the launch copy')).toBeChecked();

    files.delete('/plan.md');
    await page.getByRole('button', { name: 'Check for changes' }).click();
    await expect(page.getByTestId('source-bar')).toContainText('Could not check for changes');
    await expect(page.getByTestId('source-bar')).toContainText('answered 404');
    await expect(item(page, 'Book the venue')).toBeChecked();
    await expect(item(page, 'Write the launch copy')).toBeChecked();
  });

  test('opening the same address twice opens the same library plan, not a second copy', async ({ page }) => {
    await openAt(page, '2027-03-02T10:00:00', opening(plan));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Launch');
    await item(page, 'Write the launch copy').check();
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toHaveText('Saved in this browser');

    await page.goto(opening(plan));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Launch');
    await expect(item(page, 'Write the launch copy')).toBeChecked();
    await expect(status(page)).toContainText('no changes');
    await page.locator('details.library > summary').click();
    await expect(page.getByTestId('library').getByText('Harbour Launch', { exact: true })).toHaveCount(1);
  });

  test('"Copy as Markdown" gives back the plan with the member\'s ticks, to commit to the file', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openAt(page, '2027-03-02T10:00:00', opening(plan));
    await item(page, 'Book the venue').check();
    await openMenu(page, 'Export');
    await page.getByRole('menuitem', { name: 'Copy as Markdown' }).click();
    await expect(alert(page)).toContainText('on the clipboard as Markdown');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('- [x] Book the venue');
    expect(copied).toContain('- [ ] Write the launch copy');
    // The file with the tick reads back as the same plan, ticked: the round trip a team makes.
    files.set('/plan.md', copied);
    await page.getByRole('button', { name: 'Check for changes' }).click();
    await expect(status(page)).toContainText('checked just now');
    await expect(item(page, 'Book the venue')).toBeChecked();
    await expect(item(page, 'Write the launch copy')).not.toBeChecked();
  });

  test('opening the plan from the library checks its source', async ({ page }) => {
    await openAt(page, '2027-03-02T10:00:00', opening(plan));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Launch');
    await item(page, 'Book the venue').check();
    await page.locator('details.library > summary').click();
    await page.getByRole('button', { name: 'New blank plan' }).click();
    await expect(page.getByTestId('source-bar')).toHaveCount(0);
    files.set('/plan.md', V2);
    await page.getByRole('button', { name: 'Open Harbour Launch' }).click();
    await expect(item(page, 'Print the signs')).toBeVisible();
    await expect(item(page, 'Book the venue')).toBeChecked();
    await expect(status(page)).toContainText('1 entry added, 1 changed');
  });

  test('"Open from a link…" in the Plans menu opens the plan', async ({ page }) => {
    await openAt(page, '2027-03-02T10:00:00');
    await page.locator('details.library > summary').click();
    await page.getByRole('textbox', { name: 'Open from a link…' }).fill(plan);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Launch');
    await expect(page.getByTestId('source-bar')).toContainText('127.0.0.1:4181/cors/plan.md');
  });
});

test.describe('failures say what happened and change nothing', () => {
  const refused = async (page, url, message) => {
    await openAt(page, '2026-02-12T10:30:00', opening(url));
    await expect(alert(page)).toContainText(message);
    await expect(alert(page)).toContainText('Nothing was changed.');
    // The plan shown is still the one there was.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('BillingOS Milestones & Timeline');
    await expect(page.getByTestId('source-bar')).toHaveCount(0);
  };

  test.describe('a server without CORS headers', () => {
    test.use({
      expectedProblems: {
        patterns: [/blocked by CORS policy/],
        alsoAllowed: [/request to another origin: http:\/\/127\.0\.0\.1:4181\//, /request failed: .*4181/, /Failed to load resource/],
      },
    });
    test('is named, with what the host must send', async ({ page }) => {
      await refused(page, `${ORIGIN}/nocors/plan.md`, 'Access-Control-Allow-Origin');
    });
  });

  test.describe('answers that are no plan', () => {
    test.use({
      expectedProblems: {
        patterns: [],
        alsoAllowed: [/request to another origin: http:\/\/127\.0\.0\.1:4181\//, /HTTP 404: .*4181/, /Failed to load resource/, /request failed: .*4181/],
      },
    });
    test('a 404', async ({ page }) => {
      await refused(page, `${ORIGIN}/cors/missing.md`, 'answered 404 Not Found');
    });
    test('a file that is not a plan', async ({ page }) => {
      files.set('/notes.json', '{"hello": "world"}');
      await refused(page, `${ORIGIN}/cors/notes.json`, 'was not imported');
    });
    test('a file over the size limit', async ({ page }) => {
      files.set('/huge.md', `# Huge\n\n${'- [ ] a task that repeats\n'.repeat(220_000)}`);
      await refused(page, `${ORIGIN}/cors/huge.md`, 'plans larger than 5242880 bytes are not read');
    });
    test('a file over the size limit that states no size', async ({ page }) => {
      files.set('/huge.md', `# Huge\n\n${'- [ ] a task that repeats\n'.repeat(220_000)}`);
      await refused(page, `${ORIGIN}/cors/chunked/huge.md`, 'larger than 5 MB');
    });
  });

  test.describe('a redirect to another origin', () => {
    test.use({
      expectedProblems: {
        patterns: [],
        alsoAllowed: [/request to another origin: http:\/\/(127\.0\.0\.1|localhost):4181\//],
      },
    });
    test('is refused', async ({ page }) => {
      await openAt(page, '2026-02-12T10:30:00', opening(`${ORIGIN}/cors/redirect.md`));
      await expect(alert(page)).toContainText('sent the browser to another site (localhost:4181/cors/plan.md)');
      await expect(alert(page)).toContainText('Nothing was changed.');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('BillingOS Milestones & Timeline');
    });
  });

  test('an address that is not https is not fetched', async ({ page }) => {
    await refused(page, 'http://example.com/plan.md', 'Only https:// addresses are opened');
  });
});

test.describe('offline', () => {
  test.use({
    expectedProblems: {
      patterns: [],
      alsoAllowed: [/request to another origin: http:\/\/127\.0\.0\.1:4181\//, /request failed: .*4181/, /Failed to load resource/, /net::ERR_INTERNET_DISCONNECTED/],
    },
  });
  test('the last copy opens and the page says it could not check', async ({ page, context }) => {
    await openAt(page, '2027-03-02T10:00:00', opening(plan));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Launch');
    await item(page, 'Book the venue').check();
    await page.clock.runFor(400);
    await expect(page.getByTestId('save-status')).toHaveText('Saved in this browser');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Launch');
    await expect(item(page, 'Book the venue')).toBeChecked();
    await expect(page.getByTestId('source-bar')).toContainText('Could not check for changes');
    await expect(page.getByTestId('source-bar')).toContainText('offline');
    await context.setOffline(false);
  });
});
