// The drills that need more than the end-to-end server: tests/drills, run by
// scripts/drill-instances.sh (PostgreSQL, nginx and two Trappan instances it starts itself).
// Not part of `playwright test`'s default config, whose servers run on the embedded database.
import { defineConfig, devices } from '@playwright/test';

import { DRILL_PUBLIC_URL } from './tests/drills/drill-ports';

export default defineConfig({
  testDir: 'tests/drills',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // A drill leaves its marks in the database (throttles, sent mail): a retry would measure them.
  retries: 0,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: DRILL_PUBLIC_URL,
    locale: 'sv-SE',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
});
