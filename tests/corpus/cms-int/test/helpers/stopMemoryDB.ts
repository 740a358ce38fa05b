export default async () => {
  await global._mongoMemoryServer?.stop()
  delete process.env.MONGODB_URI
}
