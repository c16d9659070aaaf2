// Launchplan's benchmark (a benchmark, not a test: it measures and prints, it does not fail on a
// slow number). Run it with ./scripts/bench.sh, which builds what it needs first. It drives the
// release build in dist/ in headless Chromium and prints a table, also written to
// target/bench/results.json, with each figure's ratio to bench/baseline.json:
// - first render of the default plan over cold loads, with and without 4x CPU throttling, beside
//   the same plan as a static HTML page (the floor) and TiddlyWiki's empty edition;
// - generated plans of 1,000 and 10,000 items: import, one toggle, one save, export, memory;
// - transfer size of every file (gzip and brotli), and what each crate costs in the wasm;
// - Lighthouse 12.2.3 scores, desktop and mobile.
// Options: --runs N (cold loads per case, default 10), --no-lighthouse, --save-baseline,
// --dist DIR (measure another build), --before DIR (measure that build too, in the same run,
// case by case beside this one: before and after on the same machine at the same time).
import { chromium } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterLive, beforeFirstPaint, measureDir } from '../scripts/size-report.mjs';
import { serve } from '../tests/e2e/serve-dist.mjs';
import { wasmCosts } from './wasm-costs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'target/bench');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', 10));
const LIGHTHOUSE = !args.includes('--no-lighthouse');
// Another build to measure (an older one, say) instead of dist/.
const DIST = option('--dist', join(root, 'dist'));
// An earlier build measured beside it, in the same run.
const BEFORE = option('--before', null);
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
// No fake clock anywhere: Playwright's replaces the performance timeline the figures come from.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

// --- The pages ------------------------------------------------------------------------------

/** The app in dist/, the same plan as static HTML, and TiddlyWiki's empty edition. */
async function servePages(browser) {
  const app = await serve({ root: DIST, port: 4190 });
  const floorDir = join(out, 'floor');
  mkdirSync(floorDir, { recursive: true });
  // The floor: the app's own rendering of the default plan, saved as a static page with its CSS
  // and nothing else; no page can show this content sooner.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4190/');
  await page.getByRole('timer').waitFor();
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], link[rel=manifest], meta[http-equiv]').forEach((n) => n.remove());
    return `<!doctype html>\n${doc.outerHTML}`;
  });
  await context.close();
  writeFileSync(join(floorDir, 'index.html'), html);
  for (const f of readdirSync(DIST).filter((f) => f.endsWith('.css') || f.endsWith('.svg'))) {
    copyFileSync(join(DIST, f), join(floorDir, f));
  }
  const floor = await serve({ root: floorDir, port: 4191 });
  const tiddlywiki = await serve({ root: join(out, 'tiddlywiki'), port: 4192 });
  const before = BEFORE ? await serve({ root: BEFORE, port: 4193 }) : null;
  return {
    servers: [app, floor, tiddlywiki, ...(before ? [before] : [])],
    app: 'http://127.0.0.1:4190/',
    before: before ? 'http://127.0.0.1:4193/' : null,
    floor: 'http://127.0.0.1:4191/',
    tiddlywiki: 'http://127.0.0.1:4192/',
  };
}

// --- Cold loads -----------------------------------------------------------------------------

/**
 * Over `RUNS` rounds of fresh browsers (cache off), one load of each page per round in turn (the
 * order reversed every other round), so that the pages compared meet the machine in the same
 * state: milliseconds from navigation start to the first contentful paint and the largest
 * contentful paint, both from the browser's performance timeline, so that every page is timed to
 * the same events; for the app also to the moment its plan is live (`launchplan:plan-rendered`,
 * a frame after the app rendered it). `pages` maps a name to `{ url, appMark }`.
 */
async function coldLoads(browser, pages, { throttle }) {
  const names = Object.keys(pages);
  const times = Object.fromEntries(names.map((name) => [name, { fcp: [], lcp: [], ready: [] }]));
  for (let i = 0; i < RUNS; i++) {
    for (const name of i % 2 ? [...names].reverse() : names) {
      const { url, appMark } = pages[name];
      const at = await coldLoad(browser, url, { throttle, appMark });
      times[name].fcp.push(at.fcp);
      if (at.lcp !== undefined) times[name].lcp.push(at.lcp);
      if (at.ready !== undefined) times[name].ready.push(at.ready);
    }
  }
  const summary = (t) => Object.fromEntries(Object.entries(t).filter(([, xs]) => xs.length).map(([k, xs]) => [k, spread(xs)]));
  return Object.fromEntries(names.map((name) => [name, summary(times[name])]));
}

/** One cold load of `url` in a fresh browser context: see `coldLoads`. */
async function coldLoad(browser, url, { throttle, appMark }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  const at = await page.evaluate(async (mark) => {
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    const entry = (name) => performance.getEntriesByName(name)[0]?.startTime;
    for (let waited = 0; waited < 30000 && (entry('first-contentful-paint') === undefined || (mark && entry(mark) === undefined)); waited += 10) {
      await sleep(10);
    }
    // The largest contentful paint so far, once the page has settled.
    await sleep(500);
    const lcp = await new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1);
        resolve(last.renderTime || last.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => resolve(undefined), 1000);
    });
    return { fcp: entry('first-contentful-paint'), lcp, ready: mark ? entry(mark) : undefined };
  }, appMark ? 'launchplan:plan-rendered' : null);
  if (at.fcp === undefined) throw new Error(`${url}: the page never painted`);
  await context.close();
  return at;
}

// --- What a first visit fetches ------------------------------------------------------------

/**
 * The gzip bytes of the build's files (sizes from `dir`) that a first visit to `url` asks for
 * before its plan is live (`launchplan:plan-rendered`) and in the second after, without
 * scrolling, on a screen of `width` × `height`. The service worker is blocked: it fetches every
 * file after the start for offline use, whatever the page needs.
 */
async function firstVisitFetches(browser, url, dir, { width, height }) {
  const sizes = new Map(measureDir(dir).rows.map((f) => [f.file, f.gzip]));
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const asked = new Set();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === new URL(url).origin) asked.add(decodeURIComponent(u.pathname.replace(/^\//, '')) || 'index.html');
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('launchplan:plan-rendered').length > 0, null, { timeout: 30_000 });
  // Asked for before the mark, by the page's own clock (the wait above polls, and what the app
  // fetches right after it is live, such as the service worker's chunk, would be counted too).
  const live = [...new Set(['index.html', ...(await page.evaluate(() => {
    const mark = performance.getEntriesByName('launchplan:plan-rendered')[0].startTime;
    return performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= mark && new URL(e.name).origin === location.origin)
      .map((e) => decodeURIComponent(new URL(e.name).pathname.replace(/^\//, '')));
  }))])];
  await page.waitForTimeout(1000);
  await context.close();
  const sum = (files) => files.reduce((t, f) => t + (sizes.get(f) ?? 0), 0);
  return { until_live: sum(live), a_second_after: sum([...asked]), files: asked.size };
}

// --- Big plans ------------------------------------------------------------------------------

/**
 * Import, toggle, save, export and memory for a generated plan file, on each build given (this
 * one, and the build before with --before). The import, the render of every row, the save and
 * the export are timed on one page per build, one build after the other; the toggles take turns
 * between the builds' pages, a round of seven at a time (the order reversed every other round),
 * so that both builds meet the machine in the same state: the two pages one after the other
 * showed a 1.6 ms swing in the median for the same code, more than a change measured. And the
 * page opened first toggles slower, the same build on both pages included (0.5 to 2 ms in the
 * median on this machine), so with two builds the pages are opened again in the other order and
 * each build's toggles are the median over both of its pages.
 */
async function bigPlans(browser, appUrls, file) {
  const text = readFileSync(file, 'utf8');
  const first = await bigPlansOnce(browser, appUrls, text, true);
  const again = appUrls.length > 1
    ? (await bigPlansOnce(browser, [...appUrls].reverse(), text, false)).reverse()
    : appUrls.map(() => ({ asOpened: [], everyRow: [] }));
  return first.map(({ asOpened, everyRow, ...figures }, i) => ({
    ...figures,
    toggle_as_opened_ms: median([...asOpened, ...again[i].asOpened]),
    toggle_ms: median([...everyRow, ...again[i].everyRow]),
  }));
}

/**
 * One page per build of `appUrls`, opened in that order, with the plan `text`: its toggles as
 * opened and with every row rendered (taking turns between the pages), and with `whole` the
 * import's figures, the render of every row, one save, one export and memory.
 */
async function bigPlansOnce(browser, appUrls, text, whole) {
  const opened = [];
  for (const appUrl of appUrls) opened.push(await openBigPlan(browser, appUrl, text, whole));
  // As opened: the blocks near the screen are rendered, the rest wait (deferred.rs).
  const asOpened = await toggleInTurns(opened);
  // Every row rendered, as printing, find and the filters do: the time that takes, and a toggle
  // on the whole page (what the baseline, which rendered every row, measured).
  const renderAll = [];
  for (const { page } of opened) {
    await page.bringToFront();
    renderAll.push(await page.evaluate(async () => {
      const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      dispatchEvent(new Event('beforeprint'));
      while (document.querySelector('.deferred')) await new Promise((r) => setTimeout(r, 10));
      await afterPaint();
      return performance.now() - t0;
    }));
  }
  const everyRow = await toggleInTurns(opened);
  const results = [];
  for (const [i, build] of opened.entries()) {
    if (!whole) {
      await build.context.close();
      results.push({ asOpened: asOpened[i], everyRow: everyRow[i] });
      continue;
    }
    results.push({
      ...build.figures,
      asOpened: asOpened[i],
      render_all_ms: renderAll[i],
      everyRow: everyRow[i],
      ...await finishBigPlan(build),
    });
  }
  return results;
}

/**
 * Opens a fresh page of the app at `appUrl` and imports the plan `text` as a user does, timed in
 * the page: the Import button pressed first, then the file chosen in the picker half a second
 * later (a quick user; builds since 2026-12-02 fetch the import's chunks on that press), file
 * chosen → preview on screen (read, validate, compare), then Replace → the plan on screen. With
 * `previews`, four more fresh pages time file chosen → preview again, and one the choice without
 * the press first (`cold`: the chunks are fetched and compiled after the choice, as a file set by
 * a script would be).
 */
async function openBigPlan(browser, appUrl, text, previews = true) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.launchplanWasm = e.detail.wasm; });
  });
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.getByRole('timer').waitFor();
  const imported = await chooseFile(page, text, { pressImport: true });
  // File chosen → preview varies by tens of ms from page to page (what the page is still doing
  // half a second after its start, V8's background compiles): the median of five fresh pages.
  const times = [imported.preview];
  while (previews && times.length < 5) times.push(await freshPreview(browser, appUrl, text, true));
  const cold = previews ? await freshPreview(browser, appUrl, text, false) : null;
  await page.waitForTimeout(500);
  return {
    context,
    page,
    figures: {
      import_ms: imported.total,
      import_preview_ms: median(times),
      import_preview_samples_ms: times,
      import_preview_cold_ms: cold,
      import_replace_ms: imported.replace,
      rows_as_opened: await page.locator('main input[type=checkbox]').count(),
    },
  };
}

/**
 * 21 toggles on each page of `opened` (every second row of the first 42): a click → the progress
 * figure changed → the next frame, in rounds of seven that take turns between the pages. Returns
 * each page's times.
 */
async function toggleInTurns(opened) {
  const times = opened.map(() => []);
  for (let round = 0; round < 3; round++) {
    const order = opened.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) {
      await opened[i].page.bringToFront();
      await opened[i].page.waitForTimeout(300);
      times[i].push(...await opened[i].page.evaluate(async (from) => {
        const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const boxes = document.querySelectorAll('main input[type=checkbox]').length;
        if (boxes < 41) throw new Error(`the toggles need 41 rows on the page, and it has ${boxes}`);
        const out = [];
        for (let i = from; i < from + 7; i++) {
          const box = document.querySelectorAll('main input[type=checkbox]')[i * 2];
          const progress = document.querySelector('[data-testid=progress]');
          const before = progress.textContent;
          const t0 = performance.now();
          box.click();
          await new Promise((resolve) => {
            const watch = new MutationObserver(() => { if (progress.textContent !== before) { watch.disconnect(); resolve(); } });
            watch.observe(progress, { childList: true, subtree: true, characterData: true });
          });
          await afterPaint();
          out.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 50));
        }
        return out;
      }, round * 7));
    }
  }
  return times;
}

/** One save and one export on an opened page, and its memory; then closes it. */
async function finishBigPlan({ context, page }) {
  await page.bringToFront();
  await page.waitForTimeout(600); // the debounced save
  const saves = await page.evaluate(() => performance.getEntriesByName('launchplan:save').map((m) => m.duration));
  const download = page.waitForEvent('download');
  // Export JSON is in the Export menu (a menu button; a disclosure in builds before 2026-12-01).
  await page.locator('button[aria-haspopup="menu"], details.menu > summary', { hasText: 'Export' }).first().click();
  await page.getByRole('menuitem', { name: 'Export JSON' }).or(page.getByRole('button', { name: 'Export JSON' })).first().click();
  await download;
  const exported = await page.evaluate(() => performance.getEntriesByName('launchplan:export').at(-1)?.duration);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  const wasmMemory = await page.evaluate(() => window.launchplanWasm?.memory?.buffer.byteLength);
  const rows = await page.locator('main input[type=checkbox]').count();
  await context.close();
  return {
    save_ms: saves.length ? median(saves) : null,
    export_ms: exported ?? null,
    js_heap_mb: heap / 2 ** 20,
    wasm_memory_mb: wasmMemory / 2 ** 20,
    rows_rendered: rows,
  };
}

/**
 * Chooses the plan `text` in the Import field of `page` and times, in the page, file chosen →
 * preview on screen and (with `replace`) Replace → the plan on screen.
 */
async function chooseFile(page, text, { pressImport, replace = true }) {
  return page.evaluate(async ({ text, pressImport, replace }) => {
    const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const until = (test) => new Promise((resolve) => {
      if (test()) return resolve();
      const watch = new MutationObserver(() => { if (test()) { watch.disconnect(); resolve(); } });
      watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    if (pressImport) {
      // No file picker opens (the press is not a user's), but the app sees the press.
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Import…').click();
      await new Promise((r) => setTimeout(r, 500));
    }
    const input = document.querySelector('input[type=file]');
    const files = new DataTransfer();
    files.items.add(new File([text], 'generated.launchplan.json', { type: 'application/json' }));
    const t0 = performance.now();
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => document.querySelector('[data-testid=import-preview]'));
    await afterPaint();
    const t1 = performance.now();
    if (!replace) return { preview: t1 - t0 };
    [...document.querySelectorAll('[data-testid=import-preview] button')].find((b) => b.textContent === 'Replace').click();
    await until(() => document.querySelector('h1')?.textContent.startsWith('Generated plan'));
    await afterPaint();
    const t2 = performance.now();
    window.benchImportStart = t0;
    return { preview: t1 - t0, replace: t2 - t1, total: t2 - t0 };
  }, { text, pressImport, replace });
}

/** File chosen → preview on screen on a fresh page, with a press of Import first or not. */
async function freshPreview(browser, appUrl, text, pressImport) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.getByRole('timer').waitFor();
  const { preview } = await chooseFile(page, text, { pressImport, replace: false });
  await context.close();
  return preview;
}

// --- Lighthouse -----------------------------------------------------------------------------

// Asynchronous: the pages are served from this same process, which must keep answering.
async function lighthouse(url, preset, build = 'now') {
  const file = join(out, `lighthouse-${preset}${build === 'now' ? '' : `-${build}`}.json`);
  const flags = ['--headless=new', ...FLAGS].join(' ');
  await promisify(execFile)(join(root, 'node_modules/.bin/lighthouse'), [
    url, '--quiet', '--output=json', `--output-path=${file}`, `--chrome-flags=${flags}`,
    '--only-categories=performance,accessibility', ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM } });
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    fcp_ms: audit('first-contentful-paint'),
    lcp_ms: audit('largest-contentful-paint'),
    tbt_ms: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  };
}

// --- The run --------------------------------------------------------------------------------

const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const pages = await servePages(browser);
const results = { date: new Date().toISOString().slice(0, 10), machine: `${cpus().length} × ${cpus()[0]?.model.trim()}`, runs: RUNS };

console.error('cold loads…');
results.first_render = {};
for (const throttle of [false, true]) {
  const key = throttle ? 'cpu_4x' : 'cpu_1x';
  results.first_render[key] = await coldLoads(browser, {
    launchplan: { url: pages.app, appMark: true },
    ...(pages.before ? { before: { url: pages.before, appMark: true } } : {}),
    static_html: { url: pages.floor },
    tiddlywiki: { url: pages.tiddlywiki },
  }, { throttle });
}

console.error('first visits…');
results.first_visit = {};
for (const [name, screen] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  results.first_visit[name] = {
    launchplan: await firstVisitFetches(browser, pages.app, DIST, screen),
    ...(pages.before ? { before: await firstVisitFetches(browser, pages.before, BEFORE, screen) } : {}),
  };
}

console.error('big plans…');
results.plans = {};
results.before_plans = pages.before ? {} : undefined;
for (const n of [1000, 10000]) {
  const [now, before] = await bigPlans(browser, [pages.app, ...(pages.before ? [pages.before] : [])], join(out, `plan-${n}.launchplan.json`));
  results.plans[n] = now;
  if (before) results.before_plans[n] = before;
}
await browser.close();

const sizes = (dir) => {
  const { rows, total } = measureDir(dir);
  const sum = (keep) => rows.filter((f) => keep(f.file)).reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  // Before the plan shows: the page, its CSS and the first paint's script when the build has a
  // first paint; without one, the plan shows only once everything loaded at start has run.
  const painted = rows.some((f) => f.file.startsWith('first-paint-'));
  const atStart = sum((f) => !afterLive(f));
  return { total, files: rows, at_start: atStart, before_plan_shows: painted ? sum(beforeFirstPaint) : atStart };
};
results.transfer = { launchplan: sizes(DIST), static_html: sizes(join(out, 'floor')), tiddlywiki: sizes(join(out, 'tiddlywiki')) };
if (BEFORE) results.transfer.before = sizes(BEFORE);
// The main module and each on-demand chunk as scripts/wasm-split/wasm-bindgen left them (named,
// before wasm-bindgen and wasm-opt).
const splitDir = join(root, 'target/wasm-bindgen/release/split');
if (existsSync(splitDir)) {
  results.wasm_by_crate = {};
  for (const f of readdirSync(splitDir).filter((f) => f.endsWith('.wasm'))) {
    const costs = wasmCosts(join(splitDir, f));
    results.wasm_by_crate[f] = { data_bytes: costs.data, crates: costs.crates.slice(0, 15) };
  }
}
if (LIGHTHOUSE) {
  console.error('lighthouse…');
  results.lighthouse = { desktop: await lighthouse(pages.app, 'desktop'), mobile: await lighthouse(pages.app, 'mobile') };
  if (pages.before) results.before_lighthouse = { desktop: await lighthouse(pages.before, 'desktop', 'before'), mobile: await lighthouse(pages.before, 'mobile', 'before') };
}
for (const s of pages.servers) await s.close();

// --- The table ------------------------------------------------------------------------------

const baselineFile = join(root, 'bench/baseline.json');
const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : null;
const get = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
const rows = [];
const fmt = (value, unit) => (typeof value === 'number' ? `${unit === 'KB' ? (value / 1024).toFixed(1) : value.toFixed(unit === 'ms' || unit === 'MB' ? 1 : unit === '' ? 3 : 0)} ${unit}`.trim() : '–');
// A row: this build's figure, the earlier build's in the same run (--before), the ratio to the
// committed baseline when it has the figure, and a remark.
const row = (label, path, unit, extra = '', beforePath = null) => {
  const value = get(results, path);
  const old = get(baseline, path);
  const ratio = typeof value === 'number' && typeof old === 'number' && old !== 0 ? `${(value / old).toFixed(2)}×` : '';
  rows.push([label, fmt(value, unit), BEFORE ? fmt(beforePath ? get(results, beforePath) : undefined, unit) : '', ratio, extra]);
};
const vs = (a, b) => `${(a / b).toFixed(2)}×`;
for (const cpu of ['cpu_1x', 'cpu_4x']) {
  const fr = results.first_render[cpu];
  const how = cpu === 'cpu_1x' ? 'no throttling' : '4x CPU throttling';
  for (const [event, name] of [['fcp', 'first contentful paint'], ['lcp', 'largest contentful paint']]) {
    const l = fr.launchplan[event];
    if (!l) continue;
    row(`default plan, ${name}, ${how} (median)`, `first_render.${cpu}.launchplan.${event}.median`, 'ms',
      `min ${l.min.toFixed(0)}, max ${l.max.toFixed(0)}; ${vs(l.median, fr.static_html[event].median)} the static HTML floor (${fr.static_html[event].median.toFixed(0)} ms), ${vs(l.median, fr.tiddlywiki[event].median)} TiddlyWiki (${fr.tiddlywiki[event].median.toFixed(0)} ms)`,
      `first_render.${cpu}.before.${event}.median`);
  }
  row(`default plan, live (app rendered, next frame), ${how} (median)`, `first_render.${cpu}.launchplan.ready.median`, 'ms', '', `first_render.${cpu}.before.ready.median`);
}
for (const n of ['1000', '10000']) {
  const b = (key) => `before_plans.${n}.${key}`;
  row(`${n} items: import (read, validate, preview, replace, render)`, `plans.${n}.import_ms`, 'ms',
    `preview ${results.plans[n].import_preview_ms.toFixed(0)} + replace ${results.plans[n].import_replace_ms.toFixed(0)}; ${results.plans[n].rows_as_opened} rows on the page as opened`, b('import_ms'));
  row(`${n} items: import, file chosen to preview on screen (Import pressed 0.5 s before; median of 5 pages)`, `plans.${n}.import_preview_ms`, 'ms', '', b('import_preview_ms'));
  row(`${n} items: import, file chosen to preview, no press first (chunks fetched after the choice)`, `plans.${n}.import_preview_cold_ms`, 'ms', '', b('import_preview_cold_ms'));
  row(`${n} items: one toggle as opened, to the next frame (median of ${BEFORE ? 42 : 21})`, `plans.${n}.toggle_as_opened_ms`, 'ms', '', b('toggle_as_opened_ms'));
  row(`${n} items: rendering every row (print, find)`, `plans.${n}.render_all_ms`, 'ms', '', b('render_all_ms'));
  row(`${n} items: one toggle with every row rendered (median of ${BEFORE ? 42 : 21})`, `plans.${n}.toggle_ms`, 'ms', '', b('toggle_ms'));
  row(`${n} items: one save`, `plans.${n}.save_ms`, 'ms', '', b('save_ms'));
  row(`${n} items: export JSON`, `plans.${n}.export_ms`, 'ms', '', b('export_ms'));
  row(`${n} items: JS heap after load`, `plans.${n}.js_heap_mb`, 'MB', `wasm memory ${results.plans[n].wasm_memory_mb.toFixed(1)} MB`, b('js_heap_mb'));
}
const t = results.transfer;
row('transfer before the plan shows, gzip', 'transfer.launchplan.before_plan_shows.gzip', 'KB', 'the page with its first paint, CSS, the first paint\'s script', 'transfer.before.before_plan_shows.gzip');
row('transfer before the plan is live (loaded at start), gzip', 'transfer.launchplan.at_start.gzip', 'KB', 'every file but the wasm chunks loaded on first use, the service worker and the install icons', 'transfer.before.at_start.gzip');
for (const name of ['phone', 'desktop']) {
  const screen = name === 'phone' ? '390 × 844' : '1280 × 800';
  row(`a first visit on a ${name} (${screen}, no scroll): fetched until live, gzip`, `first_visit.${name}.launchplan.until_live`, 'KB', `${(results.first_visit[name].launchplan.a_second_after / 1024).toFixed(1)} KB a second after (${results.first_visit[name].launchplan.files} files); service worker blocked`, `first_visit.${name}.before.until_live`);
}
row('transfer, all files, gzip', 'transfer.launchplan.total.gzip', 'KB',
  `brotli ${(t.launchplan.total.brotli / 1024).toFixed(1)} KB; static HTML ${(t.static_html.total.gzip / 1024).toFixed(1)} KB (${vs(t.launchplan.total.gzip, t.static_html.total.gzip)}), TiddlyWiki ${(t.tiddlywiki.total.gzip / 1024).toFixed(1)} KB (${vs(t.launchplan.total.gzip, t.tiddlywiki.total.gzip)})`, 'transfer.before.total.gzip');
if (results.lighthouse) {
  for (const preset of ['desktop', 'mobile']) {
    const l = results.lighthouse[preset];
    row(`Lighthouse ${preset}: performance`, `lighthouse.${preset}.performance`, 'points', `FCP ${l.fcp_ms?.toFixed(0)} ms, LCP ${l.lcp_ms?.toFixed(0)} ms, TBT ${l.tbt_ms?.toFixed(0)} ms, CLS ${l.cls?.toFixed(3)}`, `before_lighthouse.${preset}.performance`);
    row(`Lighthouse ${preset}: accessibility`, `lighthouse.${preset}.accessibility`, 'points', '', `before_lighthouse.${preset}.accessibility`);
  }
}
rows.unshift(['figure', 'now', BEFORE ? 'before' : '', baseline ? 'vs baseline' : '', '']);
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`\nLaunchplan benchmark, ${results.date}, ${results.machine}, ${RUNS} cold loads per case${BEFORE ? `; "before" is ${BEFORE}, measured in the same run` : ''}${baseline ? `; ratios to the baseline of ${baseline.date}` : ''}\n`);
for (const r of rows) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3].padStart(widths[3])}  ${r[4]}`);
console.log('\nfiles (gzip / brotli):');
for (const f of t.launchplan.files) console.log(`  ${f.file.padEnd(40)} ${(f.gzip / 1024).toFixed(1).padStart(7)} KB ${(f.brotli / 1024).toFixed(1).padStart(7)} KB`);
for (const [file, costs] of Object.entries(results.wasm_by_crate ?? {})) {
  console.log(`\n${file}: code by crate (before wasm-opt; gzip of each crate's functions alone), plus ${(costs.data_bytes / 1024).toFixed(1)} KB of static data:`);
  for (const c of costs.crates) console.log(`  ${c.crate.padEnd(20)} ${String(c.functions).padStart(5)} fns ${(c.code / 1024).toFixed(1).padStart(7)} KB ${(c.gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
}
writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten: target/bench/results.json`);
if (args.includes('--save-baseline')) {
  writeFileSync(baselineFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log('written: bench/baseline.json');
}
