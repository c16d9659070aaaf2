// The first paint before the wasm runs (issue 15): a release build's index.html carries the
// app's own first screen of the default plan as static HTML, so a first visit shows the plan as
// soon as a static page would, and the app replaces it when it starts (src/ui/first_paint.rs).
//
// Called by scripts/post-build.mjs for release builds, before the service worker's file list is
// written. It opens the built site in headless Chromium at the build's own time and at three
// later times, and keeps the first rendering with:
// - what differs between the times (countdowns, "N days overdue", the today line) hidden but
//   holding its place (`fp-live`), so that no stale figure is ever shown;
// - inline styles moved to a stylesheet of their own, since the Content-Security-Policy forbids
//   inline styles;
// - every checklist row laid out only when it comes on screen (`content-visibility: auto`, at the
//   height it had here): the browser's first frame lays out the first screen, not all the rows;
// - every top-level node marked `data-first-paint`, `inert` and hidden from assistive technology:
//   it is a picture of the page, not the page;
// - test ids dropped, so that tests find only the app's own nodes.
// A small script in <head> (first-paint-*.js) shows it (the fp-on class; style/main.css hides it
// otherwise) to a first visit to the default plan only: not to a stored plan, a link to another
// plan (`?src=`, `#…`), or storage that cannot be read. They wait for the app, as before. If the
// app cannot start, the script takes the picture away and says so.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '../tests/e2e/serve-dist.mjs';

const CHROMIUM = process.env.LAUNCHPLAN_CHROMIUM ?? '/usr/bin/chromium';
const DAY = 24 * 3600 * 1000;
// Later times the page is compared at: the next day at another hour, another weekday a week on,
// and a season on. Whatever differs between them depends on the clock.
const LATER = [DAY + 3 * 3600 * 1000 + 17 * 60 * 1000, 9 * DAY + 7 * 3600 * 1000, 101 * DAY + 5 * 3600 * 1000];
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Attributes a picture of the page has no use for: test hooks (tests look for the app's nodes),
// and what only assistive technology, focus or links between nodes read (the picture is hidden
// from assistive technology and inert). What CSS selects on (class, role, type, aria-pressed,
// open, hidden) and what is drawn (value, placeholder, max) stays.
const DROPPED = new Set(['data-testid', 'id', 'for', 'title', 'tabindex', 'accept', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-expanded', 'aria-keyshortcuts', 'aria-hidden', 'aria-live', 'aria-atomic', 'aria-current', 'aria-haspopup']);

const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** The page's body as a tree, with form controls' state written into attributes. */
function readBody() {
  const tree = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return { text: node.data };
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const tag = node.localName;
    if (tag === 'script' || tag === 'template') return null;
    const attrs = [...node.attributes].map((a) => [a.name, a.value]);
    const set = (name, value) => {
      const at = attrs.findIndex(([n]) => n === name);
      if (value === null) {
        if (at >= 0) attrs.splice(at, 1);
      } else if (at >= 0) attrs[at][1] = value;
      else attrs.push([name, value]);
    };
    if (tag === 'input') {
      if (node.type === 'checkbox' || node.type === 'radio') set('checked', node.checked ? '' : null);
      else set('value', node.value || null);
    }
    if (tag === 'option') set('selected', node.selected ? '' : null);
    const children = [...node.childNodes].map(tree).filter(Boolean);
    if (tag === 'textarea') return { tag, attrs, children: [{ text: node.value }] };
    // A row's height inside its padding and border, which it keeps while its layout is skipped.
    if (node.classList.contains('check-row')) {
      const css = getComputedStyle(node);
      const edges = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((sum, k) => sum + parseFloat(css[k]), 0);
      return { tag, attrs, children, height: Math.round(node.getBoundingClientRect().height - edges) };
    }
    return { tag, attrs, children };
  };
  return [...document.body.childNodes].map(tree).filter(Boolean);
}

/** Renders the built site's first screen at `time` and returns the body's tree. */
async function render(browser, url, time) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.clock.install({ time });
  await page.goto(url);
  await page.getByRole('timer').waitFor();
  // The plan's body is a chunk fetched as it nears the screen (src/ui/body.rs): the picture
  // holds the whole page, so it waits until no block stands in for its view.
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await page
    .waitForFunction(() => document.querySelector('.plan-section') && !document.querySelector('.block.deferred'), null, { timeout: 20_000 })
    .catch(() => {
      throw new Error("first-paint: the plan's body did not render within 20 s (did its chunk, split_plan_body, load?)");
    });
  await page.evaluate(() => scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  // Effects and the first frames settle.
  await page.clock.runFor(500);
  const body = await page.evaluate(readBody);
  await page.close();
  return body;
}

/** Marks (`live`) every node of `a` that is not the same in `b`. */
function markDifferences(a, b) {
  const same = a.length === b.length && a.every((n, i) => ('text' in n) === ('text' in b[i]) && (n.tag ?? '') === (b[i].tag ?? ''));
  if (!same) return false;
  a.forEach((n, i) => {
    const m = b[i];
    if ('text' in n) {
      if (n.text !== m.text) n.changed = true;
      return;
    }
    const attrs = (x) => JSON.stringify([...x.attrs].sort());
    if (attrs(n) !== attrs(m)) n.live = true;
    if (!markDifferences(n.children, m.children)) n.live = true;
    // A changed text hides its element: text has no box of its own to hide.
    if (n.children.some((c) => c.changed)) n.live = true;
  });
  return true;
}

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The body as HTML, with inline styles moved to `rules` and the marks applied. */
function toHtml(nodes, rules, top = true) {
  return nodes
    .map((n) => {
      if ('text' in n) return escapeText(n.text);
      let attrs = n.attrs.filter(([name]) => !DROPPED.has(name));
      let style = attrs.find(([name]) => name === 'style')?.[1];
      if (n.height !== undefined) style = `${style ?? ''};contain-intrinsic-size: auto ${n.height}px`.replace(/^;/, '');
      attrs = attrs.filter(([name]) => name !== 'style');
      if (style?.trim()) {
        if (!rules.has(style)) rules.set(style, rules.size);
        attrs.push(['data-fp-style', String(rules.get(style))]);
      }
      if (n.live) {
        const cls = attrs.find(([name]) => name === 'class');
        if (cls) cls[1] = `${cls[1]} fp-live`.trim();
        else attrs.push(['class', 'fp-live']);
      }
      if (top) attrs.push(['data-first-paint', ''], ['inert', ''], ['aria-hidden', 'true']);
      const open = `<${n.tag}${attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('')}>`;
      if (VOID.has(n.tag)) return open;
      return `${open}${toHtml(n.children, rules, false)}</${n.tag}>`;
    })
    .join('');
}

/** Each inline style as a rule that wins as the inline style did. */
function stylesheet(rules) {
  // What hides and shows the picture is in style/main.css, so that a picture whose stylesheet or
  // script did not load stays hidden.
  const css = [
    '/* The first paint\'s inline styles (scripts/first-paint.mjs). */',
    // The picture's checklist rows off screen skip layout and paint, at their measured heights
    // (set per row below). A row is a flex box with padding, so it takes the same room laid out on
    // its own: no margin collapses through it.
    '[data-first-paint] .check-row { content-visibility: auto; }',
  ];
  for (const [style, n] of rules) {
    const important = style
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => `${d.replace(/\s*!important$/, '')} !important`)
      .join('; ');
    css.push(`[data-fp-style="${n}"] { ${important}; }`);
  }
  return `${css.join('\n')}\n`;
}

// Runs before the body is parsed: anyone but a first visit to the default plan waits for the app.
const DECIDE = `// Shows the first paint (scripts/first-paint.mjs) only to a first visit to the default plan,
// and holds the app's download back until the browser has recorded that paint. Without this
// script the picture stays hidden (style/main.css shows it only under the fp-on class).
(function () {
  var root = document.documentElement;
  var painted;
  // The start-up script (boot-*.js) waits for this before it fetches the app.
  window.launchplanFirstPaintDone = new Promise(function (resolve) {
    painted = function () {
      window.launchplanFirstPaint = true;
      resolve();
    };
  });
  var first = false;
  try {
    // The theme chosen before (src/ui/theme.rs), so the picture does not change colour.
    var theme = localStorage.getItem('launchplan.theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    var stored = false;
    for (var i = 0; i < localStorage.length; i++) {
      if (String(localStorage.key(i)).indexOf('launchplan:') === 0) stored = true;
    }
    first = !stored && location.search === '' && location.hash === '';
  } catch (e) {
    first = false;
  }
  if (!first) {
    // No picture: the app's wasm is fetched at once, as the page's own preload did before the
    // first paint took it out of the page.
    var preload = __PRELOAD__;
    if (preload) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.type = 'application/wasm';
      link.crossOrigin = 'anonymous';
      link.href = preload.href;
      if (preload.integrity) link.integrity = preload.integrity;
      document.head.appendChild(link);
    }
    painted();
    return;
  }
  root.classList.add('fp-on');
  // If the app cannot start (a file that did not load, WebAssembly turned off), the picture
  // goes and the page says so: a plan that cannot be ticked must not look like one that can.
  var failed = function () {
    if (window.launchplanStarted || !root.classList.contains('fp-on')) return;
    root.classList.remove('fp-on');
    var say = function () {
      var alert = document.createElement('p');
      alert.className = 'alert stopped';
      alert.setAttribute('role', 'alert');
      alert.textContent = 'Launchplan could not start: a file did not load, or this browser runs no WebAssembly. Reload the page to try again.';
      document.body.prepend(alert);
    };
    if (document.body) say();
    else addEventListener('DOMContentLoaded', say);
  };
  addEventListener('error', failed);
  addEventListener('unhandledrejection', failed);
  var boot = document.querySelector('script[type=module]');
  if (boot) boot.addEventListener('error', failed);
  // The picture's largest paint, as the browser records it; where the browser records none, the
  // frame after the first. Half a second at most either way.
  setTimeout(painted, 500);
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (types.indexOf('largest-contentful-paint') >= 0) {
    new PerformanceObserver(function (list) {
      if (list.getEntries().length) painted();
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } else {
    addEventListener('load', function () {
      requestAnimationFrame(function () {
        setTimeout(painted, 0);
      });
    });
  }
})();
`;

/** Writes the first paint into `dir`/index.html, with its stylesheet and script beside it. */
export async function firstPaint(dir, publicUrl = './') {
  // An absolute public URL ("/tools/launchplan/") is where the page asks for its files.
  const base = publicUrl.startsWith('/') ? publicUrl : '/';
  const site = await serve({ root: dir, port: 0, base });
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const url = `http://127.0.0.1:${site.port}${base}`;
    const now = Date.now();
    const first = await render(browser, url, now);
    for (const later of LATER) {
      const other = await render(browser, url, now + later);
      if (!markDifferences(first, other)) throw new Error('first-paint: the page has another shape at another time');
    }
    const rules = new Map();
    const body = toHtml(first, rules);
    const css = stylesheet(rules);
    const indexPath = join(dir, 'index.html');
    let html = await readFile(indexPath, 'utf8');
    // The wasm preload Trunk wrote, for the visits that get no picture (see DECIDE).
    const wasmLink = html.match(/<link [^>]*\.wasm[^>]*>/)?.[0] ?? '';
    const attr = (name) => wasmLink.match(new RegExp(`${name}=("?)([^"\\s>]+)\\1`))?.[2];
    const preload = attr('href') ? { href: attr('href'), integrity: attr('integrity') ?? null } : null;
    const { minify } = await import('terser');
    const decide = (await minify(DECIDE.replace('__PRELOAD__', () => JSON.stringify(preload)))).code;
    const cssName = `first-paint-${hash(css)}.css`;
    const jsName = `first-paint-${hash(decide)}.js`;
    await writeFile(join(dir, cssName), css);
    await writeFile(join(dir, jsName), decide);
    const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
    const head = `<link rel="stylesheet" href="${publicUrl}${cssName}" integrity="${sri(css)}"><script src="${publicUrl}${jsName}" integrity="${sri(decide)}"></script>`;
    if (!html.includes('</head>') || !/<body>\s*<\/body>/.test(html)) throw new Error('first-paint: index.html has no empty <body> to fill');
    html = html.replace('</head>', () => `${head}</head>`).replace(/<body>\s*<\/body>/, () => `<body>${body}</body>`);
    // The app is fetched after the picture's paint (the start-up script waits for it): a preload
    // would fetch it first, and contend with the page for the network.
    html = html.replace(/<link [^>]*rel="?preload"?[^>]*\.wasm[^>]*>|<link [^>]*\.wasm[^>]*rel="?preload"?[^>]*>/g, '');
    await writeFile(indexPath, html);
    return { bytes: Buffer.byteLength(body), live: (body.match(/fp-live/g) ?? []).length, styles: rules.size };
  } finally {
    await browser.close();
    await site.close();
  }
}
