import { execSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import type { Environment } from 'vitest/environments'
import { prisma } from '../../src/lib/prisma'

function databaseUrl(schema: string) {
  const url = new URL(process.env.DATABASE_URL ?? '')
  url.searchParams.set('schema', schema)
  return url.toString()
}

// Vitest sets the environment up once per test file: each file gets a
// schema of its own.
export default <Environment>{
  name: 'prisma',
  transformMode: 'ssr',
  async setup() {
    const schema = randomUUID()
    process.env.DATABASE_URL = databaseUrl(schema)
    execSync('npx prisma migrate deploy')
    return {
      async teardown() {
        await prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
        await prisma.$disconnect()
      },
    }
  },
}
