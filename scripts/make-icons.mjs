// Draws the app icons (PNG, for the web app manifest and home screens) from assets/favicon.svg
// with Debian's Chromium, then cuts each to 16 colours with pngquant (Debian's package
// `pngquant`): the icon has four colours and their edges, and the size report counts the icons in
// what a first visit loads (9.9 KB of gzip as Chromium wrote them, 3.4 KB quantised). Run once after
// changing the favicon; the PNGs are committed:
//   node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const svg = await readFile('assets/favicon.svg', 'utf8');
// Maskable icons are cropped to a circle by some launchers: full-bleed background, the rocket
// inside the middle 80%.
const maskable = svg
  .replace('rx="7"', 'rx="0"')
  .replace(/<path/g, '<path transform="translate(3.2 3.2) scale(0.8)"')
  .replace('<circle', '<circle transform="translate(3.2 3.2) scale(0.8)"');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
// The full-bleed square serves every purpose: launchers round or crop it themselves, and it
// compresses to half the bytes of the rounded one.
for (const [name, size] of [
  ['icon-192.png', 192],
  ['icon-512.png', 512],
  ['apple-touch-icon.png', 180],
]) {
  const source = maskable;
  await page.setViewportSize({ width: size, height: size });
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
  await page.screenshot({ path: `assets/icons/${name}`, omitBackground: true });
  execFileSync('pngquant', ['--force', '--speed', '1', '--strip', '16', `assets/icons/${name}`, '-o', `assets/icons/${name}`]);
  console.log(`assets/icons/${name}`);
}
await browser.close();
