import path from 'node:path'
import fs from 'node:fs'
import { afterAll } from 'vitest'

// Imported for its side effects by the config-named setup file: runs
// before every test file, like the setup file itself.
const databaseFile = `./tests/prisma/data.${process.env.VITEST_POOL_ID || 0}.db`
const databasePath = path.join(process.cwd(), databaseFile)
process.env.DATABASE_URL = `file:${databasePath}`

afterAll(async () => {
	await fs.promises.rm(databasePath, { force: true })
})
