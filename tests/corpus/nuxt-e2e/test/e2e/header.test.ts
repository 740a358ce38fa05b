import { createPage, setup } from '@nuxt/test-utils/e2e'
import { describe, expect, it } from 'vitest'

describe('Header', async () => {
  await setup({
    server: true,
    port: 3000,
    browser: true,
  })

  it('renders the logo', async () => {
    const page = await createPage('/')
    expect(await page.getByTestId('logo').isVisible()).toBe(true)
  })
})
