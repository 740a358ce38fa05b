import { defineConfig } from 'vitest/config';

// Run from the package root as `vitest run -r e2e`: the global
// set-up module is named from the working directory.
export default defineConfig({
  test: {
    globalSetup: ['e2e/vitestGlobalSetup.ts'],
    globals: true,
  },
});
