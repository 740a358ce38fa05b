import { describe, expect, it } from 'vitest'
import { setup } from '../helpers/store'

describe('store', () => {
  it('keeps the configured port', () => {
    // A project helper named `setup`: it only records the options.
    const store = setup({ port: 3000 })
    expect(store.port).toBe(3000)
  })
})
