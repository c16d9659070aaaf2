// Regenerates the README's pictures (desktop and phone) from the release build in dist/, with
// the BillingOS plan on February 12, 2026, 10:30, light theme. Build first (./scripts/test.sh
// does), then:
//   node scripts/screenshots.mjs
// and look at docs/screenshot.png and docs/screenshot-phone.png before committing them.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const PORT = 4175;
const server = spawn('node', ['tests/e2e/serve-dist.mjs', 'dist', String(PORT)], { stdio: 'inherit' });
try {
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
    } catch {
      if (tries > 50) throw new Error('the server of dist/ did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const [name, width, height] of [
    ['docs/screenshot.png', 1280, 800],
    ['docs/screenshot-phone.png', 390, 844],
  ]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: 'light', reducedMotion: 'reduce' });
    await page.clock.install({ time: new Date('2026-02-12T10:30:00') });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.getByRole('timer').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: name, animations: 'disabled', caret: 'hide' });
    console.log(name);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
