import { $fetch, setup } from '@nuxt/test-utils/e2e'
import { describe, expect, it } from 'vitest'

describe('pages', async () => {
  // No port: the test utils pick a free one for each file.
  await setup({ server: true })

  it('renders the index page', async () => {
    expect(await $fetch('/')).toContain('Welcome')
  })
})
