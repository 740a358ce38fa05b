import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  test: {
    root: projectRoot,
    include: ['test/medium/**/*.spec.ts'],
    globalSetup: ['test/medium/global-setup.ts'],
  },
});
