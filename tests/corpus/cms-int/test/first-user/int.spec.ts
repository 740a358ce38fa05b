import { randomUUID } from 'crypto'

import { initCms } from '../helpers/cms'

let restClient

describe('First user registration', () => {
  beforeAll(async () => {
    ;({ restClient } = await initCms('first-user'))
  })

  it('registers the first user', async () => {
    const email = 'first-user@cms.test'
    const response = await restClient.POST('/users/first-register', {
      body: JSON.stringify({
        email,
        password: 'test',
        'confirm-password': 'test',
      }),
    })
    expect(response.status).toBe(200)
  })

  it('creates an editor with a fresh address', async () => {
    const response = await restClient.POST('/users', {
      body: JSON.stringify({ email: `editor-${randomUUID()}@cms.test`, password: 'test' }),
    })
    expect(response.status).toBe(201)
  })
})
