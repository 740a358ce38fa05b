import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.mjs'],
    setupFiles: ['./test-env.setup.ts'],
    globalSetup: './global-db.ts',
    restoreMocks: true,
  },
});
