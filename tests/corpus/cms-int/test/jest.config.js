import path from 'path'
import { fileURLToPath } from 'url'

const filename = fileURLToPath(import.meta.url)
const dirname = path.dirname(filename)

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*int.spec.ts'],
  globalSetup: path.resolve(dirname, './helpers/startMemoryDB.ts'),
  globalTeardown: path.join(dirname, 'helpers', 'stopMemoryDB.ts'),
}
