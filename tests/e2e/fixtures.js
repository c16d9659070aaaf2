// Shared test fixture: every page fails its test on a console error, an uncaught exception,
// a failed request, an HTTP error status, a Content-Security-Policy violation or a request to
// another origin, so no test can pass over a broken page.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  /** The one origin the app is served from; a test with its own server sets it. */
  appOrigin: [`http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`, { option: true }],
  /**
   * Problems a test brings about on purpose: each of `patterns` must occur, `alsoAllowed` may
   * (what the browser reports along with them).
   */
  expectedProblems: [{ patterns: [], alsoAllowed: [] }, { option: true }],
  page: async ({ page, appOrigin, expectedProblems }, use) => {
    const problems = [];
    // A Content-Security-Policy violation is reported as well as logged.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
    // A request the browser cancels because the page navigated on (a second `goto`, a reload)
    // belongs to the document that was left, and is no problem of the app. The browser cancels
    // the old document's requests when the next one's answer comes, before it commits, and the
    // old document may still ask for things after the navigation began (an observer's callback,
    // a chunk it fetches). So a cancelled request is left behind when a main-frame navigation
    // began after it was asked for, or one was on its way (begun, its document not committed)
    // when it was asked for.
    // A navigation that never commits (it failed, answered no document, or became a download)
    // is under way no longer.
    let navigations = 0;
    let underway = null;
    const issuedAfter = new WeakMap();
    page.on('request', (req) => {
      issuedAfter.set(req, [navigations, underway !== null]);
      if (req.isNavigationRequest() && req.frame() === page.mainFrame()) {
        navigations += 1;
        underway = req;
      }
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) underway = null;
    });
    page.on('download', () => {
      underway = null;
    });
    page.on('response', (res) => {
      if (res.request() === underway && [204, 205].includes(res.status())) underway = null;
    });
    page.on('requestfailed', (req) => {
      if (req === underway) underway = null;
      const error = req.failure()?.errorText ?? '';
      const [begun, during] = issuedAfter.get(req) ?? [navigations, false];
      const leftBehind = error.includes('ERR_ABORTED') && !req.isNavigationRequest() && (begun < navigations || during);
      if (!leftBehind) problems.push(`request failed: ${req.url()} (${error})`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    // No request may leave the page's own origin.
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['http:', 'https:'].includes(url.protocol)) return;
      if (url.origin !== appOrigin) problems.push(`request to another origin: ${req.url()}`);
    });
    await use(page);
    const expected = expectedProblems.patterns;
    for (const pattern of expected) {
      expect(problems.some((p) => pattern.test(p)), `expected a problem matching ${pattern}`).toBe(true);
    }
    const allowed = [...expected, ...(expectedProblems.alsoAllowed ?? [])];
    const unexpected = problems.filter((p) => !allowed.some((pattern) => pattern.test(p)));
    expect(unexpected, 'the page reported problems').toEqual([]);
  },
});

export { expect };

/** Opens the app and waits until the WebAssembly app has rendered the plan. */
export async function openApp(page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('timer')).toBeVisible();
}

/** Opens the app with the clock fixed at a local date and time ("2026-02-12T10:30"). */
export async function openAt(page, when, path = '/') {
  await page.clock.install({ time: new Date(when) });
  await openApp(page, path);
}

/**
 * Opens the app with its clock stopped at exactly `when`, for a countdown read to the minute.
 * `openAt`'s clock runs: a loaded machine can spend over a second starting the app, and a
 * countdown read a second late is a minute short (CI, 2026-12-03). So the app opens a minute
 * early, the clock is stopped, set to `when`, and the app reads it as when a tab is shown again.
 * Later times come from `page.clock.runFor`.
 */
export async function openAtExactly(page, when, path = '/') {
  const at = new Date(when);
  await page.clock.install({ time: new Date(at.getTime() - 60_000) });
  await openApp(page, path);
  const early = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(new Date(Math.min(early + 1_000, at.getTime() - 1_000)));
  await page.clock.setSystemTime(at);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
}

/** The checkbox of a checklist entry, found by its accessible name: exactly the entry's text. */
export function item(page, text) {
  return page.getByRole('checkbox', { name: text, exact: true });
}

/** Opens a toolbar menu ("View", a disclosure; "Export", an ARIA menu button) unless it is open. */
export async function openMenu(page, name) {
  const button = page.locator('button[aria-haspopup="menu"]', { hasText: name });
  if (await button.count()) {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    return;
  }
  const menu = page.locator('details.menu').filter({ has: page.locator(':scope > summary', { hasText: name }) });
  if (!(await menu.evaluate((d) => d.open))) await menu.locator(':scope > summary').click();
}

/** Turns on editing mode, where the add, rename, move and delete controls show. */
export async function editMode(page) {
  await openMenu(page, 'View');
  const toggle = page.getByRole('button', { name: 'Edit plan' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
}

/**
 * For a test of a wasm chunk fetched on first use (`split_<name>-<hash>.wasm`) that does not
 * load, as for an old tab after a deploy removed it: what the page then reports, to pass to
 * `test.use` (no service worker, which would serve the chunk from its cache).
 */
export const chunkRefused = (name) => ({
  expectedProblems: {
    patterns: [new RegExp(`HTTP 404: .*split_${name}.*\\.wasm`)],
    alsoAllowed: [/Failed to load resource: .* 404/, /Failed to execute 'compile' on 'WebAssembly'/, /request failed: .*split_.*\.wasm/],
  },
  serviceWorkers: 'block',
});

/** Refuses the chunk `name` the first time the page fetches it; `seen.count` counts fetches. */
export async function refuseChunkOnce(page, name) {
  const seen = { count: 0 };
  await page.route(new RegExp(`split_${name}.*\\.wasm$`), (route) =>
    seen.count++ ? route.continue() : route.fulfill({ status: 404, body: '' }));
  return seen;
}
