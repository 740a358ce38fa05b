import { defineConfig } from 'vitest/config'

export default defineConfig({
	test: {
		include: ['./app/**/*.test.{ts,tsx}'],
		setupFiles: ['./tests/setup/setup-test-env.ts'],
	},
})
