import { setup, useTestContext } from '@nuxt/test-utils/e2e'
import { describe, expect, it } from 'vitest'

describe('build output', async () => {
  // The app is built but no server is started: the port is never bound.
  await setup({ build: true, server: false, port: 3000 })

  it('emits the server bundle', () => {
    expect(useTestContext().nuxt).toBeDefined()
  })
})
