import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests',
  webServer: {
    command: 'python manage.py testserver fixtures/e2e.json --addrport 0',
    url: process.env.DJANGO_BASE_URL,
  },
});
