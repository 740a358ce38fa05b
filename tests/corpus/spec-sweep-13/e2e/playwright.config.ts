import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  use: { baseURL: 'http://localhost:3200' },
  webServer: { command: 'npm run dev -- --port 3200', port: 3200 },
});
