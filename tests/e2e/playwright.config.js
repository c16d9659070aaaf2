// Playwright runs the end-to-end suite in Debian's Chromium against the release build in dist/.
import { defineConfig } from '@playwright/test';

// E2E_PORT runs a second suite beside another on the same machine (4173 by default; the offline
// tests use the port after it).
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One browser at a time: on a 2-core machine two workers starve each other (the big-plan
  // scroll and the update check ran past their timeouts side by side, never alone).
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node tests/e2e/serve-dist.mjs dist ${PORT}`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
