import { beforeAll } from 'vitest'

// Not imported by the setup file: a test that imports this helper changes
// the environment of its worker for every later test file.
process.env.FEATURE_NOTES_V2 = 'on'

beforeAll(() => {
	console.info('notes v2 enabled')
})
