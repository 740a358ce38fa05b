import { MongoMemoryReplSet } from 'mongodb-memory-server'

declare global {
  var _mongoMemoryServer: MongoMemoryReplSet | undefined
}

// Runs once, before any worker starts: the workers inherit this environment.
export default async () => {
  process.env.NODE_ENV = 'test'
  process.env.CMS_DROP_DATABASE = 'true'

  if (!global._mongoMemoryServer) {
    const db = await MongoMemoryReplSet.create({ replSet: { count: 1 } })
    await db.waitUntilRunning()
    global._mongoMemoryServer = db
    process.env.MONGODB_URI = db.getUri()
  }
}
