// Trunk post-build hook (see Trunk.toml); also runs on its own: node scripts/post-build.mjs <dir>.
// 0. Copies in the wasm chunks that scripts/wasm-split/wasm-bindgen split off (code loaded only
//    when first used) with their loader (its entries written smaller, scripts/split-loader.mjs),
//    and optimises each chunk as Trunk did the main module.
// 1. Moves Trunk's inline start-up script into a hashed file, so the Content-Security-Policy
//    can forbid inline scripts. For release builds, first gives the main module's imports and
//    long exports short names (scripts/short-names.mjs) and minifies wasm-bindgen's glue, the
//    chunks' loader and the other scripts (Trunk leaves them as written).
// 2. For release builds, writes the app's first screen into index.html as static HTML, shown
//    before the wasm runs (scripts/first-paint.mjs).
// 3. Writes sw.js from assets/sw.js with the list of every built file and a version that is the
//    hash of them all: any change to any file is a new version, and the list cannot go stale.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { firstPaint } from './first-paint.mjs';
import { compactLoader } from './split-loader.mjs';
import { dropStreamClasses, renameInGlue, renameInWasm } from './short-names.mjs';
import { onDemand } from './size-report.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build: give the build directory (or run from Trunk)');
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? './';
const source = fileURLToPath(new URL('../assets/sw.js', import.meta.url));
const hash = (data, length = 16) => createHash('sha256').update(data).digest('hex').slice(0, length);

// 0. The chunks, from where the wasm-bindgen wrapper left them (once: this script may run again
//    over a built site).
async function copyChunks() {
  const entries = await readdir(dir);
  if (entries.some((f) => f.startsWith('__wasm_split-'))) return;
  const profile = process.env.TRUNK_PROFILE ?? 'release';
  const target = process.env.CARGO_TARGET_DIR ?? process.env.CARGO_BUILD_TARGET_DIR ?? fileURLToPath(new URL('../target', import.meta.url));
  const splitDir = join(target, 'wasm-bindgen', profile, 'split');
  const main = entries.find((f) => /^launchplan-app-[0-9a-f]+\.js$/.test(f));
  const made = await readdir(splitDir).catch(() => []);
  const loader = made.find((f) => f.startsWith('__wasm_split-'));
  const fresh = main && loader && (await readFile(join(dir, main), 'utf8')).includes(loader);
  if (!fresh) {
    throw new Error(`post-build: ${main} was not made by scripts/wasm-split/wasm-bindgen (build with scripts/build.sh, or put scripts/wasm-split first on PATH)`);
  }
  // The loader takes the main module's exports: it must import the very file the page loaded.
  // wasm-split-cli names the main module after cargo's wasm file (launchplan-app.wasm).
  const js = (await readFile(join(splitDir, loader), 'utf8')).replace(/from "\.\/launchplan[-_]app\.js"/, `from "./${main}"`);
  if (!js.includes(`from "./${main}"`)) throw new Error(`post-build: ${loader} does not import the main module (./launchplan-app.js) as expected`);
  // Its entries written smaller: it is fetched at start (scripts/split-loader.mjs). Every file
  // it loads must be one the split made.
  const compact = compactLoader(js);
  const missing = compact.files.filter((f) => !made.includes(f));
  if (missing.length) throw new Error(`post-build: ${loader} loads files the split did not make: ${missing.join(', ')}`);
  await writeFile(join(dir, loader), compact.js);
  // wasm-opt with the options index.html gives Trunk for the main module.
  const indexSource = await readFile(fileURLToPath(new URL('../index.html', import.meta.url)), 'utf8');
  const params = (indexSource.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean);
  for (const chunk of made.filter(onDemand)) {
    await copyFile(join(splitDir, chunk), join(dir, chunk));
    if (profile === 'release') {
      execFileSync('wasm-opt', ['-Oz', ...params, join(dir, chunk), '-o', join(dir, chunk)], { stdio: 'inherit' });
    }
  }
}
await copyChunks();

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');

// 1a. Short names between the main module and its glue (scripts/short-names.mjs), before the
//     glue is minified, and the glue's classes for wasm-streams' types dropped (wasm-opt removed
//     their exports); once (a module renamed already imports nothing by the long names).
async function shortenNames() {
  const entries = await readdir(dir);
  const glue = entries.find((f) => /^launchplan-app-[0-9a-f]+\.js$/.test(f));
  const module = entries.find((f) => /^launchplan-app-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!glue || !module) throw new Error('post-build: no main module and glue to give short names');
  const renamed = renameInWasm(await readFile(join(dir, module)));
  const js = await readFile(join(dir, glue), 'utf8');
  if (renamed.imports.size === 0) {
    // Renamed by an earlier run of this script; otherwise wasm-bindgen names its glue's module
    // differently now, and the short names would silently stop (see short-names.mjs).
    if (renamed.renamedBefore === 0) throw new Error(`post-build: ${module} imports nothing from ./launchplan-app_bg.js (has wasm-bindgen renamed its glue's module?)`);
    return;
  }
  const { js: kept, dropped } = dropStreamClasses(js, renamed.exportNames);
  await writeFile(join(dir, glue), renameInGlue(kept, renamed));
  // The module gets a name of its own bytes: Trunk's is a hash of cargo's wasm, which stays the
  // same when only wasm-opt's output (and so the order of the short names) changes, and the wasm
  // is fetched without an integrity check, so a cached old module could meet a new glue and call
  // the wrong functions without a word. (The glue is checked by its integrity in index.html.)
  const named = `launchplan-app-${hash(renamed.wasm)}_bg.wasm`;
  const uses = html.split(module).length - 1;
  if (uses === 0) throw new Error(`post-build: index.html does not load ${module}`);
  html = html.split(module).join(named);
  await writeFile(indexPath, html);
  await writeFile(join(dir, named), renamed.wasm);
  if (named !== module) await rm(join(dir, module));
  console.log(`post-build: short names for ${renamed.imports.size} imports and ${renamed.exports.size} exports; glue classes of removed exports dropped: ${dropped.join(', ') || 'none'}`);
}
if ((process.env.TRUNK_PROFILE ?? 'release') === 'release') await shortenNames();

// 1b. The glue and the loader, minified (release builds). Their names stay (the hash is of the
//     wasm they go with); the glue's integrity in index.html is that of the minified file.
async function minifyScripts() {
  const scripts = (await readdir(dir)).filter((f) => /^(launchplan-app-[0-9a-f]+|__wasm_split-[0-9a-f]+|stopped)\.js$/.test(f));
  for (const file of scripts) {
    const path = join(dir, file);
    const { code } = await minify(await readFile(path, 'utf8'), { module: file !== 'stopped.js' });
    await writeFile(path, code);
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    html = html.replace(new RegExp(`(href=["']?[^"' >]*${file.replace('.', '\\.')}["']?[^>]*integrity=)["']?sha384-[^"' >]+["']?`), `$1"${integrity}"`);
    if (file.startsWith('launchplan-app-') && !html.includes(integrity)) {
      throw new Error(`post-build: index.html has no integrity for ${file} to update`);
    }
  }
  await writeFile(indexPath, html);
}
if ((process.env.TRUNK_PROFILE ?? 'release') === 'release') await minifyScripts();

// 1c. The inline module script (minified HTML drops the quotes).
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (found) {
  // The app is fetched once the first paint, when the page has one, is on screen
  // (scripts/first-paint.mjs); without one, at once.
  const code = found[1].trim().replace(/^(const wasm = await init\()/m, 'await window.launchplanFirstPaintDone;\n$1') + '\n';
  if (!code.includes('await window.launchplanFirstPaintDone')) throw new Error('post-build: the start-up script has no "const wasm = await init(" line to hold back');
  const name = `boot-${hash(code)}.js`;
  await writeFile(join(dir, name), code);
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  html = html.replace(inline, `<script type="module" src="${publicUrl}${name}" integrity="${integrity}"></script>`);
  await writeFile(indexPath, html);
}

// 2. The first paint (release builds only: it renders the built site in Chromium).
if ((process.env.TRUNK_PROFILE ?? 'release') === 'release' && !(await readdir(dir)).some((f) => f.startsWith('first-paint-'))) {
  const made = await firstPaint(dir, publicUrl);
  console.log(`post-build: first paint of ${made.bytes} bytes, ${made.live} parts left to the app, ${made.styles} styles`);
}

// 3. The service worker.
async function files(at) {
  const out = [];
  for (const entry of await readdir(at, { withFileTypes: true })) {
    const path = join(at, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(relative(dir, path).split(sep).join('/'));
  }
  return out;
}
const built = (await files(dir)).filter((f) => f !== 'sw.js').sort();
const digest = createHash('sha256');
for (const file of built) digest.update(file).update('\0').update(await readFile(join(dir, file)));
const version = digest.digest('hex').slice(0, 16);
// index.html is cached as the shell, under the scope's own address ("./").
const precache = built.map((f) => (f === 'index.html' ? './' : `./${f}`));
const template = await readFile(source, 'utf8');
const worker = template
  .replace(/^const VERSION = .*;$/m, `const VERSION = '${version}';`)
  .replace(/^const PRECACHE = .*;$/m, `const PRECACHE = ${JSON.stringify(precache)};`);
if (worker === template) throw new Error('post-build: assets/sw.js has no VERSION/PRECACHE lines');
await writeFile(join(dir, 'sw.js'), (process.env.TRUNK_PROFILE ?? 'release') === 'release' ? (await minify(worker)).code : worker);
console.log(`post-build: sw.js version ${version}, ${precache.length} files precached`);
