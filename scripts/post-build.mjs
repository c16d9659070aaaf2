// Trunk post-build hook (see Trunk.toml); also runs on its own: node scripts/post-build.mjs <dir>.
// 1. Moves Trunk's inline start-up script into a hashed file, so the Content-Security-Policy
//    can forbid inline scripts.
// 2. Writes sw.js from assets/sw.js with the list of every built file and a version that is the
//    hash of them all: any change to any file is a new version, and the list cannot go stale.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build: give the build directory (or run from Trunk)');
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? './';
const source = fileURLToPath(new URL('../assets/sw.js', import.meta.url));
const hash = (data, length = 16) => createHash('sha256').update(data).digest('hex').slice(0, length);

// 1. The inline module script (minified HTML drops the quotes).
const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (found) {
  const code = found[1].trim() + '\n';
  const name = `boot-${hash(code)}.js`;
  await writeFile(join(dir, name), code);
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  html = html.replace(inline, `<script type="module" src="${publicUrl}${name}" integrity="${integrity}"></script>`);
  await writeFile(indexPath, html);
}

// 2. The service worker.
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
await writeFile(join(dir, 'sw.js'), worker);
console.log(`post-build: sw.js version ${version}, ${precache.length} files precached`);
